import type { Thing } from 'schema-dts';
import { markdownToHtml } from '../content/common/markdown.js';
import type { Services } from '../content/services.js';
import type { Hub, Industry, Role, Skill, Specialism, Technology } from '../content/entities.js';
import { generatedFaqs, type GeneratedFaq } from './generated-faqs.js';
import * as ld from './json-ld.js';
import {
  Page,
  PageKind,
  type Breadcrumb,
  type PageAlternate,
  type PageLink,
} from './page.types.js';
import { localizedPath, parsePath, pathOf, subjectOf, type PageRef } from './paths.js';
import { firstSentences, fit, fitTitle, MAX_DESCRIPTION } from './seo.js';
import { pageTextFor, type PageText } from './page-text.js';
import { DEFAULT_LOCALE, SINGLE_LOCALE, type LocaleConfig } from '../content/locales.js';

/** Where the site lives and what it is called; from the environment. */
export interface SiteSettings {
  /** Canonical origin, no trailing slash. */
  url: string;
  name: string;
  /** Open Graph locale, e.g. `en_GB`. */
  locale: string;
}

interface NodeLike {
  slug: string;
  updatedAt: Date;
}

/** Collects what one page shows, links to and depends on while it is being built. */
class PageDraft {
  readonly dependencies = new Set<string>();
  readonly links: PageLink[] = [];
  private readonly linked = new Set<string>();
  lastModified = new Date(0);

  constructor(
    readonly ref: PageRef,
    private readonly site: SiteSettings,
    readonly text: PageText,
    /** This page's locale, or undefined for the default. */
    private readonly locale: string | undefined,
    /** What this page's locale publishes (`type:slug`); null: everything (the default locale). */
    private readonly scope: Set<string> | null,
  ) {}

  /** The path of `ref` in this page's locale when the locale publishes it, else the default's. */
  pathTo(ref: PageRef): string {
    const inScope = !this.scope || subjectOf(ref).every((key) => this.scope!.has(key));
    return localizedPath(pathOf(ref), inScope ? this.locale : undefined);
  }

  get path(): string {
    return this.pathTo(this.ref);
  }

  url(path: string): string {
    return `${this.site.url}${path}`;
  }

  /** Records that the page shows these nodes (for `pagesAffectedBy` and `lastModified`). */
  uses(type: string, ...nodes: NodeLike[]): void {
    for (const node of nodes) {
      this.dependencies.add(`${type}:${node.slug}`);
      if (node.updatedAt > this.lastModified) this.lastModified = node.updatedAt;
    }
  }

  link(ref: PageRef, label: string): void {
    const path = this.pathTo(ref);
    if (path === this.path || this.linked.has(path)) return;
    this.linked.add(path);
    this.links.push({ path, label });
  }

  crumbs(...steps: [string, PageRef][]): Breadcrumb[] {
    return [[this.text.home, { kind: 'home' }] as [string, PageRef], ...steps].map(
      ([name, ref]) => ({ name, path: this.pathTo(ref), url: this.url(this.pathTo(ref)) }),
    );
  }

  finish(fields: {
    title: string;
    description: string;
    breadcrumbs: Breadcrumb[];
    jsonLd: Thing[];
    ogType?: string;
    alternates: PageAlternate[];
  }): Page {
    const page = new Page();
    const canonicalUrl = this.url(this.path);
    const language = this.text.lang;
    Object.assign(page, {
      locale: language,
      alternates: fields.alternates,
      xDefaultUrl: this.url(pathOf(this.ref)),
      path: this.path,
      kind: this.ref.kind as PageKind,
      title: fields.title,
      description: fields.description,
      canonicalUrl,
      openGraph: {
        title: fields.title,
        description: fields.description,
        type: fields.ogType ?? 'article',
        url: canonicalUrl,
        siteName: this.site.name,
        locale: this.text.ogLocale,
      },
      breadcrumbs: fields.breadcrumbs,
      links: this.links,
      jsonLd: ld.graph([
        ld.webPage({
          url: canonicalUrl,
          name: fields.title,
          description: fields.description,
          inLanguage: language,
        }),
        ld.breadcrumbList(fields.breadcrumbs),
        ...fields.jsonLd,
      ]),
      lastModified: this.lastModified,
      dependencies: [...this.dependencies].sort(),
      ref: this.ref,
    });
    return page;
  }
}

