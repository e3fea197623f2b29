import { requireRole, TokenRole } from '../../auth/actor.js';
import { PublicationStatus } from '../../content/common/content-node.entity.js';
import { linkModels, type LinkKind, type NodeType } from '../../content/model.js';
import { nodeRepository } from '../../content/node-repository.js';
import { draftColumn } from '../../content/common/names.js';
import { badInput } from '../../errors/index.js';
import { pathOf, type PageKind } from '../../pages/paths.js';
import { TITLE_FIELDS } from '../content-model.js';
import { linkedFrom, ownedKinds, ownerOf, rowsOf, targetOf } from '../link-rows.js';
import {
  findNode,
  stateOf,
  working,
  workingTranslations,
  type NodeState,
} from '../working-copy.js';
import type { EditorialContext } from './change.js';

/** A node's working version as a form shows it. */
export interface EditableNode extends NodeState {
  title: string;
  /** The path of its own page in the default locale (`/roles/x/`), if its type has pages. */
  pagePath: string | null;
  updatedAt: Date;
  /** Its fields, the pending draft laid over the columns. */
  fields: Record<string, unknown>;
  /** Its text in other locales, by locale then field (the pending draft's, if any). */
  translations: Record<string, Record<string, unknown>>;
  /** Each list it owns, in working order. */
  links: EditableLinkList[];
  /** The nodes whose lists hold it (a role's specialisms: the comparison tables it is in). */
  linkedFrom: (EditableLink & { kind: LinkKind })[];
}

export interface EditableLinkList {
  kind: LinkKind;
  items: EditableLink[];
}

export interface EditableLink {
  type: NodeType;
  slug: string;
  title: string;
  /** What the edge carries (a skill's `level` as CORE or SUPPORTING; a role's `primary`). */
  data: Record<string, unknown>;
}

/** What a list of nodes shows: their name and state. */
export interface NodeSummary extends NodeState {
  title: string;
  updatedAt: Date;
  /** The field lists of this type are filtered by, and its value (see `GROUP_FIELDS`). */
  group: { field: string; value: string } | null;
}

/** The field each type's list can be filtered by: a skill's category, a hub's region, … */
const GROUP_FIELDS: Partial<Record<NodeType, string>> = {
  skill: 'category',
  technology: 'category',
  hub: 'region',
  employer: 'kind',
};

const groupOf = (type: NodeType, fields: Record<string, unknown>) => {
  const field = GROUP_FIELDS[type];
  const value = field ? fields[field] : null;
  return field && typeof value === 'string' && value ? { field, value } : null;
};

/** Which nodes an editors' list shows. */
export type WorkingStatus = 'DRAFT' | 'PUBLISHED' | 'CHANGED';

const titleOf = (type: NodeType, fields: Record<string, unknown>): string =>
  String(fields[TITLE_FIELDS[type] ?? 'name'] ?? '');

/** An edge's data as the API writes it: enum values in capitals. */
const edgeValue = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value);

/** Types with a page of their own: its kind. */
const PAGE_KINDS: Partial<Record<NodeType, PageKind>> = {
  specialism: 'specialism',
  role: 'role',
  skill: 'skill',
  technology: 'technology',
  industry: 'industry',
  hub: 'hub',
};

/** A node's working version with its lists, for an editor's form (viewer). Reads only. */
export async function readForEditing(
  ctx: EditorialContext,
  type: NodeType,
  slug: string,
): Promise<EditableNode> {
  // Check access
  requireRole(ctx.actor, TokenRole.VIEWER, 'editorNode');
  // Read
  const em = ctx.em.fork();
  const node = await findNode(em, type, slug);
  const fields = working(type, node);
  const links: EditableLinkList[] = [];
  for (const kind of ownedKinds(type)) {
    const model = linkModels[kind];
    const rows = (await rowsOf(em, kind, node)).filter((r) => r.inDraft);
    links.push({
      kind,
      items: rows.map((row) => {
        const target = targetOf(kind, row);
        const targetType = model.to[1];
        return {
          type: targetType,
          slug: target.slug,
          title: titleOf(targetType, working(targetType, target)),
          data: Object.fromEntries(
            model.data.map((f) => [f, edgeValue(row[draftColumn(f)] ?? row[f])]),
          ),
        };
      }),
    });
  }
  const incoming = (await linkedFrom(em, type, node))
    .filter(({ row }) => row.inDraft)
    .map(({ type: from, relation, row }) => {
      const owner = ownerOf(relation, row);
      return {
        kind: relation,
        type: from,
        slug: owner.slug,
        title: titleOf(from, working(from, owner)),
        data: {},
      };
    });
  return {
    ...stateOf(type, node),
    linkedFrom: incoming,
    title: titleOf(type, fields),
    pagePath: PAGE_KINDS[type]
      ? pathOf({ kind: PAGE_KINDS[type], slug: node.slug } as Parameters<typeof pathOf>[0])
      : null,
    updatedAt: node.updatedAt,
    fields,
    translations: workingTranslations(node),
    links,
  };
}

/** How an editors' list is sorted: by name, or last changed first. */
export type EditorOrder = 'NAME' | 'UPDATED';

/** Every node of a type for the editors' lists (viewer): filtered, sorted, read once. */
export async function listForEditing(
  ctx: EditorialContext,
  type: NodeType,
  options: { status?: WorkingStatus | null; query?: string | null; orderBy?: EditorOrder | null },
): Promise<NodeSummary[]> {
  // Check access
  requireRole(ctx.actor, TokenRole.VIEWER, 'editorNodes');
  const query = options.query?.trim().toLocaleLowerCase() ?? '';
  if (query.length > 200) throw badInput('query', 'must be at most 200 characters');
  // Read
  const nodes = await nodeRepository(ctx.em.fork(), type).find({});
  const summaries = nodes.map((node) => {
    const fields = working(type, node);
    return {
      ...stateOf(type, node),
      title: titleOf(type, fields),
      updatedAt: node.updatedAt,
      group: groupOf(type, fields),
    };
  });
  const wanted = summaries.filter((s) => {
    if (query && !s.title.toLocaleLowerCase().includes(query) && !s.slug.includes(query))
      return false;
    switch (options.status) {
      case 'DRAFT':
        return s.status !== PublicationStatus.PUBLISHED;
      case 'PUBLISHED':
        return s.status === PublicationStatus.PUBLISHED && !s.hasUnpublishedChanges;
      case 'CHANGED':
        return s.status === PublicationStatus.PUBLISHED && s.hasUnpublishedChanges;
      default:
        return true;
    }
  });
  const byName = (a: NodeSummary, b: NodeSummary) =>
    a.title.localeCompare(b.title, 'en') || a.slug.localeCompare(b.slug);
  return wanted.sort(
    options.orderBy === 'UPDATED'
      ? (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || byName(a, b)
      : byName,
  );
}
