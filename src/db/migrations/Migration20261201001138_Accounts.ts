import { Migration } from '@mikro-orm/migrations';

export class Migration20261201001138_Accounts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`sign_in_failure\` (\`id\` integer not null primary key autoincrement, \`email\` text not null, \`client\` text not null, \`at\` datetime not null);`);
    this.addSql(`create index \`sign_in_failure_client_at_index\` on \`sign_in_failure\` (\`client\`, \`at\`);`);

    this.addSql(`create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`email\` text not null, \`name\` text not null, \`role\` text not null, \`status\` text not null, \`password_hash\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`last_sign_in_at\` datetime null);`);
    this.addSql(`create unique index \`app_user_email_unique\` on \`app_user\` (\`email\`);`);

    this.addSql(`create table \`account_code\` (\`id\` integer not null primary key autoincrement, \`code_hash\` text not null, \`user_id\` integer not null, \`purpose\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`used_at\` datetime null, constraint \`account_code_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create unique index \`account_code_code_hash_unique\` on \`account_code\` (\`code_hash\`);`);
    this.addSql(`create index \`account_code_user_id_index\` on \`account_code\` (\`user_id\`);`);

    this.addSql(`create table \`user_session\` (\`id\` integer not null primary key autoincrement, \`secret_hash\` text not null, \`user_id\` integer not null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`ended_at\` datetime null, constraint \`user_session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create unique index \`user_session_secret_hash_unique\` on \`user_session\` (\`secret_hash\`);`);
    this.addSql(`create index \`user_session_user_id_index\` on \`user_session\` (\`user_id\`);`);

    // A preview is opened by a token or by a user's session, so token_id becomes nullable; SQLite
    // cannot drop NOT NULL from a column, so the table is built again (nothing references it).
    this.addSql(`create table \`preview_session__new\` (\`id\` integer not null primary key autoincrement, \`secret_hash\` text not null, \`token_id\` integer null, \`user_session_id\` integer null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`ended_at\` datetime null, constraint \`preview_session_token_id_foreign\` foreign key(\`token_id\`) references \`api_token\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`insert into \`preview_session__new\` (\`id\`, \`secret_hash\`, \`token_id\`, \`created_at\`, \`expires_at\`, \`ended_at\`) select \`id\`, \`secret_hash\`, \`token_id\`, \`created_at\`, \`expires_at\`, \`ended_at\` from \`preview_session\`;`);
    this.addSql(`drop table \`preview_session\`;`);
    this.addSql(`alter table \`preview_session__new\` rename to \`preview_session\`;`);
    this.addSql(`create unique index \`preview_session_secret_hash_unique\` on \`preview_session\` (\`secret_hash\`);`);
    this.addSql(`create index \`preview_session_token_id_index\` on \`preview_session\` (\`token_id\`);`);
    this.addSql(`create index \`preview_session_user_session_id_index\` on \`preview_session\` (\`user_session_id\`);`);
  }

}
