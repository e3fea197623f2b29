import type { Hub, Industry, Role, Skill, Specialism, Technology } from '../content/entities.js';
import { DEFAULT_LOCALE, SINGLE_LOCALE, type LocaleConfig } from '../content/locales.js';
import type { Services } from '../content/services.js';
import { buildPage, type BuildContext, type SpecialismFacts } from './builders/index.js';
import { generatedFaqs, type GeneratedFaq } from './generated-faqs.js';
import { PageDraft, type SiteSettings } from './page-draft.js';
import type { Page, PageAlternate } from './page.types.js';
import { pageTextFor, type PageText } from './page-text.js';
import { localizedPath, parsePath, pathOf, subjectOf, type PageRef } from './paths.js';

export type { SiteSettings } from './page-draft.js';
export type { SpecialismFacts } from './builders/index.js';

/**
 * The page model: which pages exist, and for each its title, description, canonical URL, Open
 * Graph tags, breadcrumbs, internal links, JSON-LD and the nodes it depends on. Built from the
 * content services per request, so it reads through the same batch loaders as the API.
 *
 * Pages exist only where they can be reached: a role needs a specialism, a skill, technology,
 * industry or hub needs a role with a page, and a role-in-hub page needs the link. Each kind of
 * page has its builder in `builders/`; this class decides which pages exist in which locale.
 */
export class PageService {
  private readonly locale: string | undefined;
  private readonly text: PageText;
  private readonly scopes = new Map<string, Promise<Set<string>>>();
  /** What the builders are given: this page model's content, site, words and rules. */
  private readonly context: BuildContext;

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
    this.context = {
      services,
      site,
      text: this.text,
      publishes: (ref) => this.publishes(this.locale, ref),
      listed: (roles) => this.listed(roles),
      specialismFacts: (specialism) => this.specialismFacts(specialism),
    };
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
        // A locale has the job pages of the roles it publishes.
        add('vacancy', await this.services.vacancies.ofRole(role));
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
    const [facts, authored] = await Promise.all([
      this.specialismFacts(specialism),
      this.services.specialisms.faqs(specialism),
    ]);
    return generatedFaqs({ specialism, ...facts, authored }, this.text);
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
    // Jobs: the list, and every live vacancy whose role has a page. An expired or closed one
    // still answers at its path (410), but is no page of the site any more.
    refs.push({ kind: 'jobs' });
    const roleSlugs = new Set(listed.map((r) => r.slug));
    for (const v of await this.services.vacancies.inState()) {
      const role = await this.services.vacancies.role(v);
      if (role && roleSlugs.has(role.slug)) refs.push({ kind: 'job', slug: v.slug });
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
    const page = await buildPage(ref.kind, draft, ref, this.context);
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
}
