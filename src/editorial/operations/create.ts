import { z } from 'zod';
import { requireRole, TokenRole } from '../../auth/actor.js';
import { PublicationStatus } from '../../content/common/content-node.entity.js';
import { capitalize } from '../../content/common/names.js';
import { nodeFields, slug as slugSchema } from '../../content/fields.js';
import { nodeModels, type NodeType } from '../../content/model.js';
import { nodeRepository } from '../../content/node-repository.js';
import { BadUserInputError, fromZod } from '../../errors/index.js';
import { stateOf, type NodeState } from '../working-copy.js';
import { change, type EditorialContext } from './change.js';

/** Creates a node as a draft: preview shows it, the public sees it once it is published. */
export async function createNode(
  ctx: EditorialContext,
  type: NodeType,
  input: Record<string, unknown>,
): Promise<NodeState> {
  const operation = `create${capitalize(type)}`;
  // Check access: before the input, so a caller without the role learns nothing from it.
  requireRole(ctx.actor, TokenRole.EDITOR, operation);

  // Validate
  const parsed = z.strictObject({ slug: slugSchema, ...nodeFields[type] }).safeParse({ ...input });
  if (!parsed.success) throw fromZod(parsed.error.issues);
  const { slug, ...fields } = parsed.data as Record<string, unknown> & { slug: string };

  return change(ctx, operation, { type, slug }, async (tx) => {
    const nodes = nodeRepository(tx, type);
    // Read
    if (await nodes.findOne({ slug })) {
      throw new BadUserInputError(`input.slug: a ${type} with slug "${slug}" already exists`, {
        field: 'input.slug',
      });
    }
    // Change
    const values: Record<string, unknown> = { slug, status: PublicationStatus.DRAFT };
    for (const f of nodeModels[type].fields) values[f] = fields[f] ?? null;
    const node = nodes.create(values);
    await tx.flush();
    // Record (the audit entry, in `change`)
    return { result: stateOf(type, node) };
  });
}
