import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../common/connection.js';
import { EmploymentType, Vacancy, VacancyStatus, Workplace } from './vacancy.entity.js';

export const VacancyConnection = connectionType(Vacancy, 'Vacancy', 'vacancies');

@ArgsType()
export class VacancyListArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only vacancies for the role with this slug.',
  })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'Only vacancies in the hub with this slug.' })
  hub?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only vacancies of the employer with this slug.',
  })
  employer?: string | null;

  @Field(() => Workplace, { nullable: true, description: 'Only vacancies with this workplace.' })
  workplace?: Workplace | null;

  @Field(() => EmploymentType, {
    nullable: true,
    description: 'Only vacancies with this kind of contract.',
  })
  employmentType?: EmploymentType | null;

  @Field(() => VacancyStatus, {
    defaultValue: VacancyStatus.LIVE,
    description: 'Only vacancies in this state (live ones unless asked).',
  })
  status: VacancyStatus = VacancyStatus.LIVE;
}
