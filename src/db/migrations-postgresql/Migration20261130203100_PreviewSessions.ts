import { Migration } from '@mikro-orm/migrations';

export class Migration20261130203100_PreviewSessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "preview_session" ("id" serial primary key, "secret_hash" text not null, "token_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "preview_session" add constraint "preview_session_secret_hash_unique" unique ("secret_hash");`,
    );

    this.addSql(
      `alter table "preview_session" add constraint "preview_session_token_id_foreign" foreign key ("token_id") references "api_token" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "preview_session" cascade;`);
  }
}
