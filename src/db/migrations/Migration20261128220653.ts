import { Migration } from '@mikro-orm/migrations';

export class Migration20261128220653 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`employer\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`kind\` text not null, \`website\` text null, \`description\` text null);`);
    this.addSql(`create unique index \`employer_slug_unique\` on \`employer\` (\`slug\`);`);
    this.addSql(`create index \`employer_kind_index\` on \`employer\` (\`kind\`);`);

    this.addSql(`create table \`faq\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`question\` text not null, \`answer\` text not null);`);
    this.addSql(`create unique index \`faq_slug_unique\` on \`faq\` (\`slug\`);`);

    this.addSql(`create table \`hub\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`city\` text not null, \`country\` text not null, \`region\` text not null, \`remote_notes\` text null);`);
    this.addSql(`create unique index \`hub_slug_unique\` on \`hub\` (\`slug\`);`);

    this.addSql(`create table \`employer_hub\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`employer_id\` integer not null, \`hub_id\` integer not null, constraint \`employer_hub_employer_id_foreign\` foreign key(\`employer_id\`) references \`employer\`(\`id\`) on delete cascade on update cascade, constraint \`employer_hub_hub_id_foreign\` foreign key(\`hub_id\`) references \`hub\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`employer_hub_employer_id_index\` on \`employer_hub\` (\`employer_id\`);`);
    this.addSql(`create index \`employer_hub_hub_id_index\` on \`employer_hub\` (\`hub_id\`);`);
    this.addSql(`create unique index \`employer_hub_employer_id_hub_id_unique\` on \`employer_hub\` (\`employer_id\`, \`hub_id\`);`);

    this.addSql(`create table \`industry\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`description\` text null);`);
    this.addSql(`create unique index \`industry_slug_unique\` on \`industry\` (\`slug\`);`);

    this.addSql(`create table \`employer_industry\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`employer_id\` integer not null, \`industry_id\` integer not null, constraint \`employer_industry_employer_id_foreign\` foreign key(\`employer_id\`) references \`employer\`(\`id\`) on delete cascade on update cascade, constraint \`employer_industry_industry_id_foreign\` foreign key(\`industry_id\`) references \`industry\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`employer_industry_employer_id_index\` on \`employer_industry\` (\`employer_id\`);`);
    this.addSql(`create index \`employer_industry_industry_id_index\` on \`employer_industry\` (\`industry_id\`);`);
    this.addSql(`create unique index \`employer_industry_employer_id_industry_id_unique\` on \`employer_industry\` (\`employer_id\`, \`industry_id\`);`);

    this.addSql(`create table \`role\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`summary\` text not null, \`description\` text not null, \`primary_focus\` text not null, \`key_difference\` text not null, \`responsibilities\` json not null, \`deliverables\` json not null, \`teams\` json not null, \`collaborators\` json not null, \`backgrounds\` json not null);`);
    this.addSql(`create unique index \`role_slug_unique\` on \`role\` (\`slug\`);`);

    this.addSql(`create table \`role_faq\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`role_id\` integer not null, \`faq_id\` integer not null, constraint \`role_faq_role_id_foreign\` foreign key(\`role_id\`) references \`role\`(\`id\`) on delete cascade on update cascade, constraint \`role_faq_faq_id_foreign\` foreign key(\`faq_id\`) references \`faq\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`role_faq_role_id_index\` on \`role_faq\` (\`role_id\`);`);
    this.addSql(`create index \`role_faq_faq_id_index\` on \`role_faq\` (\`faq_id\`);`);
    this.addSql(`create unique index \`role_faq_role_id_faq_id_unique\` on \`role_faq\` (\`role_id\`, \`faq_id\`);`);

    this.addSql(`create table \`role_hub\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`role_id\` integer not null, \`hub_id\` integer not null, constraint \`role_hub_role_id_foreign\` foreign key(\`role_id\`) references \`role\`(\`id\`) on delete cascade on update cascade, constraint \`role_hub_hub_id_foreign\` foreign key(\`hub_id\`) references \`hub\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`role_hub_role_id_index\` on \`role_hub\` (\`role_id\`);`);
    this.addSql(`create index \`role_hub_hub_id_index\` on \`role_hub\` (\`hub_id\`);`);
    this.addSql(`create unique index \`role_hub_role_id_hub_id_unique\` on \`role_hub\` (\`role_id\`, \`hub_id\`);`);

    this.addSql(`create table \`role_industry\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`role_id\` integer not null, \`industry_id\` integer not null, constraint \`role_industry_role_id_foreign\` foreign key(\`role_id\`) references \`role\`(\`id\`) on delete cascade on update cascade, constraint \`role_industry_industry_id_foreign\` foreign key(\`industry_id\`) references \`industry\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`role_industry_role_id_index\` on \`role_industry\` (\`role_id\`);`);
    this.addSql(`create index \`role_industry_industry_id_index\` on \`role_industry\` (\`industry_id\`);`);
    this.addSql(`create unique index \`role_industry_role_id_industry_id_unique\` on \`role_industry\` (\`role_id\`, \`industry_id\`);`);

    this.addSql(`create table \`role_related_role\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`role_id\` integer not null, \`related_role_id\` integer not null, constraint \`role_related_role_role_id_foreign\` foreign key(\`role_id\`) references \`role\`(\`id\`) on delete cascade on update cascade, constraint \`role_related_role_related_role_id_foreign\` foreign key(\`related_role_id\`) references \`role\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`role_related_role_role_id_index\` on \`role_related_role\` (\`role_id\`);`);
    this.addSql(`create index \`role_related_role_related_role_id_index\` on \`role_related_role\` (\`related_role_id\`);`);
    this.addSql(`create unique index \`role_related_role_role_id_related_role_id_unique\` on \`role_related_role\` (\`role_id\`, \`related_role_id\`);`);

    this.addSql(`create table \`skill\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`category\` text not null, \`description\` text null);`);
    this.addSql(`create unique index \`skill_slug_unique\` on \`skill\` (\`slug\`);`);
    this.addSql(`create index \`skill_category_index\` on \`skill\` (\`category\`);`);

    this.addSql(`create table \`role_skill\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`role_id\` integer not null, \`skill_id\` integer not null, \`level\` text check (\`level\` in ('core', 'supporting')) not null, constraint \`role_skill_role_id_foreign\` foreign key(\`role_id\`) references \`role\`(\`id\`) on delete cascade on update cascade, constraint \`role_skill_skill_id_foreign\` foreign key(\`skill_id\`) references \`skill\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`role_skill_role_id_index\` on \`role_skill\` (\`role_id\`);`);
    this.addSql(`create index \`role_skill_skill_id_index\` on \`role_skill\` (\`skill_id\`);`);
    this.addSql(`create unique index \`role_skill_role_id_skill_id_unique\` on \`role_skill\` (\`role_id\`, \`skill_id\`);`);

    this.addSql(`create table \`specialism\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`headline\` text not null, \`intro\` text not null, \`market_overview\` text not null, \`hiring_challenges\` json not null, \`when_to_hire_indicators\` json not null, \`when_to_hire_scenarios\` json not null, \`when_to_hire_advice\` text null, \`interviewing_overview\` text null, \`interviewing_methods\` json not null, \`interviewing_probes\` json not null, \`interviewing_common_mistakes\` json not null, \`compensation_summary\` text not null, \`compensation_factors\` json not null, \`call_to_action\` text not null);`);
    this.addSql(`create unique index \`specialism_slug_unique\` on \`specialism\` (\`slug\`);`);

    this.addSql(`create table \`specialism_employer\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`specialism_id\` integer not null, \`employer_id\` integer not null, constraint \`specialism_employer_specialism_id_foreign\` foreign key(\`specialism_id\`) references \`specialism\`(\`id\`) on delete cascade on update cascade, constraint \`specialism_employer_employer_id_foreign\` foreign key(\`employer_id\`) references \`employer\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`specialism_employer_specialism_id_index\` on \`specialism_employer\` (\`specialism_id\`);`);
    this.addSql(`create index \`specialism_employer_employer_id_index\` on \`specialism_employer\` (\`employer_id\`);`);
    this.addSql(`create unique index \`specialism_employer_specialism_id_employer_id_unique\` on \`specialism_employer\` (\`specialism_id\`, \`employer_id\`);`);

    this.addSql(`create table \`specialism_faq\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`specialism_id\` integer not null, \`faq_id\` integer not null, constraint \`specialism_faq_specialism_id_foreign\` foreign key(\`specialism_id\`) references \`specialism\`(\`id\`) on delete cascade on update cascade, constraint \`specialism_faq_faq_id_foreign\` foreign key(\`faq_id\`) references \`faq\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`specialism_faq_specialism_id_index\` on \`specialism_faq\` (\`specialism_id\`);`);
    this.addSql(`create index \`specialism_faq_faq_id_index\` on \`specialism_faq\` (\`faq_id\`);`);
    this.addSql(`create unique index \`specialism_faq_specialism_id_faq_id_unique\` on \`specialism_faq\` (\`specialism_id\`, \`faq_id\`);`);

    this.addSql(`create table \`specialism_role\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`primary\` integer not null default false, \`specialism_id\` integer not null, \`role_id\` integer not null, constraint \`specialism_role_specialism_id_foreign\` foreign key(\`specialism_id\`) references \`specialism\`(\`id\`) on delete cascade on update cascade, constraint \`specialism_role_role_id_foreign\` foreign key(\`role_id\`) references \`role\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`specialism_role_specialism_id_index\` on \`specialism_role\` (\`specialism_id\`);`);
    this.addSql(`create index \`specialism_role_role_id_index\` on \`specialism_role\` (\`role_id\`);`);
    this.addSql(`create unique index \`specialism_role_specialism_id_role_id_unique\` on \`specialism_role\` (\`specialism_id\`, \`role_id\`);`);

    this.addSql(`create table \`technology\` (\`id\` integer not null primary key autoincrement, \`slug\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`category\` text not null, \`website\` text null, \`description\` text null);`);
    this.addSql(`create unique index \`technology_slug_unique\` on \`technology\` (\`slug\`);`);
    this.addSql(`create index \`technology_category_index\` on \`technology\` (\`category\`);`);

    this.addSql(`create table \`role_technology\` (\`id\` integer not null primary key autoincrement, \`position\` integer not null, \`role_id\` integer not null, \`technology_id\` integer not null, constraint \`role_technology_role_id_foreign\` foreign key(\`role_id\`) references \`role\`(\`id\`) on delete cascade on update cascade, constraint \`role_technology_technology_id_foreign\` foreign key(\`technology_id\`) references \`technology\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`role_technology_role_id_index\` on \`role_technology\` (\`role_id\`);`);
    this.addSql(`create index \`role_technology_technology_id_index\` on \`role_technology\` (\`technology_id\`);`);
    this.addSql(`create unique index \`role_technology_role_id_technology_id_unique\` on \`role_technology\` (\`role_id\`, \`technology_id\`);`);
  }

}
