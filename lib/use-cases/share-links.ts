import 'server-only';
import { randomBytes, randomUUID } from 'node:crypto';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import {
  createShareLink as createShareLinkInGraph,
  findShareLink,
  listShareLinks as listShareLinksInGraph,
  revokeShareLink as revokeShareLinkInGraph,
  type ShareLinkRow,
} from '@/graph/repositories/share-links';
import { readArrangementRows } from '@/graph/repositories/arrangements';
import { readPresentationRow } from '@/graph/repositories/presentations';
import { assertHouseEdit, assertHouseRead } from './access';
import type { SessionUser } from '../domain/actor';
import { fieldErrorsOf } from '../domain/entry-input';
import { NotFoundError, ValidationError } from '../domain/errors';
import type { HouseNetwork } from '../domain/house-network';
import { presentationDeck, type DeckStep } from '../domain/presentation/presentation-deck';
import { settingsFromStored } from '../domain/presentation/presentation-steps';
import { publicNetwork } from '../domain/share/public-network';
import { looksLikeShareToken, shareLinkInputSchema, shareLinkState, type ShareLinkSummary, type ShareScope } from '../domain/share/share-link';
import { toHouseArrangements } from './arrangements';
import { mapSvg } from './map-export';
import { admitShareLink, hashShareToken, type ShareRefusal } from './share-link-admission';

/**
 * Deellinks (issue 18). Made, listed and revoked by whoever may edit the house (listed also for
 * whoever may read it); opened by anyone holding the token, who sees only the public part of the
 * network (lib/domain/share/public-network.ts). Only the SHA-256 of a token is stored. Wrong
 * tokens count per client address: 20 a minute, then the address is refused for a while.
 */
function toSummary(row: ShareLinkRow): ShareLinkSummary {
  return {
    id: row.id,
    scope: row.scope === 'presentatie' ? 'presentatie' : 'kaart',
    label: row.label,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
    uses: row.uses,
  };
}

/** The house's links for its page, for whoever may read the house. */
export async function listShareLinks(user: SessionUser, houseId: string): Promise<ShareLinkSummary[]> {
  await assertHouseRead(user, houseId);
  return (await listShareLinksInGraph(houseId)).map(toSummary);
}

/** Makes a link; the token is returned this once and never stored. */
export async function createShareLink(
  user: SessionUser,
  houseId: string,
  input: unknown,
  now: Date = new Date(),
): Promise<{ link: ShareLinkSummary; token: string }> {
  assertHouseEdit(user, houseId);
  const parsed = shareLinkInputSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    throw new ValidationError(errors, `De deellink werd niet gemaakt: ${Object.values(errors)[0]?.[0] ?? 'ongeldige invoer'}`);
  }
  const { scope, days, label } = parsed.data;
  const token = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + days * 24 * 3600 * 1000).toISOString();
  const row = await createShareLinkInGraph({
    id,
    tokenHash: hashShareToken(token),
    houseId,
    scope,
    label,
    expiresAt,
    createdBy: user.name,
    change: { by: user.id, action: 'sharelink.create', target: `house:${houseId}/sharelink:${id}`, houseId, to: { scope, days, label, expiresAt } },
  });
  if (!row) throw new NotFoundError(`house ${houseId}`);
  return { link: toSummary(row), token };
}

export async function revokeShareLink(user: SessionUser, houseId: string, linkId: string): Promise<ShareLinkSummary> {
  assertHouseEdit(user, houseId);
  const row = await revokeShareLinkInGraph(houseId, linkId, user.name, (link) => ({
    by: user.id,
    action: 'sharelink.revoke',
    target: `house:${houseId}/sharelink:${linkId}`,
    houseId,
    to: { scope: link.scope, label: link.label },
  }));
  if (!row) throw new NotFoundError(`share link ${linkId}`);
  return toSummary(row);
}

/** What opening a token gives: the public view, or why not (a Dutch page each). */
export type SharedView =
  | {
      status: 'open';
      scope: ShareScope;
      network: HouseNetwork;
      expiresAt: string;
      steps: DeckStep[] | null;
      /** The map for the download, with its title and legend drawn in. */
      svg: string;
      /** The map alone, for the page (which shows the legend itself, below the map on a phone). */
      screenSvg: string;
    }
  | { status: ShareRefusal };

/**
 * Opens a deellink for anyone (its downloads): admitted first (share-link-admission.ts: guesses
 * counted per address, expired and revoked links refused, the use recorded), then its public view.
 */
export async function openShareLink(token: string, address: string, now: Date = new Date()): Promise<SharedView> {
  const admitted = await admitShareLink(token, address, now);
  if (admitted.status !== 'open') return admitted;
  return publicView(admitted.row, now);
}

/**
 * The view of a deellink the proxy already admitted (proxy.ts: the page's status is decided there,
 * before it renders), so this request is not counted twice. Still refuses a link that expired or
 * was revoked in between, or that does not exist.
 */
export async function viewAdmittedShareLink(token: string, now: Date = new Date()): Promise<SharedView> {
  const row = looksLikeShareToken(token) ? await findShareLink(hashShareToken(token)) : null;
  if (!row) return { status: 'onbekend' };
  const state = shareLinkState(toSummary(row), now);
  if (state !== 'actief') return { status: state };
  return publicView(row, now);
}

/**
 * The network reduced to its public part; a presentation leaves out the step comparing with a
 * snapshot (history).
 */
async function publicView(row: ShareLinkRow, now: Date): Promise<SharedView> {
  const link = toSummary(row);
  const full = await readHouseNetwork(row.houseId);
  if (!full) return { status: 'onbekend' };
  const network = publicNetwork(full);
  const saved = toHouseArrangements(await readArrangementRows(row.houseId)).ringen.positions;
  let steps: DeckStep[] | null = null;
  if (link.scope === 'presentatie') {
    const stored = await readPresentationRow(row.houseId);
    const settings = settingsFromStored(stored.steps, null, stored.version, null, null);
    settings.steps = settings.steps.map((s) => (s.id === 'voor-na' ? { ...s, hidden: true } : s));
    if (settings.steps.every((s) => s.hidden)) settings.steps = settings.steps.map((s) => (s.id === 'kern' ? { ...s, hidden: false } : s));
    steps = presentationDeck(network, settings, null, saved, now);
  }
  return {
    status: 'open',
    scope: link.scope,
    network,
    expiresAt: link.expiresAt,
    steps,
    svg: mapSvg(network, 'ringen', saved),
    screenSvg: mapSvg(network, 'ringen', saved, true),
  };
}
