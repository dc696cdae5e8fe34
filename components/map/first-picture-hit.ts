import type { PictureFrame } from '@/lib/domain/map/first-picture';
import { HOUSE_NODE_ID } from '@/lib/domain/map/node-ids';

/** How near a click must fall to a node's middle to hit it, in the map's units (a node is 24–48 wide). */
const HIT_RADIUS = 26;

/**
 * The node under a click on the first picture's image: the picture is the SVG of `frame`, drawn
 * into `box` (scaled to fit and centred, as `object-fit: contain` does; a phone's picture fills
 * its box exactly). Null when no node of `candidates` is near enough.
 */
export function nodeAtPoint(frame: PictureFrame, box: DOMRect, point: { x: number; y: number }, candidates: readonly string[]): string | null {
  const scale = Math.min(box.width / frame.width, box.height / frame.height);
  const left = box.left + (box.width - frame.width * scale) / 2;
  const top = box.top + (box.height - frame.height * scale) / 2;
  const house = frame.drawn[HOUSE_NODE_ID] ?? { x: 0, y: 0 };
  // From the screen to the SVG's units, then to the map's (the SVG is the map moved, not scaled).
  const x = (point.x - left) / scale - frame.house.x + house.x;
  const y = (point.y - top) / scale - frame.house.y + house.y;
  let best: string | null = null;
  let nearest = HIT_RADIUS;
  for (const id of candidates) {
    const p = frame.drawn[id];
    if (!p) continue;
    const distance = Math.hypot(p.x - x, p.y - y);
    if (distance <= nearest) {
      best = id;
      nearest = distance;
    }
  }
  return best;
}
