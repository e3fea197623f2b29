import { Args, FieldResolver, Resolver, Root } from 'type-graphql';
import { formatText, TextFormatArgs } from '../common/text-format.js';
import { CompensationTrends, HiringTiming, InterviewGuide } from './specialism.entity.js';

/** The Markdown fields of a specialism's sections, as Markdown or sanitised HTML. */
@Resolver(() => HiringTiming)
export class HiringTimingResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Advice on timing.' })
  advice(@Root() timing: HiringTiming, @Args() { format }: TextFormatArgs) {
    return formatText(timing.advice, format);
  }
}

@Resolver(() => InterviewGuide)
export class InterviewGuideResolver {
  @FieldResolver(() => String, { nullable: true, description: 'What strong candidates show.' })
  overview(@Root() guide: InterviewGuide, @Args() { format }: TextFormatArgs) {
    return formatText(guide.overview, format);
  }
}

@Resolver(() => CompensationTrends)
export class CompensationTrendsResolver {
  @FieldResolver(() => String, { description: 'The trends.' })
  summary(@Root() trends: CompensationTrends, @Args() { format }: TextFormatArgs) {
    return formatText(trends.summary, format);
  }
}
