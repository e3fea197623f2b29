/**
 * What a role borrowed from another specialism brings to the borrowing one. A specialism's
 * aggregates (technologies, industries, hubs, and the FAQ answers generated from them) come from
 * its own roles — those in its folder, and its primary role. A borrowed role adds only what it
 * shares with them, plus what the editor lists on the link (`contributes`), so a role's links made
 * for its home specialism do not pour into every specialism that compares it.
 */

export const CONTRIBUTION_KINDS = ['technologies', 'industries', 'hubs'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export type Contributions = Partial<Record<ContributionKind, string[]>>;

/** The stored `contributes` text of a specialism–role link, read back; {} when none. */
export function parseContributions(stored: string | null | undefined): Contributions {
  if (!stored) return {};
  const parsed = JSON.parse(stored) as Contributions;
  return parsed;
}

/**
 * The nodes a specialism's role counts with: all of them for an own role; for a borrowed one,
 * those an own role also links, or that the link lists.
 */
export function counted<T extends { slug: string }>(
  nodes: T[],
  own: boolean,
  ownSlugs: ReadonlySet<string>,
  listed: readonly string[] = [],
): T[] {
  if (own) return nodes;
  return nodes.filter((n) => ownSlugs.has(n.slug) || listed.includes(n.slug));
}