export interface SpecialismFacts {
  roles: Role[];
  technologies: Technology[];
  industries: Industry[];
  hubs: Hub[];
}

/**
 * The page model: which pages exist, and for each its title, description, canonical URL, Open
 * Graph tags, breadcrumbs, internal links, JSON-LD and the nodes it depends on. Built from the
 * content services per request, so it reads through the same batch loaders as the API.
 *
 * Pages exist only where they can be reached: a role needs a specialism, a skill, technology,
 * industry or hub needs a role with a page, and a role-in-hub page needs the link.
 */
export class PageService {
  private readonly locale: string | undefined;
  private readonly text: PageText;
  private readonly scopes = new Map<string, Promise<Set<string>>>();

  constructor(
    private readonly services: Services,
    readonly site: SiteSettings,
    private readonly options: {
      /** The page model's locale (absent: the default). */
      locale?: { code: string; chain: readonly string[] };
      /** The site's locales. */
      locales?: () => Promise<LocaleConfig>;
      /**
       * Every page of this locale, kept by the caller per published-content version (`pages`
       * and `pagesAffectedBy` then walk it instead of building the site again); absent, they
       * build it on each call (preview).
       */
      index?: () => Promise<Page[]>;
    } = {},
  ) {
    this.locale = options.locale?.code;
    this.text = pageTextFor(this.locale ?? DEFAULT_LOCALE, options.locale?.chain);
  }

  private locales(): Promise<LocaleConfig> {
    return this.options.locales?.() ?? Promise.resolve(SINGLE_LOCALE);
  }

  /**
   * What `locale` publishes, as `type:slug`: its specialisms and every node they reach (the same
   * rule `check` warns by); null for a locale that publishes everything (the default).
   */
  private async scopeOf(locale: string | undefined): Promise<Set<string> | null> {
    if (!locale) return null;
    const config = await this.locales();
    const settings = config.locales.find((l) => l.code === locale);
    if (!settings || locale === config.default || settings.specialisms === null) return null;
    let scope = this.scopes.get(locale);
    if (!scope) this.scopes.set(locale, (scope = this.reach(settings.specialisms)));
    return scope;
  }

  private async reach(specialismSlugs: string[]): Promise<Set<string>> {
    const { specialisms, roles, employers } = this.services;
    const seen = new Set<string>();
    const add = (type: string, nodes: { slug: string }[]) => {
      for (const n of nodes) seen.add(`${type}:${n.slug}`);
    };
    for (const s of await Promise.all(specialismSlugs.map((slug) => specialisms.bySlug(slug)))) {
      if (!s) continue;
      add('specialism', [s]);
      const [list, faqs, featured] = await Promise.all([
        specialisms.roles(s),
        specialisms.faqs(s),
        specialisms.featuredEmployers(s),
      ]);
      add('role', list);
      add('faq', faqs);
      add('employer', featured);
      for (const role of list) {
        const parts = await Promise.all([
          roles.skills(role),
          roles.technologies(role),
          roles.industries(role),
          roles.hubs(role),
          roles.faqs(role),
        ]);
        (['skill', 'technology', 'industry', 'hub', 'faq'] as const).forEach((type, i) =>
          add(type, parts[i]!),
        );
      }
      for (const e of featured) {
        add('industry', await employers.industries(e));
        add('hub', await employers.hubs(e));
      }
    }
    return seen;
  }

  /** Whether `locale` publishes the page `ref` (the default locale publishes every page). */
  private async publishes(locale: string | undefined, ref: PageRef): Promise<boolean> {
    const scope = await this.scopeOf(locale);
    return !scope || subjectOf(ref).every((key) => scope.has(key));
  }

