import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { canonical } from '../content/common/canonical.js';
import { PublicationStatus } from '../content/common/content-node.entity.js';
import {
  Employer,
  Hub,
  Role,
  RoleSkill,
  RoleTechnology,
  Skill,
  Technology,
  Vacancy,
  VacancyEmployer,
  VacancyHub,
  VacancyRole,
  VacancySkill,
  VacancyTechnology,
} from '../content/entities.js';
import { readLocaleConfig, bumpContentVersion } from '../content/read/content-state.entity.js';
import { VacancyStatus } from '../content/vacancy/vacancy.entity.js';
import { inTransaction } from '../db/transaction.js';
import { AuditEntry } from '../editorial/audit-entry.entity.js';
import { notifyVacancy, type VacancyPlace } from '../editorial/vacancy-events.js';
import { checkFeed, parseFeed, type FeedGraph, type FeedProblem, type FeedRecord } from './feed.js';

export interface ImportOptions {
  /** Close live feed vacancies that the feed no longer lists. */
  sync?: boolean;
  /** Work out and report the changes; write nothing. */
  dryRun?: boolean;
  /** The pay-transparency warning is an error. */
  strict?: boolean;
  /** Who imports, for the audit log and webhooks. @default 'feed' */
  actor?: string;
  /** The site's origin, for the URLs in webhook events. */
  siteUrl: string;
}

export interface ImportChange {
  action: 'create' | 'update' | 'unchanged' | 'close';
  id: string;
  slug: string;
}

export interface ImportResult {
  problems: FeedProblem[];
  changes: ImportChange[];
  /** Whether the database was changed (false with errors, with --dry-run, or with no change). */
  written: boolean;
}

/** What the published graph lets a feed name. */
async function readGraph(em: EntityManager): Promise<FeedGraph> {
  const published = { status: PublicationStatus.PUBLISHED };
  const slugsOf = async (
    entity: typeof Role | typeof Employer | typeof Skill | typeof Technology,
  ) => new Set((await em.find(entity, published, { fields: ['slug'] })).map((n) => n.slug));
  const hubs = await em.find(Hub, published);
  const linksOf = async (
    entity: typeof RoleSkill | typeof RoleTechnology,
    to: 'skill' | 'technology',
  ) => {
    const map = new Map<string, Set<string>>();
    const rows = await em.find(entity, { inPublished: true }, { populate: ['role', to] as never });
    for (const row of rows) {
      const r = row as unknown as { role: Role } & Record<string, { slug: string }>;
      let set = map.get(r.role.slug);
      if (!set) map.set(r.role.slug, (set = new Set()));
      set.add(r[to].slug);
    }
    return map;
  };
  const locales = await readLocaleConfig(em);
  return {
    roles: await slugsOf(Role),
    hubs: new Map(hubs.map((h) => [h.slug, { country: h.country }])),
    employers: await slugsOf(Employer),
    skills: await slugsOf(Skill),
    technologies: await slugsOf(Technology),
    roleSkills: await linksOf(RoleSkill, 'skill'),
    roleTechnologies: await linksOf(RoleTechnology, 'technology'),
    locales: new Set(locales.locales.filter((l) => l.code !== locales.default).map((l) => l.code)),
  };
}

/** Lowercase kebab-case, accents dropped, at most `max` characters on a word boundary. */
function kebab(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  return slug.slice(0, max).replace(/-[^-]*$/, '') || slug.slice(0, max);
}

/**
 * A new vacancy's slug: its title, its place (first hub, or "remote") and a short id from the
 * feed's id, e.g. `senior-mlops-engineer-london-3f9a2c`. Kept for life: a changed title does not
 * move the page.
 */
export function vacancySlug(title: string, place: string, externalId: string): string {
  const short = createHash('sha256').update(externalId).digest('hex').slice(0, 6);
  return `${kebab(`${title} ${place}`)}-${short}`;
}

/** The stored fields a feed record gives, as the entity keeps them. */
function fieldsOf(record: FeedRecord) {
  return {
    externalId: record.id,
    title: record.title,
    description: record.description,
    workplace: record.workplace,
    remoteCountries: record.remoteCountries,
    employmentType: record.employmentType,
    salary: record.salary ?? null,
    datePosted: record.datePosted,
    validThrough: record.validThrough ?? null,
    applyUrl: record.applyUrl ?? null,
  };
}

function linksOf(record: FeedRecord) {
  return {
    role: [record.role],
    hubs: record.hubs,
    employer: record.employer ? [record.employer] : [],
    skills: record.skills,
    technologies: record.technologies,
  };
}

const LINKS = [
  ['role', VacancyRole, Role, 'role'],
  ['hubs', VacancyHub, Hub, 'hub'],
  ['employer', VacancyEmployer, Employer, 'employer'],
  ['skills', VacancySkill, Skill, 'skill'],
  ['technologies', VacancyTechnology, Technology, 'technology'],
] as const;

type LinkLists = ReturnType<typeof linksOf>;

async function currentLinks(em: EntityManager, vacancy: Vacancy): Promise<LinkLists> {
  const out = {} as Record<keyof LinkLists, string[]>;
  for (const [key, entity, , prop] of LINKS) {
    const rows = await em.find(entity as never, { vacancy, inPublished: true } as never, {
      populate: [prop] as never,
      orderBy: { position: 'asc' } as never,
    });
    out[key] = (rows as Record<string, { slug: string }>[]).map((r) => r[prop].slug);
  }
  return out as LinkLists;
}

function placeOf(vacancy: Vacancy, links: LinkLists): VacancyPlace {
  return {
    slug: vacancy.slug,
    externalId: vacancy.externalId,
    state: vacancy.state,
    version: vacancy.version,
    role: links.role[0] ?? null,
    hubs: links.hubs,
    employer: links.employer[0] ?? null,
  };
}

