import { Migration } from '@mikro-orm/migrations';

export class Migration20261201012000_Vacancies extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`vacancy\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`status\` text check (\`status\` in ('draft', 'published')) not null default 'published', \`published_at\` datetime null, \`version\` integer not null default 1, \`translations\` json null, \`draft\` json null, \`external_id\` text null, \`title\` text not null, \`description\` text not null, \`workplace\` text not null, \`remote_countries\` json not null, \`employment_type\` text not null, \`salary\` json null, \`date_posted\` text not null, \`valid_through\` text null, \`apply_url\` text null, \`state\` text not null default 'LIVE');`);
    this.addSql(`create unique index \`vacancy_slug_unique\` on \`vacancy\` (\`slug\`);`);
    this.addSql(`create index \`vacancy_status_index\` on \`vacancy\` (\`status\`);`);
    this.addSql(`create unique index \`vacancy_external_id_unique\` on \`vacancy\` (\`external_id\`);`);

    this.addSql(`create table \`vacancy_employer\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`in_published\` integer not null default true, \`in_draft\` integer not null default true, \`draft_position\` integer not null default 0, \`vacancy_id\` integer not null, \`employer_id\` integer not null, constraint \`vacancy_employer_vacancy_id_foreign\` foreign key(\`vacancy_id\`) references \`vacancy\`(\`id\`) on delete cascade on update cascade, constraint \`vacancy_employer_employer_id_foreign\` foreign key(\`employer_id\`) references \`employer\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`vacancy_employer_vacancy_id_index\` on \`vacancy_employer\` (\`vacancy_id\`);`);
    this.addSql(`create index \`vacancy_employer_employer_id_index\` on \`vacancy_employer\` (\`employer_id\`);`);
    this.addSql(`create unique index \`vacancy_employer_vacancy_id_employer_id_unique\` on \`vacancy_employer\` (\`vacancy_id\`, \`employer_id\`);`);

    this.addSql(`create table \`vacancy_hub\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`in_published\` integer not null default true, \`in_draft\` integer not null default true, \`draft_position\` integer not null default 0, \`vacancy_id\` integer not null, \`hub_id\` integer not null, constraint \`vacancy_hub_vacancy_id_foreign\` foreign key(\`vacancy_id\`) references \`vacancy\`(\`id\`) on delete cascade on update cascade, constraint \`vacancy_hub_hub_id_foreign\` foreign key(\`hub_id\`) references \`hub\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`vacancy_hub_vacancy_id_index\` on \`vacancy_hub\` (\`vacancy_id\`);`);
    this.addSql(`create index \`vacancy_hub_hub_id_index\` on \`vacancy_hub\` (\`hub_id\`);`);
    this.addSql(`create unique index \`vacancy_hub_vacancy_id_hub_id_unique\` on \`vacancy_hub\` (\`vacancy_id\`, \`hub_id\`);`);

    this.addSql(`create table \`vacancy_role\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`in_published\` integer not null default true, \`in_draft\` integer not null default true, \`draft_position\` integer not null default 0, \`vacancy_id\` integer not null, \`role_id\` integer not null, constraint \`vacancy_role_vacancy_id_foreign\` foreign key(\`vacancy_id\`) references \`vacancy\`(\`id\`) on delete cascade on update cascade, constraint \`vacancy_role_role_id_foreign\` foreign key(\`role_id\`) references \`role\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`vacancy_role_vacancy_id_index\` on \`vacancy_role\` (\`vacancy_id\`);`);
    this.addSql(`create index \`vacancy_role_role_id_index\` on \`vacancy_role\` (\`role_id\`);`);
    this.addSql(`create unique index \`vacancy_role_vacancy_id_role_id_unique\` on \`vacancy_role\` (\`vacancy_id\`, \`role_id\`);`);

    this.addSql(`create table \`vacancy_skill\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`in_published\` integer not null default true, \`in_draft\` integer not null default true, \`draft_position\` integer not null default 0, \`vacancy_id\` integer not null, \`skill_id\` integer not null, constraint \`vacancy_skill_vacancy_id_foreign\` foreign key(\`vacancy_id\`) references \`vacancy\`(\`id\`) on delete cascade on update cascade, constraint \`vacancy_skill_skill_id_foreign\` foreign key(\`skill_id\`) references \`skill\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`vacancy_skill_vacancy_id_index\` on \`vacancy_skill\` (\`vacancy_id\`);`);
    this.addSql(`create index \`vacancy_skill_skill_id_index\` on \`vacancy_skill\` (\`skill_id\`);`);
    this.addSql(`create unique index \`vacancy_skill_vacancy_id_skill_id_unique\` on \`vacancy_skill\` (\`vacancy_id\`, \`skill_id\`);`);

    this.addSql(`create table \`vacancy_technology\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`in_published\` integer not null default true, \`in_draft\` integer not null default true, \`draft_position\` integer not null default 0, \`vacancy_id\` integer not null, \`technology_id\` integer not null, constraint \`vacancy_technology_vacancy_id_foreign\` foreign key(\`vacancy_id\`) references \`vacancy\`(\`id\`) on delete cascade on update cascade, constraint \`vacancy_technology_technology_id_foreign\` foreign key(\`technology_id\`) references \`technology\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`vacancy_technology_vacancy_id_index\` on \`vacancy_technology\` (\`vacancy_id\`);`);
    this.addSql(`create index \`vacancy_technology_technology_id_index\` on \`vacancy_technology\` (\`technology_id\`);`);
    this.addSql(`create unique index \`vacancy_technology_vacancy_id_technology_id_unique\` on \`vacancy_technology\` (\`vacancy_id\`, \`technology_id\`);`);

    this.addSql(`alter table \`role\` add column \`hub_notes\` json null;`);
  }

}
