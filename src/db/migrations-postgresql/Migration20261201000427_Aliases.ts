import { Migration } from '@mikro-orm/migrations';

export class Migration20261201000427_Aliases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "hub" add column "aliases" jsonb not null default '[]';`);

    this.addSql(`alter table "role" add column "aliases" jsonb not null default '[]';`);

    this.addSql(`alter table "skill" add column "aliases" jsonb not null default '[]';`);

    this.addSql(`alter table "technology" add column "aliases" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hub" drop column "aliases";`);

    this.addSql(`alter table "role" drop column "aliases";`);

    this.addSql(`alter table "skill" drop column "aliases";`);

    this.addSql(`alter table "technology" drop column "aliases";`);
  }
}
