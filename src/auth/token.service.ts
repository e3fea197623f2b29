import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { TokenRole, type Actor } from './actor.js';
import { ApiToken } from './token.entity.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  UnauthenticatedError,
} from '../errors/index.js';

/** `rg_<public id>_<secret>`: the public id finds the row, the secret proves possession. */
const TOKEN = /^rg_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

const hash = (secret: string) => createHash('sha256').update(secret).digest();
/** Compared against when no token row matches, so a miss takes as long as a hit. */
const DUMMY_HASH = hash('no such token');

export interface TokenInfo {
  id: number;
  name: string;
  role: TokenRole;
  createdAt: Date;
  revokedAt: Date | null;
}

function info(t: ApiToken): TokenInfo {
  return { id: t.id, name: t.name, role: t.role, createdAt: t.createdAt, revokedAt: t.revokedAt };
}

export class TokenService {
  constructor(private readonly em: EntityManager) {}

  /** Creates a token and returns it: the only time the full token is available. */
  async create(name: string, role: TokenRole): Promise<{ token: string; info: TokenInfo }> {
    const cleanName = name.trim();
    if (!/^[\w .@-]{1,64}$/.test(cleanName)) {
      throw new BadUserInputError('name: use 1 to 64 letters, digits, spaces and . _ @ -');
    }
    if (!Object.values(TokenRole).includes(role)) {
      throw new BadUserInputError(`role: must be one of ${Object.values(TokenRole).join(', ')}`);
    }
    const em = this.em.fork();
    if (await em.findOne(ApiToken, { name: cleanName })) {
      throw new ConflictError(`a token named "${cleanName}" already exists`);
    }
    const publicId = randomBytes(8).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const token = em.create(ApiToken, {
      name: cleanName,
      publicId,
      secretHash: hash(secret).toString('hex'),
      role,
    });
    await em.flush();
    return { token: `rg_${publicId}_${secret}`, info: info(token) };
  }

  async list(): Promise<TokenInfo[]> {
    const tokens = await this.em.fork().find(ApiToken, {}, { orderBy: { id: 'asc' } });
    return tokens.map(info);
  }

  /** Revokes a token by name (or id); it is refused from then on. */
  async revoke(nameOrId: string): Promise<TokenInfo> {
    const em = this.em.fork();
    const where = /^\d+$/.test(nameOrId) ? { id: Number(nameOrId) } : { name: nameOrId };
    const token = await em.findOne(ApiToken, where);
    if (!token) throw new NotFoundError(`no token "${nameOrId}"`);
    token.revokedAt ??= new Date();
    await em.flush();
    return info(token);
  }

  /**
   * The actor a bearer token stands for. Throws UNAUTHENTICATED for anything else: malformed,
   * unknown or revoked. The secret is compared in constant time.
   */
  async authenticate(bearer: string): Promise<Actor> {
    const match = TOKEN.exec(bearer.trim());
    const row = match ? await this.em.fork().findOne(ApiToken, { publicId: match[1] }) : null;
    const presented = hash(match?.[2] ?? '');
    const stored = row ? Buffer.from(row.secretHash, 'hex') : DUMMY_HASH;
    const equal = timingSafeEqual(presented, stored);
    if (!row || !equal) throw new UnauthenticatedError('the token is not valid');
    if (row.revokedAt) throw new UnauthenticatedError('the token has been revoked');
    return { kind: 'token', name: row.name, role: row.role };
  }
}
