import { Migration } from '@mikro-orm/migrations';

export class Migration20261201032957_Applications extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "application" ("id" serial primary key, "vacancy_id" int null, "vacancy_slug" text not null, "vacancy_title" text not null, "name" text not null, "email" text not null, "message" text not null, "cv" text null, "locale" text null, "consent" boolean not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "application_vacancy_id_index" on "application" ("vacancy_id");`);
    this.addSql(`create index "application_vacancy_slug_index" on "application" ("vacancy_slug");`);
    this.addSql(`create index "application_created_at_index" on "application" ("created_at");`);

    this.addSql(
      `alter table "application" add constraint "application_vacancy_id_foreign" foreign key ("vacancy_id") references "vacancy" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "application" cascade;`);
  }
}
