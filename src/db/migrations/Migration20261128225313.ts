import { Migration } from '@mikro-orm/migrations';

export class Migration20261128225313 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`employer\` add column \`status\` text check (\`status\` in ('draft', 'published')) not null default 'published';`);
    this.addSql(`alter table \`employer\` add column \`published_at\` datetime null;`);
    this.addSql(`alter table \`employer\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`employer\` add column \`draft\` json null;`);
    this.addSql(`create index \`employer_status_index\` on \`employer\` (\`status\`);`);

    this.addSql(`alter table \`faq\` add column \`status\` text check (\`status\` in ('draft', 'published')) not null default 'published';`);
    this.addSql(`alter table \`faq\` add column \`published_at\` datetime null;`);
    this.addSql(`alter table \`faq\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`faq\` add column \`draft\` json null;`);
    this.addSql(`create index \`faq_status_index\` on \`faq\` (\`status\`);`);

    this.addSql(`alter table \`hub\` add column \`status\` text check (\`status\` in ('draft', 'published')) not null default 'published';`);
    this.addSql(`alter table \`hub\` add column \`published_at\` datetime null;`);
    this.addSql(`alter table \`hub\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`hub\` add column \`draft\` json null;`);
    this.addSql(`create index \`hub_status_index\` on \`hub\` (\`status\`);`);

    this.addSql(`alter table \`employer_hub\` add column \`in_published\` integer not null default true;`);
    this.addSql(`alter table \`employer_hub\` add column \`in_draft\` integer not null default true;`);
    this.addSql(`alter table \`employer_hub\` add column \`draft_position\` integer not null default 0;`);

    this.addSql(`alter table \`industry\` add column \`status\` text check (\`status\` in ('draft', 'published')) not null default 'published';`);
    this.addSql(`alter table \`industry\` add column \`published_at\` datetime null;`);
    this.addSql(`alter table \`industry\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`industry\` add column \`draft\` json null;`);
    this.addSql(`create index \`industry_status_index\` on \`industry\` (\`status\`);`);

    this.addSql(`alter table \`employer_industry\` add column \`in_published\` integer not null default true;`);
    this.addSql(`alter table \`employer_industry\` add column \`in_draft\` integer not null default true;`);
    this.addSql(`alter table \`employer_industry\` add column \`draft_position\` integer not null default 0;`);

    this.addSql(`alter table \`role\` add column \`status\` text check (\`status\` in ('draft', 'published')) not null default 'published';`);
    this.addSql(`alter table \`role\` add column \`published_at\` datetime null;`);
    this.addSql(`alter table \`role\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`role\` add column \`draft\` json null;`);
    this.addSql(`create index \`role_status_index\` on \`role\` (\`status\`);`);

    this.addSql(`alter table \`role_faq\` add column \`in_published\` integer not null default true;`);
    this.addSql(`alter table \`role_faq\` add column \`in_draft\` integer not null default true;`);
    this.addSql(`alter table \`role_faq\` add column \`draft_position\` integer not null default 0;`);

    this.addSql(`alter table \`role_hub\` add column \`in_published\` integer not null default true;`);
    this.addSql(`alter table \`role_hub\` add column \`in_draft\` integer not null default true;`);
    this.addSql(`alter table \`role_hub\` add column \`draft_position\` integer not null default 0;`);

    this.addSql(`alter table \`role_industry\` add column \`in_published\` integer not null default true;`);
    this.addSql(`alter table \`role_industry\` add column \`in_draft\` integer not null default true;`);
    this.addSql(`alter table \`role_industry\` add column \`draft_position\` integer not null default 0;`);

    this.addSql(`alter table \`role_related_role\` add column \`in_published\` integer not null default true;`);
    this.addSql(`alter table \`role_related_role\` add column \`in_draft\` integer not null default true;`);
    this.addSql(`alter table \`role_related_role\` add column \`draft_position\` integer not null default 0;`);

    this.addSql(`alter table \`skill\` add column \`status\` text check (\`status\` in ('draft', 'published')) not null default 'published';`);
    this.addSql(`alter table \`skill\` add column \`published_at\` datetime null;`);
    this.addSql(`alter table \`skill\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`skill\` add column \`draft\` json null;`);
    this.addSql(`create index \`skill_status_index\` on \`skill\` (\`status\`);`);

    this.addSql(`alter table \`role_skill\` add column \`in_published\` integer not null default true;`);
    this.addSql(`alter table \`role_skill\` add column \`in_draft\` integer not null default true;`);
    this.addSql(`alter table \`role_skill\` add column \`draft_position\` integer not null default 0;`);
    this.addSql(`alter table \`role_skill\` add column \`draft_level\` text check (\`draft_level\` in ('core', 'supporting')) null;`);

    this.addSql(`alter table \`specialism\` add column \`status\` text check (\`status\` in ('draft', 'published')) not null default 'published';`);
    this.addSql(`alter table \`specialism\` add column \`published_at\` datetime null;`);
    this.addSql(`alter table \`specialism\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`specialism\` add column \`draft\` json null;`);
    this.addSql(`create index \`specialism_status_index\` on \`specialism\` (\`status\`);`);

    this.addSql(`alter table \`specialism_employer\` add column \`in_published\` integer not null default true;`);
    this.addSql(`alter table \`specialism_employer\` add column \`in_draft\` integer not null default true;`);
    this.addSql(`alter table \`specialism_employer\` add column \`draft_position\` integer not null default 0;`);

    this.addSql(`alter table \`specialism_faq\` add column \`in_published\` integer not null default true;`);
    this.addSql(`alter table \`specialism_faq\` add column \`in_draft\` integer not null default true;`);
    this.addSql(`alter table \`specialism_faq\` add column \`draft_position\` integer not null default 0;`);

    this.addSql(`alter table \`specialism_role\` add column \`in_published\` integer not null default true;`);
    this.addSql(`alter table \`specialism_role\` add column \`in_draft\` integer not null default true;`);
    this.addSql(`alter table \`specialism_role\` add column \`draft_position\` integer not null default 0;`);
    this.addSql(`alter table \`specialism_role\` add column \`draft_primary\` text null;`);

    this.addSql(`alter table \`technology\` add column \`status\` text check (\`status\` in ('draft', 'published')) not null default 'published';`);
    this.addSql(`alter table \`technology\` add column \`published_at\` datetime null;`);
    this.addSql(`alter table \`technology\` add column \`version\` integer not null default 1;`);
    this.addSql(`alter table \`technology\` add column \`draft\` json null;`);
    this.addSql(`create index \`technology_status_index\` on \`technology\` (\`status\`);`);

    this.addSql(`alter table \`role_technology\` add column \`in_published\` integer not null default true;`);
    this.addSql(`alter table \`role_technology\` add column \`in_draft\` integer not null default true;`);
    this.addSql(`alter table \`role_technology\` add column \`draft_position\` integer not null default 0;`);

    // Content stored before drafts existed was published content: the same in both versions.
    this.addSql(`update \`employer\` set \`published_at\` = \`updated_at\`;`);
    this.addSql(`update \`faq\` set \`published_at\` = \`updated_at\`;`);
    this.addSql(`update \`hub\` set \`published_at\` = \`updated_at\`;`);
    this.addSql(`update \`industry\` set \`published_at\` = \`updated_at\`;`);
    this.addSql(`update \`role\` set \`published_at\` = \`updated_at\`;`);
    this.addSql(`update \`skill\` set \`published_at\` = \`updated_at\`;`);
    this.addSql(`update \`specialism\` set \`published_at\` = \`updated_at\`;`);
    this.addSql(`update \`technology\` set \`published_at\` = \`updated_at\`;`);
    this.addSql(`update \`employer_hub\` set \`draft_position\` = \`position\`;`);
    this.addSql(`update \`employer_industry\` set \`draft_position\` = \`position\`;`);
    this.addSql(`update \`role_faq\` set \`draft_position\` = \`position\`;`);
    this.addSql(`update \`role_hub\` set \`draft_position\` = \`position\`;`);
    this.addSql(`update \`role_industry\` set \`draft_position\` = \`position\`;`);
    this.addSql(`update \`role_related_role\` set \`draft_position\` = \`position\`;`);
    this.addSql(`update \`role_skill\` set \`draft_position\` = \`position\`;`);
    this.addSql(`update \`role_technology\` set \`draft_position\` = \`position\`;`);
    this.addSql(`update \`specialism_employer\` set \`draft_position\` = \`position\`;`);
    this.addSql(`update \`specialism_faq\` set \`draft_position\` = \`position\`;`);
    this.addSql(`update \`specialism_role\` set \`draft_position\` = \`position\`;`);
  }

}
