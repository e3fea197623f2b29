import { ForbiddenError, UnauthenticatedError } from '../errors/index.js';

/** What a token may do; each role includes the ones before it. */
export enum TokenRole {
  VIEWER = 'viewer',
  EDITOR = 'editor',
  ADMIN = 'admin',
}

const RANK: Record<TokenRole, number> = { viewer: 1, editor: 2, admin: 3 };

/** Who is making a request: the public, or the holder of a named token. */
export type Actor = { kind: 'public' } | { kind: 'token'; name: string; role: TokenRole };

export const PUBLIC_ACTOR: Actor = { kind: 'public' };

export function actorName(actor: Actor): string {
  return actor.kind === 'token' ? actor.name : 'public';
}

/**
 * Throws unless the actor holds at least `role`: UNAUTHENTICATED without a token, FORBIDDEN
 * with a token whose role is too low.
 */
export function requireRole(actor: Actor, role: TokenRole, action: string): void {
  if (actor.kind !== 'token') {
    throw new UnauthenticatedError(`${action} needs a token (Authorization: Bearer …)`);
  }
  if (RANK[actor.role] < RANK[role]) {
    throw new ForbiddenError(
      `${action} needs a token with the ${role} role; "${actor.name}" is a ${actor.role}`,
    );
  }
}
