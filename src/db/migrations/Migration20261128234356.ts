import { Migration } from '@mikro-orm/migrations';

export class Migration20261128234356 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`content_state\` (\`id\` integer not null, \`version\` integer not null, primary key (\`id\`));`);
    this.addSql(`insert into \`content_state\` (\`id\`, \`version\`) values (1, 0);`);
  }

}
