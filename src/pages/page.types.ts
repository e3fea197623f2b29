import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { PageRef } from './paths.js';

export enum PageKind {
  HOME = 'home',
  SPECIALISM = 'specialism',
  SPECIALISM_FAQ = 'specialismFaq',
  SPECIALISM_COMPARISON = 'specialismComparison',
  ROLE = 'role',
  ROLE_IN_HUB = 'roleInHub',
  SKILL = 'skill',
  TECHNOLOGY = 'technology',
  INDUSTRY = 'industry',
  HUB = 'hub',
  JOBS = 'jobs',
  JOB = 'job',
}

registerEnumType(PageKind, {
  name: 'PageKind',
  description: 'What a page of the site shows.',
  valuesConfig: {
    HOME: { description: '`/`: every specialism.' },
    SPECIALISM: { description: '`/<specialism>/`: the specialism landing page.' },
    SPECIALISM_FAQ: { description: '`/<specialism>/faq/`: authored and generated FAQs.' },
    SPECIALISM_COMPARISON: { description: '`/<specialism>/compare/`: the role-comparison table.' },
    ROLE: { description: '`/roles/<role>/`: a role with its links.' },
    ROLE_IN_HUB: { description: '`/roles/<role>/<hub>/`: a role in one of its hubs.' },
    SKILL: { description: '`/skills/<skill>/`: a skill and the roles that need it.' },
    TECHNOLOGY: { description: '`/technologies/<technology>/`: a technology and its roles.' },
    INDUSTRY: { description: '`/industries/<industry>/`: an industry and its roles.' },
    HUB: { description: '`/hubs/<hub>/`: a hub and the roles hired there.' },
    JOBS: { description: '`/jobs/`: live vacancies, newest first.' },
    JOB: { description: '`/jobs/<slug>/`: one vacancy (410 Gone once expired or closed).' },
  },
});

export enum ContentType {
  SPECIALISM = 'specialism',
  ROLE = 'role',
  SKILL = 'skill',
  TECHNOLOGY = 'technology',
  INDUSTRY = 'industry',
  HUB = 'hub',
  EMPLOYER = 'employer',
  FAQ = 'faq',
  VACANCY = 'vacancy',
}

registerEnumType(ContentType, {
  name: 'ContentType',
  description: 'A type of content node.',
  valuesConfig: {
    SPECIALISM: { description: 'A specialism.' },
    ROLE: { description: 'A role.' },
    SKILL: { description: 'A skill.' },
    TECHNOLOGY: { description: 'A technology.' },
    INDUSTRY: { description: 'An industry.' },
    HUB: { description: 'A hub.' },
    EMPLOYER: { description: 'An employer.' },
    VACANCY: { description: 'A vacancy (a job advertised on the site).' },
    FAQ: { description: 'An FAQ.' },
  },
});

@ObjectType({ simpleResolvers: true, description: "One step of a page's breadcrumb trail." })
export class Breadcrumb {
  @Field({ description: 'Label of the step.' })
  name!: string;

  @Field({ description: 'Path of the page the step links to.' })
  path!: string;

  @Field({ description: 'Canonical URL of that page.' })
  url!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A link from a page to another page of the site.',
})
export class PageLink {
  @Field({ description: 'Path of the linked page.' })
  path!: string;

  @Field({ description: "Text of the link: the linked node's name." })
  label!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Open Graph tags for sharing a page.' })
export class OpenGraph {
  @Field({ description: '`og:title`.' })
  title!: string;

  @Field({ description: '`og:description`.' })
  description!: string;

  @Field({ description: '`og:type`: `website` for the home page, `article` otherwise.' })
  type!: string;

  @Field({ description: '`og:url`: the canonical URL.' })
  url!: string;

  @Field({ description: '`og:site_name`.' })
  siteName!: string;

  @Field({ description: '`og:locale`, e.g. `en_GB`.' })
  locale!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The same page in one locale (`<link rel="alternate" hreflang>`).',
})
export class PageAlternate {
  @Field({ description: 'The locale, e.g. "fr-FR" (the `hreflang`).' })
  locale!: string;

  @Field({ description: 'The language’s name for itself, for a language switcher.' })
  name!: string;

  @Field({ description: 'Path of the page in that locale.' })
  path!: string;

  @Field({ description: 'Its absolute URL.' })
  url!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A page of the site, built from the graph: its SEO data, JSON-LD and internal links.',
})
export class Page {
  @Field({ description: 'The locale of the page, e.g. "de-DE" (the `<html lang>`).' })
  locale!: string;

  @Field(() => [PageAlternate], {
    description:
      'The page in every locale that publishes it, this one included; each links to all the others.',
  })
  alternates!: PageAlternate[];

  @Field({ description: 'The `x-default` alternate: the page in the default locale.' })
  xDefaultUrl!: string;

  @Field(() => [PageLink], {
    description: 'The site navigation in this page’s locale: the specialisms it publishes.',
  })
  nav!: PageLink[];

  @Field({
    description:
      'Path, with a trailing slash, e.g. `/roles/mlops-engineer/`; other locales than the default start with theirs, e.g. `/de-DE/roles/mlops-engineer/`.',
  })
  path!: string;

  @Field(() => PageKind, { description: 'What the page shows.' })
  kind!: PageKind;

  @Field({ description: 'The `<title>`: at most 60 characters, unique across the site.' })
  title!: string;

  @Field({ description: 'The meta description: at most 160 characters, unique across the site.' })
  description!: string;

  @Field({
    description:
      'Canonical URL on the site origin (`SITE_URL`): the page itself, or for a role-in-hub page with nothing of its own, the role page.',
  })
  canonicalUrl!: string;

  @Field({
    description:
      'Whether search engines may index the page. False for a role-in-hub page with no live vacancy and no note of its own (`noindex, follow`) and for an expired or closed job; such pages are left out of the sitemap.',
  })
  indexable!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The robots meta tag\'s content when the page is not indexable, e.g. "noindex, follow".',
  })
  robots!: string | null;

  @Field(() => Int, {
    description:
      'The HTTP status the site answers the page with: 200, or 410 for a vacancy that expired or closed.',
  })
  httpStatus!: number;

  @Field(() => OpenGraph, { description: 'Open Graph tags.' })
  openGraph!: OpenGraph;

  @Field(() => [Breadcrumb], { description: 'Breadcrumb trail from the home page to this page.' })
  breadcrumbs!: Breadcrumb[];

  @Field(() => [PageLink], { description: 'Every other page this page links to, in page order.' })
  links!: PageLink[];

  @Field(() => GraphQLJSON, {
    description:
      'JSON-LD for the page: one `{ "@context", "@graph" }` document, built from the graph.',
  })
  jsonLd!: unknown;

  @Field({
    description: 'When the newest content the page shows last changed (the sitemap `lastmod`).',
  })
  lastModified!: Date;

  /** `type:slug` of every node the page shows; what `pagesAffectedBy` reads. */
  dependencies!: string[];

  /** Which page this is, whatever its locale. */
  ref!: PageRef;
}

@ObjectType({
  simpleResolvers: true,
  description: "An FAQ answered from the graph's links, worded by a template, never stale.",
})
export class GeneratedFaq {
  @Field({ description: 'Stable key, e.g. `technologies`; also the anchor on the FAQ page.' })
  key!: string;

  @Field({ description: 'The question.' })
  question!: string;

  /** Markdown; exposed by a field resolver that can render it. */
  answer!: string;
}
