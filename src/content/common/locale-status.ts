import {
  Ctx,
  Field,
  FieldResolver,
  ObjectType,
  Query,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { missingFields, type Translations } from '../locales.js';
import type { NodeType } from '../model.js';

@ObjectType({
  simpleResolvers: true,
  description: 'A locale of the site, and how complete a node’s text is in it.',
})
export class LocaleStatus {
  @Field({ description: 'The locale, e.g. "de-DE".' })
  locale!: string;

  @Field({ description: 'The language’s name for itself, e.g. "Deutsch".' })
  name!: string;

  @Field({
    description: 'Whether this is the site’s default locale (the text every locale falls back to).',
  })
  isDefault!: boolean;

  @Field({
    description:
      'Whether every text field of the node has its own text in this locale (else some fall back).',
  })
  complete!: boolean;

  @Field(() => [String], {
    description:
      'Text fields without their own text in this locale, e.g. "summary" or "whenToHire.advice".',
  })
  missingFields!: string[];
}

/** The `locales` field of one node type. */
export function localesResolver(type: NodeType, of: ClassType): ClassType {
  @Resolver(() => of)
  class LocalesResolver {
    @FieldResolver(() => [LocaleStatus], {
      description:
        'Every locale of the site, with whether this node’s text is complete in it; a locale that is not falls back field by field.',
    })
    async locales(@Root() node: object, @Ctx() ctx: Context): Promise<LocaleStatus[]> {
      const config = await ctx.locales();
      const fields = node as Record<string, unknown>;
      const translations = fields.translations as Translations | null;
      return config.locales.map((l) => {
        const missing =
          l.code === config.default ? [] : missingFields(type, fields, translations, l.code);
        return {
          locale: l.code,
          name: l.name,
          isDefault: l.code === config.default,
          complete: missing.length === 0,
          missingFields: missing,
        };
      });
    }
  }
  Object.defineProperty(LocalesResolver, 'name', { value: `${of.name}LocalesResolver` });
  return LocalesResolver;
}

@ObjectType({ simpleResolvers: true, description: 'A locale the site publishes.' })
export class SiteLocale {
  @Field({ description: 'The locale, e.g. "de-DE"; its pages live under `/de-DE/`.' })
  code!: string;

  @Field({ description: 'The language’s name for itself, e.g. "Deutsch".' })
  name!: string;

  @Field({ description: 'Whether this is the default locale (its pages have no prefix).' })
  isDefault!: boolean;

  @Field(() => [String], {
    description: 'Where a missing text is looked for, in order; the default locale comes last.',
  })
  fallback!: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Slugs of the specialisms published in this locale; null: all of them.',
  })
  specialisms!: string[] | null;
}

@Resolver()
export class SiteLocaleResolver {
  @Query(() => [SiteLocale], {
    description: 'The locales the site publishes, the default first (`content-seed/locales.yaml`).',
  })
  async locales(@Ctx() ctx: Context): Promise<SiteLocale[]> {
    const config = await ctx.locales();
    return config.locales.map((l) => ({
      code: l.code,
      name: l.name,
      isDefault: l.code === config.default,
      fallback: l.code === config.default ? [] : [...l.fallback, config.default],
      specialisms: l.specialisms,
    }));
  }
}
