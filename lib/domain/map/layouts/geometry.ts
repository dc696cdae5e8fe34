/** An axis-aligned box in model units. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Point {
  x: number;
  y: number;
}

export function boxAround(x: number, y: number, w: number, h: number): Box {
  return { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 };
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

export function unionBox(boxes: readonly Box[]): Box {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const b of boxes) {
    if (b.x1 < x1) x1 = b.x1;
    if (b.y1 < y1) y1 = b.y1;
    if (b.x2 > x2) x2 = b.x2;
    if (b.y2 > y2) y2 = b.y2;
  }
  return { x1, y1, x2, y2 };
}

const CELL = 64;

/**
 * Boxes in a grid of buckets, so "does this box hit anything placed?" looks at a few neighbours
 * instead of every box: placing 150 nodes stays a few milliseconds.
 */
export class BoxIndex {
  private readonly cells = new Map<number, { box: Box; owner: string }[]>();
  private readonly owned = new Map<string, Set<number>>();

  private *keys(b: Box): Generator<number> {
    const cx1 = Math.floor(b.x1 / CELL);
    const cx2 = Math.floor(b.x2 / CELL);
    const cy1 = Math.floor(b.y1 / CELL);
    const cy2 = Math.floor(b.y2 / CELL);
    for (let cx = cx1; cx <= cx2; cx += 1) for (let cy = cy1; cy <= cy2; cy += 1) yield (cx + 4096) * 8192 + (cy + 4096);
  }

  add(box: Box, owner: string): void {
    const keys = this.owned.get(owner) ?? new Set<number>();
    this.owned.set(owner, keys);
    for (const key of this.keys(box)) {
      keys.add(key);
      const cell = this.cells.get(key);
      if (cell) cell.push({ box, owner });
      else this.cells.set(key, [{ box, owner }]);
    }
  }

  /** Takes out every box of one owner. */
  remove(owner: string): void {
    for (const key of this.owned.get(owner) ?? []) {
      const cell = this.cells.get(key);
      if (cell)
        this.cells.set(
          key,
          cell.filter((item) => item.owner !== owner),
        );
    }
    this.owned.delete(owner);
  }

  /** True when `box` (grown by `gap`) meets a box of another owner. */
  hits(box: Box, owner: string, gap = 0): boolean {
    const x1 = box.x1 - gap;
    const y1 = box.y1 - gap;
    const x2 = box.x2 + gap;
    const y2 = box.y2 + gap;
    const cx2 = Math.floor(x2 / CELL);
    const cy1 = Math.floor(y1 / CELL);
    const cy2 = Math.floor(y2 / CELL);
    for (let cx = Math.floor(x1 / CELL); cx <= cx2; cx += 1) {
      for (let cy = cy1; cy <= cy2; cy += 1) {
        const cell = this.cells.get((cx + 4096) * 8192 + (cy + 4096));
        if (!cell) continue;
        for (const item of cell) {
          const b = item.box;
          if (x1 < b.x2 && b.x1 < x2 && y1 < b.y2 && b.y1 < y2 && item.owner !== owner) return true;
        }
      }
    }
    return false;
  }

  /** Total overlapping area with boxes of other owners: how bad a forced placement is. */
  overlapArea(box: Box, owner: string): number {
    const seen = new Set<Box>();
    let area = 0;
    for (const key of this.keys(box)) {
      for (const item of this.cells.get(key) ?? []) {
        if (item.owner === owner || seen.has(item.box) || !overlaps(box, item.box)) continue;
        seen.add(item.box);
        area += (Math.min(box.x2, item.box.x2) - Math.max(box.x1, item.box.x1)) * (Math.min(box.y2, item.box.y2) - Math.max(box.y1, item.box.y1));
      }
    }
    return area;
  }
}
