import { Migration } from '@mikro-orm/migrations';

export class Migration20261201032914_Applications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`application\` (\`id\` integer not null primary key autoincrement, \`vacancy_id\` integer null, \`vacancy_slug\` text not null, \`vacancy_title\` text not null, \`name\` text not null, \`email\` text not null, \`message\` text not null, \`cv\` text null, \`locale\` text null, \`consent\` integer not null, \`created_at\` datetime not null, constraint \`application_vacancy_id_foreign\` foreign key(\`vacancy_id\`) references \`vacancy\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`application_vacancy_id_index\` on \`application\` (\`vacancy_id\`);`);
    this.addSql(`create index \`application_vacancy_slug_index\` on \`application\` (\`vacancy_slug\`);`);
    this.addSql(`create index \`application_created_at_index\` on \`application\` (\`created_at\`);`);
  }

}
