import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../content/common/node.interface.js';
import { PageInfo } from '../content/common/connection.js';
import { ContentType } from '../pages/page.types.js';

export enum SearchFieldName {
  NAME = 'name',
  ALIASES = 'aliases',
  SUMMARY = 'summary',
  BODY = 'body',
}

registerEnumType(SearchFieldName, {
  name: 'SearchField',
  description: 'Where in a node a search matched, weightiest first.',
  valuesConfig: {
    NAME: { description: 'Its name (a role’s title, a hub’s city, an FAQ’s question).' },
    ALIASES: { description: 'One of its other names ("K8s").' },
    SUMMARY: { description: 'Its headline, summary or description.' },
    BODY: { description: 'The rest of its text.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'Where a matched word sits in a snippet.' })
export class SearchMatch {
  @Field(() => Int, { description: 'Offset of its first character (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past its last character.' })
  end!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One field of a result that matched, with a short snippet around the match.',
})
export class SearchHighlight {
  @Field(() => SearchFieldName, { description: 'The field that matched.' })
  field!: SearchFieldName;

  @Field({
    description: 'About 160 characters of the field around the first match, "…" where cut.',
  })
  snippet!: string;

  @Field(() => [SearchMatch], { description: 'The matched words within `snippet`, in order.' })
  matches!: SearchMatch[];

  @Field({
    description:
      'The snippet as HTML-escaped text with each matched word in `<mark>`: safe to put in a page.',
  })
  html!: string;
}

@ObjectType({ simpleResolvers: true, description: 'One search result.' })
export class SearchEdge {
  @Field({ description: 'Opaque cursor of this result; pass it as `after`.' })
  cursor!: string;

  @Field(() => Node, { description: 'The node found: ask for its fields with `... on Role`.' })
  node!: Node;

  @Field(() => Float, {
    description:
      'Relevance, higher first: where and how the words matched (name over aliases over summary over body; exact over prefix over typo), then text statistics. Comparable within one search only.',
  })
  score!: number;

  @Field(() => [SearchHighlight], {
    description: 'Each field that matched, name first, with its snippet.',
  })
  highlights!: SearchHighlight[];
}

@ObjectType({ simpleResolvers: true, description: 'How many results a type has.' })
export class SearchFacet {
  @Field(() => ContentType, { description: 'The type.' })
  type!: ContentType;

  @Field(() => Int, { description: 'Results of this type, whatever `types` selected.' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A page of search results, best first (Relay cursor connection).',
})
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The results of this page, best first.' })
  edges!: SearchEdge[];

  @Field(() => PageInfo, { description: 'Position of this page.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many results match, across all pages, of `types`.' })
  totalCount!: number;

  @Field(() => [SearchFacet], {
    description:
      'Results per type before the `types` filter, for "Roles (3) · Technologies (5)"; types without results are left out.',
  })
  facets!: SearchFacet[];

  @Field({
    description:
      'Whether every word matched; false when no node held them all and nodes holding any of them are shown instead.',
  })
  matchedAllWords!: boolean;
}

@ArgsType()
export class SearchArgs {
  @Field({
    description:
      'What to look for, 1 to 200 characters. Case and accents are ignored; words of 5 letters may have one typo, of 9 two; the last word may be half typed.',
  })
  query!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Locale to search and read in, e.g. "de-DE" (through its fallback chain); absent, the default locale.',
  })
  locale?: string | null;

  @Field(() => [ContentType], {
    nullable: true,
    description: 'Only these types; absent or empty, every type.',
  })
  types?: ContentType[] | null;

  @Field(() => Int, { nullable: true, description: 'Results per page, 0 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the results after this cursor (from the same query and types).',
  })
  after?: string | null;
}
