/** `role` → `Role`: GraphQL type and mutation names are made from content type names. */
export function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The column holding a link's working value of a data field (`level` → `draftLevel`): set while
 * an edit to the owner waits for `publish`.
 */
export function draftColumn(field: string): string {
  return `draft${capitalize(field)}`;
}