  /** The page in every locale that publishes it. */
  private async alternates(ref: PageRef): Promise<PageAlternate[]> {
    const config = await this.locales();
    const out: PageAlternate[] = [];
    for (const l of config.locales) {
      const code = l.code === config.default ? undefined : l.code;
      if (!(await this.publishes(code, ref))) continue;
      const path = localizedPath(pathOf(ref), code);
      out.push({ locale: l.code, name: l.name, path, url: `${this.site.url}${path}` });
    }
    return out;
  }

  /** The page at `path` (without its locale prefix), or null if the site has no such page. */
  async page(path: string): Promise<Page | null> {
    const ref = parsePath(path);
    return ref && (await this.publishes(this.locale, ref)) ? this.build(ref) : null;
  }

  /** Every page of the site in this locale, in a stable order (home, specialisms, roles, taxonomy). */
  async pages(): Promise<Page[]> {
    return this.options.index ? this.options.index() : this.buildAll();
  }

  /** Builds every page of this locale (what `index` keeps). */
  async buildAll(): Promise<Page[]> {
    const refs: PageRef[] = [];
    for (const ref of await this.refs()) if (await this.publishes(this.locale, ref)) refs.push(ref);
    const pages = await Promise.all(refs.map((ref) => this.build(ref)));
    return pages.filter((p): p is Page => p !== null);
  }

  /**
   * Paths of the pages that show the node `type:slug`, so a change can revalidate exactly them:
   * in `locale` only (a change to that locale's text), or, when absent, in every locale that
   * publishes them (a change to the default text, which every locale falls back to, or a link).
   */
  async pagesAffectedBy(type: string, slug: string, locale?: string): Promise<string[]> {
    const key = `${type}:${slug.trim().toLowerCase()}`;
    const shown = (await this.pages()).filter((p) => p.dependencies.includes(key));
    const config = await this.locales();
    const codes =
      locale === undefined
        ? config.locales.map((l) => l.code)
        : config.locales.some((l) => l.code === locale)
          ? [locale]
          : [];
    const paths: string[] = [];
    for (const code of codes) {
      const prefix = code === config.default ? undefined : code;
      for (const page of shown)
        if (await this.publishes(prefix, page.ref))
          paths.push(localizedPath(pathOf(page.ref), prefix));
    }
    return paths;
  }

  async generatedFaqs(specialism: Specialism): Promise<GeneratedFaq[]> {
    const facts = await this.specialismFacts(specialism);
    return generatedFaqs({ specialism, ...facts }, this.text);
  }

  /** A specialism's roles and, most used first, their technologies, industries and hubs. */
  async specialismFacts(specialism: Specialism): Promise<SpecialismFacts> {
    const s = this.services.specialisms;
    const [roles, technologies, industries, hubs] = await Promise.all([
      s.roles(specialism),
      s.technologies(specialism),
      s.industries(specialism),
      s.hubs(specialism),
    ]);
    return { roles, technologies, industries, hubs };
  }

  private async refs(): Promise<PageRef[]> {
    const { specialisms, roles, skills, technologies, industries, hubs } = this.services;
    const refs: PageRef[] = [{ kind: 'home' }];
    for (const s of await specialisms.all()) {
      refs.push({ kind: 'specialism', slug: s.slug });
      refs.push({ kind: 'specialismFaq', slug: s.slug });
      refs.push({ kind: 'specialismComparison', slug: s.slug });
    }
    const listed = await this.listedRoles();
    for (const role of listed) refs.push({ kind: 'role', slug: role.slug });
    for (const role of listed) {
      for (const hub of await roles.hubs(role))
        refs.push({ kind: 'roleInHub', slug: role.slug, hub: hub.slug });
    }
    const taxonomy = [
      ['skill', skills, (n: Skill) => skills.roles(n)],
      ['technology', technologies, (n: Technology) => technologies.roles(n)],
      ['industry', industries, (n: Industry) => industries.roles(n)],
      ['hub', hubs, (n: Hub) => hubs.roles(n)],
    ] as const;
    for (const [kind, service, rolesOf] of taxonomy) {
      const nodes = await service.all();
      const withRoles = await Promise.all(nodes.map((n) => this.listed(rolesOf(n as never))));
      nodes.forEach((n, i) => {
        if (withRoles[i].length) refs.push({ kind, slug: n.slug } as PageRef);
      });
    }
    return refs;
  }

