/**
 * Global object ids (Relay): one opaque string names any node of any type. It is the base64 of
 * `<GraphQL type>:<slug>` ("Technology:kubernetes" → "VGVjaG5vbG9neTprdWJlcm5ldGVz"), as
 * graphql-relay writes them: the slug is what links and URLs use, so an id is the same after a
 * restart, on another instance, on SQLite or PostgreSQL, and after an export and a fresh load —
 * unlike a database key. Clients must treat it as opaque; it is not a secret.
 */

/** The id of the node of GraphQL type `typeName` with `slug`. */
export function toGlobalId(typeName: string, slug: string): string {
  return Buffer.from(`${typeName}:${slug}`, 'utf8').toString('base64');
}

/** Longest id worth decoding: a type name and the longest slug a lookup accepts, in base64. */
const MAX_ID_LENGTH = 400;
const DECODED = /^([A-Z][A-Za-z]*):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * The type name and slug an id names, or null when the string is not an id this API issues
 * (such a string names no node, as an unknown slug does).
 */
export function fromGlobalId(id: string): { typeName: string; slug: string } | null {
  if (id.length > MAX_ID_LENGTH) return null;
  const text = Buffer.from(id, 'base64').toString('utf8');
  const parts = DECODED.exec(text);
  // Node's decoder skips characters outside the alphabet: only the exact encoding counts.
  if (!parts || toGlobalId(parts[1], parts[2]) !== id) return null;
  return { typeName: parts[1], slug: parts[2] };
}
