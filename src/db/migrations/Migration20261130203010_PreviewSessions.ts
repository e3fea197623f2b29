import { Migration } from '@mikro-orm/migrations';

export class Migration20261130203010_PreviewSessions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`preview_session\` (\`id\` integer not null primary key autoincrement, \`secret_hash\` text not null, \`token_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`ended_at\` datetime null, constraint \`preview_session_token_id_foreign\` foreign key(\`token_id\`) references \`api_token\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create unique index \`preview_session_secret_hash_unique\` on \`preview_session\` (\`secret_hash\`);`);
    this.addSql(`create index \`preview_session_token_id_index\` on \`preview_session\` (\`token_id\`);`);
  }

}