  /** Roles that belong to a specialism: the ones with pages. */
  private async listedRoles(): Promise<Role[]> {
    return this.listed(this.services.roles.all());
  }

  private async listed(roles: Promise<Role[]> | Role[]): Promise<Role[]> {
    const list = await roles;
    const specialisms = await Promise.all(list.map((r) => this.services.roles.specialisms(r)));
    return list.filter((_, i) => specialisms[i].length > 0);
  }

  private async build(ref: PageRef): Promise<Page | null> {
    const draft = new PageDraft(
      ref,
      this.site,
      this.text,
      this.locale,
      await this.scopeOf(this.locale),
    );
    const page = await this.buildIn(draft, ref);
    if (!page) return null;
    page.alternates = await this.alternates(ref);
    page.nav = [];
    for (const s of await this.services.specialisms.all()) {
      const target: PageRef = { kind: 'specialism', slug: s.slug };
      if (await this.publishes(this.locale, target))
        page.nav.push({ path: draft.pathTo(target), label: s.name });
    }
    return page;
  }

  private async buildIn(draft: PageDraft, ref: PageRef): Promise<Page | null> {
    switch (ref.kind) {
      case 'home':
        return this.home(draft);
      case 'specialism':
      case 'specialismFaq':
      case 'specialismComparison': {
        const specialism = await this.services.specialisms.bySlug(ref.slug);
        if (!specialism) return null;
        if (ref.kind === 'specialism') return this.specialism(draft, specialism);
        if (ref.kind === 'specialismFaq') return this.faq(draft, specialism);
        return this.comparison(draft, specialism);
      }
      case 'role':
      case 'roleInHub': {
        const role = await this.services.roles.bySlug(ref.slug);
        const home = role && (await this.services.roles.homeSpecialism(role));
        if (!role || !home) return null;
        if (ref.kind === 'role') return this.role(draft, role, home);
        const hub = (await this.services.roles.hubs(role)).find((h) => h.slug === ref.hub);
        return hub ? this.roleInHub(draft, role, home, hub) : null;
      }
      case 'skill':
      case 'technology':
      case 'industry':
      case 'hub':
        return this.taxonomy(draft, ref);
      default: {
        const unreachable: never = ref;
        throw new Error(`unknown page ${JSON.stringify(unreachable)}`);
      }
    }
  }

  private async home(draft: PageDraft): Promise<Page> {
    const specialisms: Specialism[] = [];
    // A locale's home page shows the specialisms it publishes.
    for (const s of await this.services.specialisms.all())
      if (await this.publishes(this.locale, { kind: 'specialism', slug: s.slug }))
        specialisms.push(s);
    const roles = await Promise.all(specialisms.map((s) => this.services.specialisms.roles(s)));
    draft.uses('specialism', ...specialisms);
    roles.forEach((list) => draft.uses('role', ...list));
    for (const s of specialisms) draft.link({ kind: 'specialism', slug: s.slug }, s.name);
    const t = this.text;
    const names = t.list(specialisms.map((s) => s.name));
    const breadcrumbs = draft.crumbs();
    return draft.finish({
      title: fitTitle(t.homeTitles(names), this.site.name),
      description: fit(t.homeDescription(this.site.name, names), MAX_DESCRIPTION),
      breadcrumbs,
      ogType: 'website',
      alternates: [],
      jsonLd: [
        ld.organization(this.site),
        ld.webSite(this.site),
        ld.itemList(
          t.specialismsList,
          specialisms.map((s) => ({
            name: s.name,
            url: draft.url(draft.pathTo({ kind: 'specialism', slug: s.slug })),
          })),
        ),
      ],
    });
  }

