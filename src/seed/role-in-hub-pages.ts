import type { ContentSet } from './content-set.js';

/** How many role-in-hub pages a content set makes, and why each indexable one is. */
export interface RoleInHubCount {
  total: number;
  /** Indexable: a live vacancy for the role in the hub. */
  withVacancy: number;
  /** Indexable: a note written for the role in the hub (and no live vacancy). */
  withNote: number;
  /** `noindex, follow`, canonical on the role page, out of the sitemap. */
  thin: number;
}

/**
 * Counts the role-in-hub pages (`/roles/<role>/<hub>/`, for every role in a specialism and each
 * of its hubs) and how many are indexable: those with a live vacancy (`live`: `role/hub` pairs,
 * from the database) or a note for the hub. The same rule as the page model's.
 */
export function countRoleInHubPages(
  content: ContentSet,
  live: ReadonlySet<string> = new Set(),
): RoleInHubCount {
  const listed = new Set(content.links.filter((l) => l.kind === 'specialismRole').map((l) => l.to));
  const notes = new Map(
    content.nodes
      .filter((n) => n.type === 'role')
      .map((n) => [n.slug, (n.fields.hubNotes ?? {}) as Record<string, string>]),
  );
  const count: RoleInHubCount = { total: 0, withVacancy: 0, withNote: 0, thin: 0 };
  for (const link of content.links) {
    if (link.kind !== 'roleHub' || !listed.has(link.from)) continue;
    count.total++;
    if (live.has(`${link.from}/${link.to}`)) count.withVacancy++;
    else if (notes.get(link.from)?.[link.to]) count.withNote++;
    else count.thin++;
  }
  return count;
}

/** The lines `check` prints about them. */
export function describeRoleInHubPages(count: RoleInHubCount, vacanciesRead: boolean): string[] {
  const indexable = count.withVacancy + count.withNote;
  return [
    `Role-in-hub pages: ${count.total}, of which ${indexable} indexable (${count.withVacancy} with a live vacancy, ${count.withNote} with a hub note) and ${count.thin} noindex (nothing of their own: canonical on the role page, out of the sitemap).`,
    ...(vacanciesRead
      ? []
      : [
          'Vacancies live in the database, not in the seed folder: `check --vacancies` counts those too.',
        ]),
  ];
}
