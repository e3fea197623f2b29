import { Migration } from '@mikro-orm/migrations';

export class Migration20261201000744_SpecialismRoleView extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "specialism_role" add column "own" boolean not null default false, add column "draft_own" boolean null, add column "primary_focus" text null, add column "draft_primary_focus" text null, add column "key_difference" text null, add column "draft_key_difference" text null, add column "contributes" text null, add column "draft_contributes" text null;`,
    );
    // A primary role is its specialism's own; which related roles are own is settled by the next seed.
    this.addSql(`update "specialism_role" set "own" = true where "primary" = true;`);
    this.addSql(`alter table "faq" add column "answers" text null;`);
    this.addSql(`alter table "specialism" add column "notes" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "specialism_role" drop column "own", drop column "draft_own", drop column "primary_focus", drop column "draft_primary_focus", drop column "key_difference", drop column "draft_key_difference", drop column "contributes", drop column "draft_contributes";`,
    );
    this.addSql(`alter table "faq" drop column "answers";`);
    this.addSql(`alter table "specialism" drop column "notes";`);
  }
}