  private async specialism(draft: PageDraft, s: Specialism): Promise<Page> {
    const facts = await this.specialismFacts(s);
    const employers = await this.services.specialisms.featuredEmployers(s);
    draft.uses('specialism', s);
    draft.uses('role', ...facts.roles);
    draft.uses('technology', ...facts.technologies);
    draft.uses('industry', ...facts.industries);
    draft.uses('hub', ...facts.hubs);
    draft.uses('employer', ...employers);
    const text = this.text;
    draft.link({ kind: 'specialismComparison', slug: s.slug }, text.compareLink(s.name));
    draft.link({ kind: 'specialismFaq', slug: s.slug }, text.faqsLink(s.name));
    for (const role of facts.roles) draft.link({ kind: 'role', slug: role.slug }, role.name);
    for (const t of facts.technologies) draft.link({ kind: 'technology', slug: t.slug }, t.name);
    for (const i of facts.industries) draft.link({ kind: 'industry', slug: i.slug }, i.name);
    for (const h of facts.hubs) draft.link({ kind: 'hub', slug: h.slug }, h.city);
    const breadcrumbs = draft.crumbs([s.name, draft.ref]);
    return draft.finish({
      title: fitTitle(text.specialismTitles(s.name), this.site.name),
      description: fit(s.headline, MAX_DESCRIPTION),
      breadcrumbs,
      alternates: [],
      jsonLd: [
        ld.itemList(
          text.rolesOf(s.name),
          facts.roles.map((r) => ({
            name: r.name,
            url: draft.url(draft.pathTo({ kind: 'role', slug: r.slug })),
          })),
        ),
      ],
    });
  }

  private async faq(draft: PageDraft, s: Specialism): Promise<Page> {
    const authored = await this.services.specialisms.faqs(s);
    const facts = await this.specialismFacts(s);
    const generated = generatedFaqs({ specialism: s, ...facts }, this.text);
    const text = this.text;
    draft.uses('specialism', s);
    draft.uses('faq', ...authored);
    draft.uses('role', ...facts.roles);
    draft.uses('technology', ...facts.technologies);
    draft.uses('industry', ...facts.industries);
    draft.uses('hub', ...facts.hubs);
    draft.link({ kind: 'specialism', slug: s.slug }, s.name);
    draft.link({ kind: 'specialismComparison', slug: s.slug }, text.compareLink(s.name));
    for (const role of facts.roles) draft.link({ kind: 'role', slug: role.slug }, role.name);
    const entries = [...authored, ...generated].map((f) => ({
      question: f.question,
      answerHtml: markdownToHtml(f.answer),
    }));
    const breadcrumbs = draft.crumbs(
      [s.name, { kind: 'specialism', slug: s.slug }],
      [text.faqsCrumb, draft.ref],
    );
    return draft.finish({
      title: fitTitle(text.faqTitles(s.name), this.site.name),
      description: fit(
        text.faqDescription(
          s.name,
          authored
            .slice(0, 3)
            .map((f) => f.question)
            .join(' '),
        ),
        MAX_DESCRIPTION,
      ),
      breadcrumbs,
      alternates: [],
      jsonLd: [ld.faqPage(draft.url(draft.path), text.faqPageName(s.name), entries)],
    });
  }

  private async comparison(draft: PageDraft, s: Specialism): Promise<Page> {
    const roles = await this.services.specialisms.roles(s);
    const [skills, technologies] = await Promise.all([
      Promise.all(roles.map((r) => this.services.roles.skills(r))),
      Promise.all(roles.map((r) => this.services.roles.technologies(r))),
    ]);
    draft.uses('specialism', s);
    draft.uses('role', ...roles);
    skills.forEach((list) => draft.uses('skill', ...list));
    technologies.forEach((list) => draft.uses('technology', ...list));
    const text = this.text;
    draft.link({ kind: 'specialism', slug: s.slug }, s.name);
    for (const role of roles) draft.link({ kind: 'role', slug: role.slug }, role.name);
    draft.link({ kind: 'specialismFaq', slug: s.slug }, text.faqsLink(s.name));
    const names = roles.map((r) => r.name);
    const breadcrumbs = draft.crumbs(
      [s.name, { kind: 'specialism', slug: s.slug }],
      [text.compareCrumb, draft.ref],
    );
    return draft.finish({
      title: fitTitle(text.comparisonTitles(names[0] ?? s.name, s.name), this.site.name),
      description: fit(text.comparisonDescription(text.list(names)), MAX_DESCRIPTION),
      breadcrumbs,
      alternates: [],
      jsonLd: [
        ld.itemList(
          text.comparedList(s.name),
          roles.map((r) => ({
            name: r.name,
            url: draft.url(draft.pathTo({ kind: 'role', slug: r.slug })),
          })),
        ),
      ],
    });
  }

