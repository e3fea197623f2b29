import { Migration } from '@mikro-orm/migrations';

export class Migration20261129013600_Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_token" ("id" serial primary key, "name" text not null, "public_id" text not null, "secret_hash" text not null, "role" text not null, "created_at" timestamptz not null, "revoked_at" timestamptz null);`,
    );
    this.addSql(`alter table "api_token" add constraint "api_token_name_unique" unique ("name");`);
    this.addSql(
      `alter table "api_token" add constraint "api_token_public_id_unique" unique ("public_id");`,
    );

    this.addSql(
      `create table "audit_entry" ("id" serial primary key, "at" timestamptz not null, "actor" text not null, "operation" text not null, "node_type" text null, "node_slug" text null, "details" jsonb null);`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);

    this.addSql(
      `create table "content_state" ("id" int not null, "version" int not null, constraint "content_state_pkey" primary key ("id"));`,
    );
    this.addSql(`insert into "content_state" ("id", "version") values (1, 0);`);

    this.addSql(
      `create table "employer" ("id" serial primary key, "slug" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "status" text check ("status" in ('draft', 'published')) not null default 'published', "published_at" timestamptz null, "version" int not null default 1, "draft" jsonb null, "name" text not null, "kind" text not null, "website" text null, "description" text null);`,
    );
    this.addSql(`alter table "employer" add constraint "employer_slug_unique" unique ("slug");`);
    this.addSql(`create index "employer_status_index" on "employer" ("status");`);
    this.addSql(`create index "employer_kind_index" on "employer" ("kind");`);

    this.addSql(
      `create table "enquiry" ("id" serial primary key, "name" text not null, "email" text not null, "company" text not null, "specialism" text not null, "roles" jsonb not null, "message" text not null, "consent" boolean not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "enquiry_created_at_index" on "enquiry" ("created_at");`);

    this.addSql(
      `create table "faq" ("id" serial primary key, "slug" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "status" text check ("status" in ('draft', 'published')) not null default 'published', "published_at" timestamptz null, "version" int not null default 1, "draft" jsonb null, "question" text not null, "answer" text not null);`,
    );
    this.addSql(`alter table "faq" add constraint "faq_slug_unique" unique ("slug");`);
    this.addSql(`create index "faq_status_index" on "faq" ("status");`);

    this.addSql(
      `create table "hub" ("id" serial primary key, "slug" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "status" text check ("status" in ('draft', 'published')) not null default 'published', "published_at" timestamptz null, "version" int not null default 1, "draft" jsonb null, "city" text not null, "country" text not null, "region" text not null, "remote_notes" text null);`,
    );
    this.addSql(`alter table "hub" add constraint "hub_slug_unique" unique ("slug");`);
    this.addSql(`create index "hub_status_index" on "hub" ("status");`);

    this.addSql(
      `create table "employer_hub" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "employer_id" int not null, "hub_id" int not null);`,
    );
    this.addSql(`create index "employer_hub_hub_id_index" on "employer_hub" ("hub_id");`);
    this.addSql(
      `alter table "employer_hub" add constraint "employer_hub_employer_id_hub_id_unique" unique ("employer_id", "hub_id");`,
    );

    this.addSql(
      `create table "industry" ("id" serial primary key, "slug" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "status" text check ("status" in ('draft', 'published')) not null default 'published', "published_at" timestamptz null, "version" int not null default 1, "draft" jsonb null, "name" text not null, "description" text null);`,
    );
    this.addSql(`alter table "industry" add constraint "industry_slug_unique" unique ("slug");`);
    this.addSql(`create index "industry_status_index" on "industry" ("status");`);

    this.addSql(
      `create table "employer_industry" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "employer_id" int not null, "industry_id" int not null);`,
    );
    this.addSql(
      `create index "employer_industry_industry_id_index" on "employer_industry" ("industry_id");`,
    );
    this.addSql(
      `alter table "employer_industry" add constraint "employer_industry_employer_id_industry_id_unique" unique ("employer_id", "industry_id");`,
    );

    this.addSql(
      `create table "revision" ("id" serial primary key, "node_type" text not null, "node_slug" text not null, "version" int not null, "actor" text not null, "created_at" timestamptz not null, "snapshot" jsonb not null, "changes" jsonb not null);`,
    );
    this.addSql(
      `create index "revision_node_type_node_slug_index" on "revision" ("node_type", "node_slug");`,
    );

    this.addSql(
      `create table "role" ("id" serial primary key, "slug" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "status" text check ("status" in ('draft', 'published')) not null default 'published', "published_at" timestamptz null, "version" int not null default 1, "draft" jsonb null, "name" text not null, "summary" text not null, "description" text not null, "primary_focus" text not null, "key_difference" text not null, "responsibilities" jsonb not null, "deliverables" jsonb not null, "teams" jsonb not null, "collaborators" jsonb not null, "backgrounds" jsonb not null);`,
    );
    this.addSql(`alter table "role" add constraint "role_slug_unique" unique ("slug");`);
    this.addSql(`create index "role_status_index" on "role" ("status");`);

    this.addSql(
      `create table "role_faq" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "role_id" int not null, "faq_id" int not null);`,
    );
    this.addSql(`create index "role_faq_faq_id_index" on "role_faq" ("faq_id");`);
    this.addSql(
      `alter table "role_faq" add constraint "role_faq_role_id_faq_id_unique" unique ("role_id", "faq_id");`,
    );

    this.addSql(
      `create table "role_hub" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "role_id" int not null, "hub_id" int not null);`,
    );
    this.addSql(`create index "role_hub_hub_id_index" on "role_hub" ("hub_id");`);
    this.addSql(
      `alter table "role_hub" add constraint "role_hub_role_id_hub_id_unique" unique ("role_id", "hub_id");`,
    );

    this.addSql(
      `create table "role_industry" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "role_id" int not null, "industry_id" int not null);`,
    );
    this.addSql(
      `create index "role_industry_industry_id_index" on "role_industry" ("industry_id");`,
    );
    this.addSql(
      `alter table "role_industry" add constraint "role_industry_role_id_industry_id_unique" unique ("role_id", "industry_id");`,
    );

    this.addSql(
      `create table "role_related_role" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "role_id" int not null, "related_role_id" int not null);`,
    );
    this.addSql(
      `create index "role_related_role_related_role_id_index" on "role_related_role" ("related_role_id");`,
    );
    this.addSql(
      `alter table "role_related_role" add constraint "role_related_role_role_id_related_role_id_unique" unique ("role_id", "related_role_id");`,
    );

    this.addSql(
      `create table "skill" ("id" serial primary key, "slug" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "status" text check ("status" in ('draft', 'published')) not null default 'published', "published_at" timestamptz null, "version" int not null default 1, "draft" jsonb null, "name" text not null, "category" text not null, "description" text null);`,
    );
    this.addSql(`alter table "skill" add constraint "skill_slug_unique" unique ("slug");`);
    this.addSql(`create index "skill_status_index" on "skill" ("status");`);
    this.addSql(`create index "skill_category_index" on "skill" ("category");`);

    this.addSql(
      `create table "role_skill" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "role_id" int not null, "skill_id" int not null, "level" text check ("level" in ('core', 'supporting')) not null, "draft_level" text check ("draft_level" in ('core', 'supporting')) null);`,
    );
    this.addSql(`create index "role_skill_skill_id_index" on "role_skill" ("skill_id");`);
    this.addSql(
      `alter table "role_skill" add constraint "role_skill_role_id_skill_id_unique" unique ("role_id", "skill_id");`,
    );

    this.addSql(
      `create table "specialism" ("id" serial primary key, "slug" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "status" text check ("status" in ('draft', 'published')) not null default 'published', "published_at" timestamptz null, "version" int not null default 1, "draft" jsonb null, "name" text not null, "headline" text not null, "intro" text not null, "market_overview" text not null, "hiring_challenges" jsonb not null, "when_to_hire_indicators" jsonb not null, "when_to_hire_scenarios" jsonb not null, "when_to_hire_advice" text null, "interviewing_overview" text null, "interviewing_methods" jsonb not null, "interviewing_probes" jsonb not null, "interviewing_common_mistakes" jsonb not null, "compensation_summary" text not null, "compensation_factors" jsonb not null, "call_to_action" text not null);`,
    );
    this.addSql(
      `alter table "specialism" add constraint "specialism_slug_unique" unique ("slug");`,
    );
    this.addSql(`create index "specialism_status_index" on "specialism" ("status");`);

    this.addSql(
      `create table "specialism_employer" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "specialism_id" int not null, "employer_id" int not null);`,
    );
    this.addSql(
      `create index "specialism_employer_employer_id_index" on "specialism_employer" ("employer_id");`,
    );
    this.addSql(
      `alter table "specialism_employer" add constraint "specialism_employer_specialism_id_employer_id_unique" unique ("specialism_id", "employer_id");`,
    );

    this.addSql(
      `create table "specialism_faq" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "specialism_id" int not null, "faq_id" int not null);`,
    );
    this.addSql(`create index "specialism_faq_faq_id_index" on "specialism_faq" ("faq_id");`);
    this.addSql(
      `alter table "specialism_faq" add constraint "specialism_faq_specialism_id_faq_id_unique" unique ("specialism_id", "faq_id");`,
    );

    this.addSql(
      `create table "specialism_role" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "primary" boolean not null default false, "draft_primary" boolean null, "specialism_id" int not null, "role_id" int not null);`,
    );
    this.addSql(`create index "specialism_role_role_id_index" on "specialism_role" ("role_id");`);
    this.addSql(
      `alter table "specialism_role" add constraint "specialism_role_specialism_id_role_id_unique" unique ("specialism_id", "role_id");`,
    );

    this.addSql(
      `create table "technology" ("id" serial primary key, "slug" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "status" text check ("status" in ('draft', 'published')) not null default 'published', "published_at" timestamptz null, "version" int not null default 1, "draft" jsonb null, "name" text not null, "category" text not null, "website" text null, "description" text null);`,
    );
    this.addSql(
      `alter table "technology" add constraint "technology_slug_unique" unique ("slug");`,
    );
    this.addSql(`create index "technology_status_index" on "technology" ("status");`);
    this.addSql(`create index "technology_category_index" on "technology" ("category");`);

    this.addSql(
      `create table "role_technology" ("id" serial primary key, "position" int not null, "in_published" boolean not null default true, "in_draft" boolean not null default true, "draft_position" int not null default 0, "role_id" int not null, "technology_id" int not null);`,
    );
    this.addSql(
      `create index "role_technology_technology_id_index" on "role_technology" ("technology_id");`,
    );
    this.addSql(
      `alter table "role_technology" add constraint "role_technology_role_id_technology_id_unique" unique ("role_id", "technology_id");`,
    );

    this.addSql(
      `create table "webhook" ("id" serial primary key, "url" text not null, "secret" text not null, "events" jsonb not null, "active" boolean not null default true, "created_at" timestamptz not null);`,
    );

    this.addSql(
      `create table "webhook_delivery" ("id" serial primary key, "webhook_id" int not null, "event_id" text not null, "event" text not null, "payload" jsonb not null, "status" text not null default 'pending', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "locked_until" timestamptz null, "last_status" int null, "last_error" text null, "delivered_at" timestamptz null, "created_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`,
    );

    this.addSql(
      `alter table "employer_hub" add constraint "employer_hub_employer_id_foreign" foreign key ("employer_id") references "employer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "employer_hub" add constraint "employer_hub_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "employer_industry" add constraint "employer_industry_employer_id_foreign" foreign key ("employer_id") references "employer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "employer_industry" add constraint "employer_industry_industry_id_foreign" foreign key ("industry_id") references "industry" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "role_faq" add constraint "role_faq_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "role_faq" add constraint "role_faq_faq_id_foreign" foreign key ("faq_id") references "faq" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "role_hub" add constraint "role_hub_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "role_hub" add constraint "role_hub_hub_id_foreign" foreign key ("hub_id") references "hub" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "role_industry" add constraint "role_industry_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "role_industry" add constraint "role_industry_industry_id_foreign" foreign key ("industry_id") references "industry" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "role_related_role" add constraint "role_related_role_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "role_related_role" add constraint "role_related_role_related_role_id_foreign" foreign key ("related_role_id") references "role" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "role_skill" add constraint "role_skill_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "role_skill" add constraint "role_skill_skill_id_foreign" foreign key ("skill_id") references "skill" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "specialism_employer" add constraint "specialism_employer_specialism_id_foreign" foreign key ("specialism_id") references "specialism" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "specialism_employer" add constraint "specialism_employer_employer_id_foreign" foreign key ("employer_id") references "employer" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "specialism_faq" add constraint "specialism_faq_specialism_id_foreign" foreign key ("specialism_id") references "specialism" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "specialism_faq" add constraint "specialism_faq_faq_id_foreign" foreign key ("faq_id") references "faq" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "specialism_role" add constraint "specialism_role_specialism_id_foreign" foreign key ("specialism_id") references "specialism" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "specialism_role" add constraint "specialism_role_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "role_technology" add constraint "role_technology_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "role_technology" add constraint "role_technology_technology_id_foreign" foreign key ("technology_id") references "technology" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_webhook_id_foreign" foreign key ("webhook_id") references "webhook" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "employer_hub" drop constraint "employer_hub_employer_id_foreign";`);

    this.addSql(
      `alter table "employer_industry" drop constraint "employer_industry_employer_id_foreign";`,
    );

    this.addSql(
      `alter table "specialism_employer" drop constraint "specialism_employer_employer_id_foreign";`,
    );

    this.addSql(`alter table "role_faq" drop constraint "role_faq_faq_id_foreign";`);

    this.addSql(`alter table "specialism_faq" drop constraint "specialism_faq_faq_id_foreign";`);

    this.addSql(`alter table "employer_hub" drop constraint "employer_hub_hub_id_foreign";`);

    this.addSql(`alter table "role_hub" drop constraint "role_hub_hub_id_foreign";`);

    this.addSql(
      `alter table "employer_industry" drop constraint "employer_industry_industry_id_foreign";`,
    );

    this.addSql(`alter table "role_industry" drop constraint "role_industry_industry_id_foreign";`);

    this.addSql(`alter table "role_faq" drop constraint "role_faq_role_id_foreign";`);

    this.addSql(`alter table "role_hub" drop constraint "role_hub_role_id_foreign";`);

    this.addSql(`alter table "role_industry" drop constraint "role_industry_role_id_foreign";`);

    this.addSql(
      `alter table "role_related_role" drop constraint "role_related_role_role_id_foreign";`,
    );

    this.addSql(
      `alter table "role_related_role" drop constraint "role_related_role_related_role_id_foreign";`,
    );

    this.addSql(`alter table "role_skill" drop constraint "role_skill_role_id_foreign";`);

    this.addSql(`alter table "specialism_role" drop constraint "specialism_role_role_id_foreign";`);

    this.addSql(`alter table "role_technology" drop constraint "role_technology_role_id_foreign";`);

    this.addSql(`alter table "role_skill" drop constraint "role_skill_skill_id_foreign";`);

    this.addSql(
      `alter table "specialism_employer" drop constraint "specialism_employer_specialism_id_foreign";`,
    );

    this.addSql(
      `alter table "specialism_faq" drop constraint "specialism_faq_specialism_id_foreign";`,
    );

    this.addSql(
      `alter table "specialism_role" drop constraint "specialism_role_specialism_id_foreign";`,
    );

    this.addSql(
      `alter table "role_technology" drop constraint "role_technology_technology_id_foreign";`,
    );

    this.addSql(
      `alter table "webhook_delivery" drop constraint "webhook_delivery_webhook_id_foreign";`,
    );

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "content_state" cascade;`);

    this.addSql(`drop table if exists "employer" cascade;`);

    this.addSql(`drop table if exists "enquiry" cascade;`);

    this.addSql(`drop table if exists "faq" cascade;`);

    this.addSql(`drop table if exists "hub" cascade;`);

    this.addSql(`drop table if exists "employer_hub" cascade;`);

    this.addSql(`drop table if exists "industry" cascade;`);

    this.addSql(`drop table if exists "employer_industry" cascade;`);

    this.addSql(`drop table if exists "revision" cascade;`);

    this.addSql(`drop table if exists "role" cascade;`);

    this.addSql(`drop table if exists "role_faq" cascade;`);

    this.addSql(`drop table if exists "role_hub" cascade;`);

    this.addSql(`drop table if exists "role_industry" cascade;`);

    this.addSql(`drop table if exists "role_related_role" cascade;`);

    this.addSql(`drop table if exists "skill" cascade;`);

    this.addSql(`drop table if exists "role_skill" cascade;`);

    this.addSql(`drop table if exists "specialism" cascade;`);

    this.addSql(`drop table if exists "specialism_employer" cascade;`);

    this.addSql(`drop table if exists "specialism_faq" cascade;`);

    this.addSql(`drop table if exists "specialism_role" cascade;`);

    this.addSql(`drop table if exists "technology" cascade;`);

    this.addSql(`drop table if exists "role_technology" cascade;`);

    this.addSql(`drop table if exists "webhook" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
  }
}
