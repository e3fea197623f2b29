import { Migration } from '@mikro-orm/migrations';

export class Migration20261201000423_Aliases extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`hub\` add column \`aliases\` json not null default '[]';`);

    this.addSql(`alter table \`role\` add column \`aliases\` json not null default '[]';`);

    this.addSql(`alter table \`skill\` add column \`aliases\` json not null default '[]';`);

    this.addSql(`alter table \`technology\` add column \`aliases\` json not null default '[]';`);
  }

}