  /** What a role page and a role-in-hub page both show and link to. */
  private async roleParts(draft: PageDraft, role: Role) {
    const r = this.services.roles;
    const [skills, technologies, industries, hubs, related, faqs, specialisms] = await Promise.all([
      r.skills(role),
      r.technologies(role),
      r.industries(role),
      r.hubs(role),
      this.listed(r.relatedRoles(role)),
      r.faqs(role),
      r.specialisms(role),
    ]);
    draft.uses('role', role, ...related);
    draft.uses('skill', ...skills);
    draft.uses('technology', ...technologies);
    draft.uses('industry', ...industries);
    draft.uses('hub', ...hubs);
    draft.uses('faq', ...faqs);
    draft.uses('specialism', ...specialisms);
    return { skills, technologies, industries, hubs, related, faqs, specialisms };
  }

  private async role(draft: PageDraft, role: Role, home: Specialism): Promise<Page> {
    const parts = await this.roleParts(draft, role);
    for (const s of parts.specialisms) draft.link({ kind: 'specialism', slug: s.slug }, s.name);
    for (const k of parts.skills) draft.link({ kind: 'skill', slug: k.slug }, k.name);
    for (const t of parts.technologies) draft.link({ kind: 'technology', slug: t.slug }, t.name);
    for (const i of parts.industries) draft.link({ kind: 'industry', slug: i.slug }, i.name);
    for (const h of parts.hubs)
      draft.link(
        { kind: 'roleInHub', slug: role.slug, hub: h.slug },
        this.text.roleInHubLink(role.name, h.city),
      );
    for (const rel of parts.related) draft.link({ kind: 'role', slug: rel.slug }, rel.name);
    const breadcrumbs = draft.crumbs(
      [home.name, { kind: 'specialism', slug: home.slug }],
      [role.name, draft.ref],
    );
    const description = role.summary.includes(role.name)
      ? role.summary
      : `${role.name}: ${role.summary}`;
    return draft.finish({
      title: fitTitle(this.text.roleTitles(role.name), this.site.name),
      description: fit(description, MAX_DESCRIPTION),
      breadcrumbs,
      alternates: [],
      jsonLd: [
        ld.occupation({
          url: draft.url(draft.path),
          name: role.name,
          description: role.summary,
          skills: parts.skills.map((k) => k.name),
          responsibilities: role.responsibilities,
          hubs: parts.hubs,
          categories: parts.specialisms.map((s) => s.name),
          locale: this.text.lang,
        }),
      ],
    });
  }

