import { ForbiddenError, UnauthenticatedError } from '../errors/index.js';

/** What a token or a user may do; each role includes the ones before it. */
export enum TokenRole {
  VIEWER = 'viewer',
  EDITOR = 'editor',
  ADMIN = 'admin',
}

const RANK: Record<TokenRole, number> = { viewer: 1, editor: 2, admin: 3 };

/** The holder of a named API token. */
export interface TokenActor {
  kind: 'token';
  name: string;
  role: TokenRole;
}

/** A signed-in user (a session cookie): named by their email, with the same roles as tokens. */
export interface UserActor {
  kind: 'user';
  /** The user's email, as the audit log names them. */
  name: string;
  role: TokenRole;
  userId: number;
  /** The session the request came with. */
  sessionId: number;
}

/** Who is making a request: the public, the holder of a named token, or a signed-in user. */
export type Actor = { kind: 'public' } | TokenActor | UserActor;

export const PUBLIC_ACTOR: Actor = { kind: 'public' };

/** Whether the actor holds a role (a token or a signed-in user): the same powers for both. */
export function hasRole(actor: Actor): actor is TokenActor | UserActor {
  return actor.kind === 'token' || actor.kind === 'user';
}

export function actorName(actor: Actor): string {
  return hasRole(actor) ? actor.name : 'public';
}

/**
 * Throws unless the actor holds at least `role`: UNAUTHENTICATED without a token or a session,
 * FORBIDDEN with one whose role is too low.
 */
export function requireRole(actor: Actor, role: TokenRole, action: string): void {
  if (!hasRole(actor)) {
    throw new UnauthenticatedError(
      `${action} needs a token (Authorization: Bearer …) or a signed-in user`,
    );
  }
  if (RANK[actor.role] < RANK[role]) {
    throw new ForbiddenError(
      `${action} needs the ${role} role; "${actor.name}" is a ${actor.role}`,
    );
  }
}
