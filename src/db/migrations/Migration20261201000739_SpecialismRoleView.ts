import { Migration } from '@mikro-orm/migrations';

export class Migration20261201000739_SpecialismRoleView extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`specialism_role\` add column \`own\` integer not null default false;`);
    this.addSql(`alter table \`specialism_role\` add column \`draft_own\` integer null;`);
    this.addSql(`alter table \`specialism_role\` add column \`primary_focus\` text null;`);
    this.addSql(`alter table \`specialism_role\` add column \`draft_primary_focus\` text null;`);
    this.addSql(`alter table \`specialism_role\` add column \`key_difference\` text null;`);
    this.addSql(`alter table \`specialism_role\` add column \`draft_key_difference\` text null;`);
    this.addSql(`alter table \`specialism_role\` add column \`contributes\` text null;`);
    this.addSql(`alter table \`specialism_role\` add column \`draft_contributes\` text null;`);
    // A primary role is its specialism's own; which related roles are own is settled by the next seed.
    this.addSql(`update \`specialism_role\` set \`own\` = 1 where \`primary\` = 1;`);
    this.addSql(`alter table \`faq\` add column \`answers\` text null;`);
    this.addSql(`alter table \`specialism\` add column \`notes\` json null;`);
  }

}