/**
 * Imports a feed: checks every record (reporting every problem at once), then, if none is an
 * error, upserts the records by `id` in one transaction, published at once (the feed is their
 * source of truth), and with `sync` closes the live feed vacancies it no longer lists. Queues a
 * webhook event per changed vacancy and raises the content version, so every server rebuilds.
 */
export async function importFeed(
  em: EntityManager,
  source: string,
  options: ImportOptions,
): Promise<ImportResult> {
  const parsed = parseFeed(source);
  const graph = await readGraph(em.fork());
  const checked = checkFeed(parsed.records, graph, { strict: options.strict });
  const problems = [...parsed.problems, ...checked.problems].sort(
    (a, b) => a.index - b.index || a.field.localeCompare(b.field),
  );
  if (problems.some((p) => p.severity === 'error'))
    return { problems, changes: [], written: false };

  const actor = options.actor ?? 'feed';
  const changes: ImportChange[] = [];
  const write = async (tx: EntityManager) => {
    const ids = checked.valid.map((v) => v.record.id);
    const existing = new Map(
      (await tx.find(Vacancy, { externalId: { $in: ids } })).map((v) => [v.externalId!, v]),
    );
    const touched: {
      vacancy: Vacancy;
      before: LinkLists | null;
      after: LinkLists;
      reopened: boolean;
    }[] = [];
    for (const { record } of checked.valid) {
      const fields = fieldsOf(record);
      const links = linksOf(record);
      let vacancy = existing.get(record.id);
      const translations = record.translations ?? null;
      if (!vacancy) {
        const slug = vacancySlug(record.title, record.hubs[0] ?? 'remote', record.id);
        changes.push({ action: 'create', id: record.id, slug });
        if (options.dryRun) continue;
        vacancy = tx.create(Vacancy, {
          ...fields,
          slug,
          translations,
          state: VacancyStatus.LIVE,
          status: PublicationStatus.PUBLISHED,
          publishedAt: new Date(),
        } as never);
        touched.push({ vacancy, before: null, after: links, reopened: false });
        continue;
      }
      const before = await currentLinks(tx, vacancy);
      const same =
        canonical({ ...fieldsOf(record), translations }) ===
          canonical({
            ...Object.fromEntries(Object.keys(fields).map((k) => [k, (vacancy as never)[k]])),
            translations: vacancy.translations,
          }) &&
        canonical(before) === canonical(links) &&
        vacancy.state === VacancyStatus.LIVE &&
        vacancy.status === PublicationStatus.PUBLISHED &&
        vacancy.draft === null;
      changes.push({ action: same ? 'unchanged' : 'update', id: record.id, slug: vacancy.slug });
      if (same || options.dryRun) continue;
      const reopened = vacancy.state !== VacancyStatus.LIVE;
      Object.assign(vacancy, fields, {
        translations,
        draft: null,
        state: VacancyStatus.LIVE,
        status: PublicationStatus.PUBLISHED,
        publishedAt: new Date(),
      });
      touched.push({ vacancy, before, after: links, reopened });
    }
    const closed: { vacancy: Vacancy; links: LinkLists }[] = [];
    if (options.sync) {
      const listed = new Set(ids);
      const live = await tx.find(Vacancy, {
        externalId: { $ne: null },
        state: VacancyStatus.LIVE,
      });
      for (const vacancy of live) {
        if (listed.has(vacancy.externalId!)) continue;
        changes.push({ action: 'close', id: vacancy.externalId!, slug: vacancy.slug });
        if (options.dryRun) continue;
        vacancy.state = VacancyStatus.CLOSED;
        closed.push({ vacancy, links: await currentLinks(tx, vacancy) });
      }
    }
    if (options.dryRun || (touched.length === 0 && closed.length === 0)) return false;
    await tx.flush();
    for (const { vacancy, after } of touched) {
      for (const [key, entity, target, prop] of LINKS) {
        await tx.nativeDelete(entity as never, { vacancy } as never);
        const slugs = after[key];
        const nodes = new Map(
          (await tx.find(target as never, { slug: { $in: slugs } } as never)).map((n) => [
            (n as { slug: string }).slug,
            n,
          ]),
        );
        slugs.forEach((slug, position) =>
          tx.create(
            entity as never,
            {
              vacancy,
              [prop]: nodes.get(slug),
              position,
              draftPosition: position,
              inPublished: true,
              inDraft: true,
            } as never,
          ),
        );
      }
    }
    await tx.flush();
    for (const { vacancy, before, after, reopened } of touched) {
      // The pages it was on and is on now: a moved vacancy leaves its old hub's pages too.
      const place = placeOf(vacancy, after);
      if (before) place.hubs = [...new Set([...before.hubs, ...after.hubs])];
      await notifyVacancy(tx, actor, options.siteUrl, place, reopened ? 'reopened' : 'published');
    }
    for (const { vacancy, links } of closed)
      await notifyVacancy(tx, actor, options.siteUrl, placeOf(vacancy, links), 'closed');
    await bumpContentVersion(tx);
    tx.create(AuditEntry, {
      actor,
      operation: 'importVacancies',
      nodeType: 'vacancy',
      nodeSlug: null,
      details: {
        created: changes.filter((c) => c.action === 'create').length,
        updated: changes.filter((c) => c.action === 'update').length,
        closed: changes.filter((c) => c.action === 'close').length,
      },
    });
    return true;
  };
  const written = options.dryRun ? await write(em.fork()) : await inTransaction(em, write);
  return { problems, changes, written };
}