  private async roleInHub(draft: PageDraft, role: Role, home: Specialism, hub: Hub): Promise<Page> {
    const parts = await this.roleParts(draft, role);
    const employers = await this.services.hubs.employers(hub);
    draft.uses('employer', ...employers);
    draft.link({ kind: 'role', slug: role.slug }, role.name);
    draft.link({ kind: 'hub', slug: hub.slug }, hub.city);
    for (const h of parts.hubs)
      draft.link(
        { kind: 'roleInHub', slug: role.slug, hub: h.slug },
        this.text.roleInHubLink(role.name, h.city),
      );
    for (const t of parts.technologies) draft.link({ kind: 'technology', slug: t.slug }, t.name);
    const country = this.text.country(hub.country);
    const breadcrumbs = draft.crumbs(
      [home.name, { kind: 'specialism', slug: home.slug }],
      [role.name, { kind: 'role', slug: role.slug }],
      [hub.city, draft.ref],
    );
    return draft.finish({
      title: fitTitle(this.text.roleInHubTitles(role.name, hub.city), this.site.name),
      description: fit(
        this.text.roleInHubDescription(role.name, hub.city, country, role.summary),
        MAX_DESCRIPTION,
      ),
      breadcrumbs,
      alternates: [],
      jsonLd: [
        ld.occupation({
          url: draft.url(draft.path),
          name: role.name,
          description: role.summary,
          skills: parts.skills.map((k) => k.name),
          responsibilities: role.responsibilities,
          hubs: [hub],
          categories: parts.specialisms.map((s) => s.name),
          locale: this.text.lang,
        }),
      ],
    });
  }

  private async taxonomy(
    draft: PageDraft,
    ref: Extract<PageRef, { kind: 'skill' | 'technology' | 'industry' | 'hub' }>,
  ): Promise<Page | null> {
    const { skills, technologies, industries, hubs } = this.services;
    let node: (NodeLike & { id: number }) | null;
    let name: string;
    let titles: string[];
    let about: string;
    let rolesOf: Promise<Role[]>;
    switch (ref.kind) {
      case 'skill': {
        const skill = await skills.bySlug(ref.slug);
        if (!skill) return null;
        [node, name, rolesOf] = [skill, skill.name, skills.roles(skill)];
        titles = this.text.skillTitles(name);
        about = `${name}${skill.description ? `: ${skill.description}` : '.'}`;
        break;
      }
      case 'technology': {
        const tech = await technologies.bySlug(ref.slug);
        if (!tech) return null;
        [node, name, rolesOf] = [tech, tech.name, technologies.roles(tech)];
        titles = this.text.technologyTitles(name);
        about = `${name}${tech.description ? `: ${tech.description}` : '.'}`;
        break;
      }
      case 'industry': {
        const industry = await industries.bySlug(ref.slug);
        if (!industry) return null;
        [node, name, rolesOf] = [industry, industry.name, industries.roles(industry)];
        titles = this.text.industryTitles(name);
        about = industry.description ?? `${name}.`;
        break;
      }
      case 'hub': {
        const hub = await hubs.bySlug(ref.slug);
        if (!hub) return null;
        [node, name, rolesOf] = [hub, hub.city, hubs.roles(hub)];
        titles = this.text.hubTitles(name, this.text.country(hub.country));
        about = `${this.text.hubAbout(name, this.text.country(hub.country))}${hub.remoteNotes ? ` ${hub.remoteNotes}` : ''}`;
        const employers = await hubs.employers(hub);
        draft.uses('employer', ...employers);
        break;
      }
    }
    const roles = await this.listed(rolesOf);
    if (!roles.length) return null;
    draft.uses(ref.kind, node);
    draft.uses('role', ...roles);
    // A hub's roles link to the role-in-hub pages; other pages link to the role pages.
    const targets = roles.map((role): PageRef =>
      ref.kind === 'hub'
        ? { kind: 'roleInHub', slug: role.slug, hub: ref.slug }
        : { kind: 'role', slug: role.slug },
    );
    roles.forEach((role, i) => draft.link(targets[i], role.name));
    const roleNames = this.text.list(roles.map((r) => r.name));
    const breadcrumbs = draft.crumbs([name, draft.ref]);
    const listName = ref.kind === 'hub' ? this.text.rolesHiredIn(name) : this.text.rolesFor(name);
    return draft.finish({
      title: fitTitle(titles, this.site.name),
      description: fit(
        this.text.taxonomyDescription(firstSentences(about, 100), roleNames),
        MAX_DESCRIPTION,
      ),
      breadcrumbs,
      alternates: [],
      jsonLd: [
        ld.itemList(
          listName,
          roles.map((r) => ({
            name: r.name,
            url: draft.url(draft.links.find((l) => l.label === r.name)!.path),
          })),
        ),
      ],
    });
  }
}
