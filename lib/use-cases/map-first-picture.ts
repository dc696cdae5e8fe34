import 'server-only';
import { createHash } from 'node:crypto';
import { networkFirstPicture, type FirstPicture, type FirstPictureView } from '../domain/map/first-picture';
import type { LayoutName, Positions } from '../domain/map/layouts';
import { trimForMap } from '../domain/map/trim-for-map';
import type { SessionUser } from '../domain/actor';
import type { HouseNetwork } from '../domain/house-network';
import { readArrangements } from './arrangements';
import { getHouseMap } from './house-map';

/** Pictures kept: a few per house for the houses viewed lately. */
const MAX_PICTURES = 128;

interface Kept {
  key: string;
  picture: FirstPicture;
}

declare global {
  var __netwerkkaartFirstPictures: Map<string, Kept> | undefined;
}

/** Hashes of networks that cannot change (frozen: kept under a commit stamp), by identity. */
const hashOfFrozen = new WeakMap<HouseNetwork, string>();

/** A hash of everything in a network; for a kept (frozen) network computed once, not on every view. */
function networkHash(network: HouseNetwork): string {
  const known = hashOfFrozen.get(network);
  if (known) return known;
  const hash = createHash('sha256').update(JSON.stringify(network)).digest('base64url');
  if (Object.isFrozen(network)) hashOfFrozen.set(network, hash);
  return hash;
}

/**
 * The map page's first picture (lib/domain/map/first-picture.ts), kept by what it is drawn from:
 * the network, the layout and the saved arrangement. Laying out and drawing a house takes tens of
 * milliseconds; the key (a hash of the same inputs) takes one, so the page is not slower for
 * showing its map at once. A changed network or arrangement is a new key: never a stale picture.
 * The key also names the picture's SVG in its address, so a browser may keep it for good.
 */
export function mapFirstPicture(network: HouseNetwork, layout: LayoutName, saved: Positions | null): Kept {
  const kept = (globalThis.__netwerkkaartFirstPictures ??= new Map());
  const key = createHash('sha256')
    .update(JSON.stringify([networkHash(network), layout, saved]))
    .digest('base64url')
    .slice(0, 22);
  const hit = kept.get(key);
  if (hit) {
    // Most recently used last, so the oldest is evicted first.
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const made = { key, picture: networkFirstPicture(network, layout, saved) };
  kept.set(key, made);
  if (kept.size > MAX_PICTURES) kept.delete(kept.keys().next().value!);
  return made;
}

/**
 * The SVG of the map page's first picture, for a laptop or a phone, as the page would draw it now:
 * the same read rule as the page (access checked). `current` is false when the page asked for a
 * picture of another state of the house (it changed since): the answer is then the picture of
 * now, not to be kept.
 */
export async function firstPictureSvg(
  user: SessionUser,
  houseId: string,
  asOf: string | null,
  layout: LayoutName,
  view: FirstPictureView,
  askedKey: string | null,
): Promise<{ svg: string; current: boolean }> {
  const [network, arrangements] = await Promise.all([getHouseMap(user, houseId, asOf), readArrangements(user, houseId, asOf)]);
  const { key, picture } = mapFirstPicture(trimForMap(network), layout, arrangements[layout].positions);
  return { svg: picture[view].svg, current: key === askedKey };
}
