/**
 * Would pointing `id` at `newParent` close a loop? Walks up from the new parent; `parentOf` returns the
 * current parent of any node (or null at the top). Used for line managers now, contacts' reports-to later.
 */
export function wouldCreateCycle(
  id: string,
  newParent: string | null,
  parentOf: (node: string) => string | null | undefined,
): boolean {
  const seen = new Set<string>();
  let node: string | null | undefined = newParent;
  while (node !== null && node !== undefined) {
    if (node === id) return true;
    if (seen.has(node)) return true; // an existing loop: refuse rather than walk forever
    seen.add(node);
    node = parentOf(node);
  }
  return false;
}
