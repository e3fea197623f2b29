import { Migration } from '@mikro-orm/migrations';

export class Migration20261201001144_Accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "sign_in_failure" ("id" serial primary key, "email" text not null, "client" text not null, "at" timestamptz not null);`,
    );
    this.addSql(
      `create index "sign_in_failure_client_at_index" on "sign_in_failure" ("client", "at");`,
    );

    this.addSql(
      `create table "app_user" ("id" serial primary key, "email" text not null, "name" text not null, "role" text not null, "status" text not null, "password_hash" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "last_sign_in_at" timestamptz null);`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "account_code" ("id" serial primary key, "code_hash" text not null, "user_id" int not null, "purpose" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "account_code" add constraint "account_code_code_hash_unique" unique ("code_hash");`,
    );

    this.addSql(
      `create table "user_session" ("id" serial primary key, "secret_hash" text not null, "user_id" int not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "user_session" add constraint "user_session_secret_hash_unique" unique ("secret_hash");`,
    );

    this.addSql(
      `alter table "account_code" add constraint "account_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "preview_session" add column "user_session_id" int null;`);
    this.addSql(
      `alter table "preview_session" alter column "token_id" type int using ("token_id"::int);`,
    );
    this.addSql(`alter table "preview_session" alter column "token_id" drop not null;`);
    this.addSql(
      `create index "preview_session_user_session_id_index" on "preview_session" ("user_session_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "account_code" drop constraint "account_code_user_id_foreign";`);

    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);

    this.addSql(`drop table if exists "sign_in_failure" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "account_code" cascade;`);

    this.addSql(`drop table if exists "user_session" cascade;`);

    this.addSql(`drop index "preview_session_user_session_id_index";`);
    this.addSql(`alter table "preview_session" drop column "user_session_id";`);

    this.addSql(
      `alter table "preview_session" alter column "token_id" type int4 using ("token_id"::int4);`,
    );
    this.addSql(`alter table "preview_session" alter column "token_id" set not null;`);
  }
}
