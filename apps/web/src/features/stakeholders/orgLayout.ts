/** Size of a card of the org chart and the gaps between cards, in pixels. */
export const CARD = { width: 232, height: 112, gapX: 28, gapY: 64 };

export type TreeItem = { id: string; parentId: string | null; order?: string };
export type Placed = { id: string; x: number; y: number; depth: number };

/**
 * A top-down tree layout: each contact sits centred above the span of its reports; roots (and anyone whose
 * manager is not on the chart) side by side. Pure; a loop in the data is cut where it is found.
 */
export function layoutTree(items: readonly TreeItem[], card = CARD): Placed[] {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string, TreeItem[]>();
  const roots: TreeItem[] = [];
  for (const item of items) {
    if (item.parentId && item.parentId !== item.id && ids.has(item.parentId)) {
      const list = children.get(item.parentId) ?? [];
      list.push(item);
      children.set(item.parentId, list);
    } else roots.push(item);
  }
  const byOrder = (a: TreeItem, b: TreeItem) => (a.order ?? a.id).localeCompare(b.order ?? b.id);
  for (const list of children.values()) list.sort(byOrder);
  roots.sort(byOrder);

  const placed: Placed[] = [];
  const seen = new Set<string>();
  const stepX = card.width + card.gapX;
  const stepY = card.height + card.gapY;

  /** Lays out the subtree from `left` (in card slots); returns how many slots it takes. */
  const place = (item: TreeItem, left: number, depth: number): number => {
    seen.add(item.id);
    const kids = (children.get(item.id) ?? []).filter((k) => !seen.has(k.id));
    let width = 0;
    const centres: number[] = [];
    for (const kid of kids) {
      const w = place(kid, left + width, depth + 1);
      centres.push(left + width + w / 2);
      width += w;
    }
    const span = Math.max(1, width);
    const centre =
      kids.length > 0 ? ((centres[0] ?? 0) + (centres[centres.length - 1] ?? 0)) / 2 : left + 0.5;
    placed.push({ id: item.id, x: (centre - 0.5) * stepX, y: depth * stepY, depth });
    return span;
  };

  let left = 0;
  for (const root of roots) left += place(root, left, 0);
  // Anyone not reached (only in a loop): a row of their own below the rest.
  const depth = placed.reduce((m, p) => Math.max(m, p.depth + 1), 0);
  let slot = 0;
  for (const item of items) {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      placed.push({ id: item.id, x: slot * stepX, y: depth * stepY, depth });
      slot += 1;
    }
  }
  return placed;
}
