import { Migration } from '@mikro-orm/migrations';

export class Migration20261128231145 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`api_token\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`public_id\` text not null, \`secret_hash\` text not null, \`role\` text not null, \`created_at\` datetime not null, \`revoked_at\` datetime null);`);
    this.addSql(`create unique index \`api_token_name_unique\` on \`api_token\` (\`name\`);`);
    this.addSql(`create unique index \`api_token_public_id_unique\` on \`api_token\` (\`public_id\`);`);

    this.addSql(`create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor\` text not null, \`operation\` text not null, \`node_type\` text null, \`node_slug\` text null, \`details\` json null);`);
    this.addSql(`create index \`audit_entry_at_index\` on \`audit_entry\` (\`at\`);`);

    this.addSql(`create table \`enquiry\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`email\` text not null, \`company\` text not null, \`specialism\` text not null, \`roles\` json not null, \`message\` text not null, \`consent\` integer not null, \`created_at\` datetime not null);`);
    this.addSql(`create index \`enquiry_created_at_index\` on \`enquiry\` (\`created_at\`);`);

    this.addSql(`create table \`revision\` (\`id\` integer not null primary key autoincrement, \`node_type\` text not null, \`node_slug\` text not null, \`version\` integer not null, \`actor\` text not null, \`created_at\` datetime not null, \`snapshot\` json not null, \`changes\` json not null);`);
    this.addSql(`create index \`revision_node_type_node_slug_index\` on \`revision\` (\`node_type\`, \`node_slug\`);`);

    this.addSql(`create table \`webhook\` (\`id\` integer not null primary key autoincrement, \`url\` text not null, \`secret\` text not null, \`events\` json not null, \`active\` integer not null default true, \`created_at\` datetime not null);`);

    this.addSql(`create table \`webhook_delivery\` (\`id\` integer not null primary key autoincrement, \`webhook_id\` integer not null, \`event_id\` text not null, \`event\` text not null, \`payload\` json not null, \`status\` text not null default 'pending', \`attempts\` integer not null default 0, \`next_attempt_at\` datetime not null, \`locked_until\` datetime null, \`last_status\` integer null, \`last_error\` text null, \`delivered_at\` datetime null, \`created_at\` datetime not null, constraint \`webhook_delivery_webhook_id_foreign\` foreign key(\`webhook_id\`) references \`webhook\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`webhook_delivery_webhook_id_index\` on \`webhook_delivery\` (\`webhook_id\`);`);
    this.addSql(`create index \`webhook_delivery_status_next_attempt_at_index\` on \`webhook_delivery\` (\`status\`, \`next_attempt_at\`);`);
  }

}
