import { Migration } from '@mikro-orm/migrations';

export class Migration20261129013542_DraftPrimaryBoolean extends Migration {

  override async up(): Promise<void> {
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`specialism_role__temp_alter\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`in_published\` integer not null default true, \`in_draft\` integer not null default true, \`draft_position\` integer not null default 0, \`primary\` integer not null default false, \`draft_primary\` integer null, \`specialism_id\` integer not null, \`role_id\` integer not null, constraint \`specialism_role_specialism_id_foreign\` foreign key(\`specialism_id\`) references \`specialism\`(\`id\`) on delete cascade on update cascade, constraint \`specialism_role_role_id_foreign\` foreign key(\`role_id\`) references \`role\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`insert into \`specialism_role__temp_alter\` select \`id\`, \`position\`, \`in_published\`, \`in_draft\`, \`draft_position\`, \`primary\`, \`draft_primary\`, \`specialism_id\`, \`role_id\` from \`specialism_role\`;`);
    // Older rows may hold the boolean as text: normalise to 1/0/null.
    this.addSql(`update \`specialism_role__temp_alter\` set \`draft_primary\` = case when \`draft_primary\` is null then null when \`draft_primary\` in (1, '1', 'true') then 1 else 0 end;`);
    this.addSql(`drop table \`specialism_role\`;`);
    this.addSql(`alter table \`specialism_role__temp_alter\` rename to \`specialism_role\`;`);
    this.addSql(`create index \`specialism_role_specialism_id_index\` on \`specialism_role\` (\`specialism_id\`);`);
    this.addSql(`create index \`specialism_role_role_id_index\` on \`specialism_role\` (\`role_id\`);`);
    this.addSql(`create unique index \`specialism_role_specialism_id_role_id_unique\` on \`specialism_role\` (\`specialism_id\`, \`role_id\`);`);
    this.addSql(`pragma foreign_keys = on;`);
  }

}
