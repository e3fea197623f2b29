import { Migration } from '@mikro-orm/migrations';

export class Migration20261129020501_Translations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "content_state" add column "locales" jsonb null;`);

    this.addSql(`alter table "employer" add column "translations" jsonb null;`);

    this.addSql(`alter table "faq" add column "translations" jsonb null;`);

    this.addSql(`alter table "hub" add column "translations" jsonb null;`);

    this.addSql(`alter table "industry" add column "translations" jsonb null;`);

    this.addSql(`alter table "role" add column "translations" jsonb null;`);

    this.addSql(`alter table "skill" add column "translations" jsonb null;`);

    this.addSql(`alter table "specialism" add column "translations" jsonb null;`);

    this.addSql(`alter table "technology" add column "translations" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "content_state" drop column "locales";`);

    this.addSql(`alter table "employer" drop column "translations";`);

    this.addSql(`alter table "faq" drop column "translations";`);

    this.addSql(`alter table "hub" drop column "translations";`);

    this.addSql(`alter table "industry" drop column "translations";`);

    this.addSql(`alter table "role" drop column "translations";`);

    this.addSql(`alter table "skill" drop column "translations";`);

    this.addSql(`alter table "specialism" drop column "translations";`);

    this.addSql(`alter table "technology" drop column "translations";`);
  }
}
