import { Collection } from '@mikro-orm/core';
import { overlay } from '../common/overlay.js';

/**
 * A plain copy of an entity for the in-memory store (see `overlay`): its prototype and column
 * values with `changes` applied, without its collections, whose owner is the managed entity
 * (and through it the ORM's helper, change-tracking snapshot and the identity map). Reads of the
 * store never go through collections: links are kept apart.
 */
export function detached<T extends object>(entity: T, changes: Record<string, unknown>): T {
  return overlay(entity, changes, (value) => value instanceof Collection);
}
