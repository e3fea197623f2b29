import { z } from 'zod';
import { requireRole, TokenRole } from '../../auth/actor.js';
import { canonical } from '../../content/common/canonical.js';
import { capitalize } from '../../content/common/names.js';
import { nodeFields } from '../../content/fields.js';
import type { NodeType } from '../../content/model.js';
import { BadUserInputError, fromZod } from '../../errors/index.js';
import {
  checkVersion,
  findNode,
  setWorking,
  stateOf,
  working,
  type NodeState,
} from '../working-copy.js';
import { change, type EditorialContext } from './change.js';

/**
 * The fields an update changes, validated: only those given (zod would fill defaults for the
 * others), and null for a field that may be empty clears it (optional text to null, a list to []).
 */
function changesFrom(type: NodeType, input: Record<string, unknown>): Record<string, unknown> {
  const shape = nodeFields[type] as unknown as Record<string, z.ZodType>;
  const given = Object.fromEntries(Object.entries({ ...input }).filter(([, v]) => v !== undefined));
  const cleared: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    if (value !== null || !(key in shape)) continue;
    const empty = shape[key].safeParse(undefined);
    if (!empty.success) {
      throw new BadUserInputError(`input.${key}: cannot be null; it is required`, {
        field: `input.${key}`,
      });
    }
    cleared[key] = empty.data ?? null;
    delete given[key];
  }
  const parsed = z.strictObject(shape).partial().safeParse(given);
  if (!parsed.success) throw fromZod(parsed.error.issues);
  const parsedData = parsed.data as Record<string, unknown>;
  const changes: Record<string, unknown> = { ...cleared };
  for (const key of Object.keys(given)) changes[key] = parsedData[key];
  if (Object.keys(changes).length === 0) {
    throw new BadUserInputError('input: give at least one field to change', {
      field: 'input',
    });
  }
  return changes;
}

/**
 * Changes a node's fields. A published node keeps showing its published version until
 * `publish`; the change waits in its draft.
 */
export async function updateNode(
  ctx: EditorialContext,
  type: NodeType,
  slug: string,
  version: number,
  input: Record<string, unknown>,
): Promise<NodeState> {
  const operation = `update${capitalize(type)}`;
  // Check access: before the input, so a caller without the role learns nothing from it.
  requireRole(ctx.actor, TokenRole.EDITOR, operation);

  // Validate
  const changes = changesFrom(type, input);

  return change(ctx, operation, { type, slug }, async (tx) => {
    // Read
    const node = await findNode(tx, type, slug);
    checkVersion(type, node, version);
    // Change
    const before = working(type, node);
    const changed = Object.keys(changes).filter(
      (k) => canonical(before[k]) !== canonical(changes[k]),
    );
    setWorking(tx, type, node, changes);
    await tx.flush();
    // Record
    return { result: stateOf(type, node), details: { fields: changed } };
  });
}
