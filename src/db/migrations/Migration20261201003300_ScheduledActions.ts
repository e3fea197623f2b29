import { Migration } from '@mikro-orm/migrations';

export class Migration20261201003300_ScheduledActions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`scheduled_action\` (\`id\` integer not null primary key autoincrement, \`action\` text check (\`action\` in ('publish', 'unpublish')) not null, \`node_type\` text not null, \`node_slug\` text not null, \`with_linked\` integer not null default false, \`at\` datetime not null, \`status\` text not null default 'pending', \`created_by\` text not null, \`created_at\` datetime not null, \`finished_at\` datetime null, \`error\` text null);`);
    this.addSql(`create index \`scheduled_action_status_at_index\` on \`scheduled_action\` (\`status\`, \`at\`);`);

    this.addSql(`create index \`audit_entry_node_type_node_slug_index\` on \`audit_entry\` (\`node_type\`, \`node_slug\`);`);
  }

}
