import type { EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { NodeType } from '../content/model.js';

/**
 * Who changed each node last: the actor of the newest audit entry that names it (a token's name,
 * or a user's email). Lookups in one tick share one statement, whatever the list's length.
 * Null for a node no mutation has touched (only seed loads, which are not audited).
 */
export class LastChanges {
  private readonly loader: DataLoader<string, string | null>;

  constructor(em: EntityManager) {
    this.loader = new DataLoader(async (keys) => {
      const pairs = keys.map((k) => k.split(':') as [string, string]);
      const slugs = [...new Set(pairs.map(([, slug]) => slug))];
      // The newest entry per node: the largest id, as entries are numbered in order.
      const rows = (await em
        .fork()
        .getConnection()
        .execute(
          `select node_type, node_slug, actor from audit_entry where id in (select max(id) from audit_entry where node_slug in (${slugs.map(() => '?').join(', ')}) group by node_type, node_slug)`,
          slugs,
        )) as { node_type: string; node_slug: string; actor: string }[];
      const actors = new Map(rows.map((r) => [`${r.node_type}:${r.node_slug}`, r.actor]));
      return keys.map((k) => actors.get(k) ?? null);
    });
  }

  /** The actor of the last change to the node of `type` with `slug`, or null. */
  actorOf(type: NodeType, slug: string): Promise<string | null> {
    return this.loader.load(`${type}:${slug}`);
  }
}
