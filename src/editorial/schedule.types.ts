import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../content/common/connection.js';
import { ContentType } from '../pages/page.types.js';
import {
  ScheduledActionKind,
  ScheduledActionStatus,
  type ScheduledAction,
} from './scheduled-action.entity.js';

registerEnumType(ScheduledActionKind, {
  name: 'ScheduledActionKind',
  description: 'What a scheduled action does.',
  valuesConfig: {
    PUBLISH: { description: 'Publish the node (as `publish` does).' },
    UNPUBLISH: { description: 'Take the node off the public API and pages.' },
  },
});

registerEnumType(ScheduledActionStatus, {
  name: 'ScheduledActionStatus',
  description: 'Where a scheduled action is in its life.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its time.' },
    DONE: { description: 'Ran.' },
    FAILED: { description: 'Could not run (see `error`).' },
    CANCELLED: { description: 'Cancelled before its time.' },
  },
});

@ObjectType('ScheduledAction', {
  simpleResolvers: true,
  description: 'A publish or unpublish that runs at a set time.',
})
export class ScheduledActionType {
  @Field(() => Int, { description: 'Id, for `cancelScheduled`.' })
  id!: number;

  @Field(() => ScheduledActionKind, { description: 'What it does.' })
  action!: ScheduledActionKind;

  @Field(() => ContentType, { description: 'Type of the node.' })
  nodeType!: ContentType;

  @Field({ description: 'Slug of the node.' })
  nodeSlug!: string;

  @Field({ description: 'Also publishes every draft node the specialism reaches.' })
  withLinked!: boolean;

  @Field({ description: 'When it is due.' })
  at!: Date;

  @Field(() => ScheduledActionStatus, { description: 'Pending, done, failed or cancelled.' })
  status!: ScheduledActionStatus;

  @Field({ description: 'Who scheduled it; the change is made in their name.' })
  createdBy!: string;

  @Field({ description: 'When it was scheduled.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it ran, failed or was cancelled.' })
  finishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it failed.' })
  error!: string | null;
}

export const ScheduledActionConnection = connectionType(
  ScheduledActionType as unknown as typeof ScheduledAction,
  'ScheduledAction',
  'scheduled actions',
  'newest first',
);

@ArgsType()
export class ScheduledActionArgs extends ConnectionArgs {
  @Field(() => ScheduledActionStatus, { nullable: true, description: 'Only those in this state.' })
  status?: ScheduledActionStatus | null;

  @Field(() => ContentType, { nullable: true, description: 'Only those for nodes of this type.' })
  type?: ContentType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only those for the node with this slug (with `type`).',
  })
  slug?: string | null;
}
