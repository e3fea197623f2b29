import { Migration } from '@mikro-orm/migrations';

export class Migration20261129020450_Translations extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`content_state\` add column \`locales\` json null;`);

    this.addSql(`alter table \`employer\` add column \`translations\` json null;`);

    this.addSql(`alter table \`faq\` add column \`translations\` json null;`);

    this.addSql(`alter table \`hub\` add column \`translations\` json null;`);

    this.addSql(`alter table \`industry\` add column \`translations\` json null;`);

    this.addSql(`alter table \`role\` add column \`translations\` json null;`);

    this.addSql(`alter table \`skill\` add column \`translations\` json null;`);

    this.addSql(`alter table \`specialism\` add column \`translations\` json null;`);

    this.addSql(`alter table \`technology\` add column \`translations\` json null;`);
  }

}
