import { ArgsType, Field } from 'type-graphql';
import { connectionType } from '../common/connection.js';
import { ContentListArgs } from '../common/content-list.js';
import { Role } from './role.entity.js';
import { SkillLevel } from './role-links.entity.js';

export const RoleConnection = connectionType(Role, 'Role', 'roles');

@ArgsType()
export class RoleListArgs extends ContentListArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only roles that need the skill with this slug.',
  })
  skill?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only roles that use the technology with this slug.',
  })
  technology?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only roles hired in the hub with this slug.',
  })
  hub?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only roles hired by the industry with this slug.',
  })
  industry?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only roles of the specialism with this slug.',
  })
  specialism?: string | null;
}

@ArgsType()
export class SkillLevelArgs {
  @Field(() => SkillLevel, {
    nullable: true,
    description: 'Only skills of this level; all when omitted.',
  })
  level?: SkillLevel | null;
}
