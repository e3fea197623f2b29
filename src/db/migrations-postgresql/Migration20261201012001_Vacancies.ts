import { Migration } from '@mikro-orm/migrations';

export class Migration20261201012001_Vacancies extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "vacancy" ("id" serial primary key, "slug" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "status" text check ("status" in ('draft', 'published')) not null default 'published', "published_at" timestamptz null, "version" int not null default 1, "translations" jsonb null, "draft" jsonb null, "external_id" text null, "title" text not null, "description" text not null, "workplace" text not null, "remote_countries" jsonb not null, "employment_type" text not null, "salary" jsonb null, "date_posted" text not null, "valid_through" text null, "apply_url" text null, "state" text not null default 'LIVE');`,
    );
    this.addSql(`alter table "vacancy" add constraint "vacancy_slug_unique" unique ("slug");`);
    this.addSql(`create index "vacancy_status_index" on "vacancy" ("status");`);
    this.addSql(
      `alter table "vacancy" add constraint "vacancy_external_id_unique" unique ("external_id");`,
    );

    this.addSql(
      `create table "vacancy_employer" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "vacancy_id" int not null, "employer_id" int not null);`,
    );
    this.addSql(
      `create index "vacancy_employer_employer_id_index" on "vacancy_employer" ("employer_id");`,
    );
    this.addSql(
      `alter table "vacancy_employer" add constraint "vacancy_employer_vacancy_id_employer_id_unique" unique ("vacancy_id", "employer_id");`,
    );

    this.addSql(
      `create table "vacancy_hub" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "vacancy_id" int not null, "hub_id" int not null);`,
    );
    this.addSql(`create index "vacancy_hub_hub_id_index" on "vacancy_hub" ("hub_id");`);
    this.addSql(
      `alter table "vacancy_hub" add constraint "vacancy_hub_vacancy_id_hub_id_unique" unique ("vacancy_id", "hub_id");`,
    );

    this.addSql(
      `create table "vacancy_role" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "vacancy_id" int not null, "role_id" int not null);`,
    );
    this.addSql(`create index "vacancy_role_role_id_index" on "vacancy_role" ("role_id");`);
    this.addSql(
      `alter table "vacancy_role" add constraint "vacancy_role_vacancy_id_role_id_unique" unique ("vacancy_id", "role_id");`,
    );

    this.addSql(
      `create table "vacancy_skill" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "vacancy_id" int not null, "skill_id" int not null);`,
    );
    this.addSql(`create index "vacancy_skill_skill_id_index" on "vacancy_skill" ("skill_id");`);
    this.addSql(
      `alter table "vacancy_skill" add constraint "vacancy_skill_vacancy_id_skill_id_unique" unique ("vacancy_id", "skill_id");`,
    );

    this.addSql(
      `create table "vacancy_technology" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "vacancy_id" int not null, "technology_id" int not null);`,
    );
    this.addSql(
      `create index "vacancy_technology_technology_id_index" on "vacancy_technology" ("technology_id");`,
    );
    this.addSql(
      `alter table "vacancy_technology" add constraint "vacancy_technology_vacancy_id_technology_id_unique" unique ("vacancy_id", "technology_id");`,
    );

    this.addSql(
      `alter table "vacancy_employer" add constraint "vacancy_employer_vacancy_id_foreign" foreign key ("vacancy_id") references "vacancy" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "vacancy_employer" add constraint "vacancy_employer_employer_id_foreign" foreign key ("employer_id") references "employer" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "vacancy_hub" add constraint "vacancy_hub_vacancy_id_foreign" foreign key ("vacancy_id") references "vacancy" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "vacancy_hub" add constraint "vacancy_hub_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "vacancy_role" add constraint "vacancy_role_vacancy_id_foreign" foreign key ("vacancy_id") references "vacancy" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "vacancy_role" add constraint "vacancy_role_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "vacancy_skill" add constraint "vacancy_skill_vacancy_id_foreign" foreign key ("vacancy_id") references "vacancy" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "vacancy_skill" add constraint "vacancy_skill_skill_id_foreign" foreign key ("skill_id") references "skill" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "vacancy_technology" add constraint "vacancy_technology_vacancy_id_foreign" foreign key ("vacancy_id") references "vacancy" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "vacancy_technology" add constraint "vacancy_technology_technology_id_foreign" foreign key ("technology_id") references "technology" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "role" add column "hub_notes" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "vacancy_employer" drop constraint "vacancy_employer_vacancy_id_foreign";`,
    );

    this.addSql(`alter table "vacancy_hub" drop constraint "vacancy_hub_vacancy_id_foreign";`);

    this.addSql(`alter table "vacancy_role" drop constraint "vacancy_role_vacancy_id_foreign";`);

    this.addSql(`alter table "vacancy_skill" drop constraint "vacancy_skill_vacancy_id_foreign";`);

    this.addSql(
      `alter table "vacancy_technology" drop constraint "vacancy_technology_vacancy_id_foreign";`,
    );

    this.addSql(`drop table if exists "vacancy" cascade;`);

    this.addSql(`drop table if exists "vacancy_employer" cascade;`);

    this.addSql(`drop table if exists "vacancy_hub" cascade;`);

    this.addSql(`drop table if exists "vacancy_role" cascade;`);

    this.addSql(`drop table if exists "vacancy_skill" cascade;`);

    this.addSql(`drop table if exists "vacancy_technology" cascade;`);

    this.addSql(`alter table "role" drop column "hub_notes";`);
  }
}
