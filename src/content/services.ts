import type { EntityManager } from '@mikro-orm/core';
import { createLinks } from './links.js';
import { DbReader } from './read/db-reader.js';
import type { ReadRecorder } from './read/reader.js';
import type { ContentStore } from './read/store.js';
import { StoreReader } from './read/store-reader.js';
import { LocalizingReader } from './read/localizing-reader.js';
import { PUBLIC, type Visibility } from './common/visibility.js';
import { ComparisonService } from './comparison/comparison.service.js';
import { EmployerService } from './employer/employer.service.js';
import { FaqService } from './faq/faq.service.js';
import { HubService } from './hub/hub.service.js';
import { IndustryService } from './industry/industry.service.js';
import { RoleService } from './role/role.service.js';
import { SkillService } from './skill/skill.service.js';
import { SpecialismService } from './specialism/specialism.service.js';
import { TechnologyService } from './technology/technology.service.js';
import { VacancyService } from './vacancy/vacancy.service.js';

/**
 * Builds the content services for one request (or one CLI run) on its own EntityManager, for
 * one reader: the public (the default) or preview.
 */
export interface ServiceOptions {
  /** The published graph in memory: public reads come from it (no SQL) when given. */
  store?: ContentStore | null;
  /** Where reads are noted, for cache tags. */
  recorder?: ReadRecorder;
  /** Read every node in this locale, through its chain (absent: the default locale). */
  locale?: { code: string; chain: readonly string[] };
  /**
   * The app's clock: a vacancy is live until its `validThrough` passes by it (the app's `now`
   * option, which tests move). @default the system clock
   */
  now?: () => Date;
}

/**
 * Notes each read twice: as itself (the default text, which every locale falls back to) and
 * for the locale (`role:x@de-DE`), so a change to one locale's text drops only that locale's
 * cached answers, and a change to the default text drops them all.
 */
class LocaleRecorder extends Set<string> {
  constructor(
    private readonly target: Set<string>,
    private readonly locale: string,
  ) {
    super();
  }

  override add(tag: string): this {
    this.target.add(tag);
    this.target.add(`${tag}@${this.locale}`);
    return this;
  }
}

const systemNow = () => new Date();

export function createServices(
  /** The request's EntityManager, or how to make it (a reader of the store never needs one). */
  em: EntityManager | (() => EntityManager),
  visibility: Visibility = PUBLIC,
  options: ServiceOptions = {},
) {
  const { locale } = options;
  const recorder =
    locale && options.recorder
      ? new LocaleRecorder(options.recorder, locale.code)
      : options.recorder;
  const source =
    !visibility.preview && options.store
      ? new StoreReader(options.store, recorder)
      : new DbReader(typeof em === 'function' ? em() : em, visibility, recorder);
  const reader = locale ? new LocalizingReader(source, locale.code, locale.chain) : source;
  const deps = { reader, links: createLinks(reader), visibility, now: options.now ?? systemNow };
  const roles = new RoleService(deps);
  return {
    visibility,
    specialisms: new SpecialismService(deps),
    roles,
    skills: new SkillService(deps),
    technologies: new TechnologyService(deps),
    industries: new IndustryService(deps),
    hubs: new HubService(deps),
    employers: new EmployerService(deps),
    faqs: new FaqService(deps),
    vacancies: new VacancyService(deps),
    comparisons: new ComparisonService(roles),
  };
}

export type Services = ReturnType<typeof createServices>;
