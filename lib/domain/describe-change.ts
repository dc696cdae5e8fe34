import { formatDate, formatDateTime } from './format-date';
import { LEVELS, type LevelCode } from './levels';
import type { Role } from './roles';
import { systemActorLabel } from './actor';
import { isTieKind, TIE_KIND_DEFINITIONS } from './ties/tie-kinds';
import { tieSentence } from './ties/tie-sentence';

/**
 * The audit trail in Dutch, once for the whole app: the house's history (Geschiedenis) and the
 * beheerder's log read the same labels. Every action gets a short label ("Antwoord gewijzigd")
 * and a sentence that says what happened to what, from which value to which, with names instead
 * of codes ("Het antwoord voor ‘OCMW’ werd gewijzigd: betrokkenheid van Minimaal naar
 * Kernpartner."). An action without a sentence of its own still gets a readable one from its
 * fields; raw codes and JSON are never shown. Pure and client-safe.
 */

/** A change as stored (graph/repositories/audit.ts), as far as the wording needs it. */
export interface ChangeToDescribe {
  action: string;
  target: string;
  houseId: string | null;
  from: unknown;
  to: unknown;
  /** The target as the trail resolved it: an account's email or a house's name. */
  targetLabel?: string;
}

/** Names for the ids a change refers to (houses, accounts); an unknown id stays as it is. */
export interface ChangeNames {
  house?: (id: string) => string | undefined;
  user?: (id: string) => string | undefined;
}

type Values = Record<string, unknown>;
type Sentence = (from: Values, to: Values, change: ChangeToDescribe, names: ChangeNames) => string;

const FIELD_LABELS: Record<string, string> = {
  level: 'betrokkenheid',
  note: 'notitie',
  owner: 'trekker',
  nextStep: 'volgende stap',
  due: 'streefdatum',
  via: 'via overleg',
  forum: 'overleg',
  desired: 'gewenst',
  role: 'rol',
  houseIds: 'huizen',
  email: 'e-mailadres',
  name: 'naam',
  endedAt: 'beëindigd op',
  since: 'sinds',
};

const quoted = (text: unknown) => `‘${String(text)}’`;
const subject = (from: Values, to: Values) => (from.name ?? to.name ?? null) as string | null;
const about = (from: Values, to: Values) => {
  const name = subject(from, to);
  return name ? ` ${quoted(name)}` : '';
};
const houseName = (id: unknown, names: ChangeNames) => (typeof id === 'string' ? (names.house?.(id) ?? id) : '');
const userName = (id: unknown, names: ChangeNames) => (typeof id === 'string' ? (names.user?.(id) ?? 'een verwijderd account') : '');
/** A role inside a sentence: lower case, except the agency's own name. */
const ROLE_IN_SENTENCE: Record<Role, string> = {
  coordinator: 'coördinator',
  kind_en_gezin: 'Kind en Gezin',
  facilitator: 'facilitator (EXPOO)',
  beheerder: 'beheerder',
};
const roleText = (role: unknown, houseIds: unknown, names: ChangeNames) => {
  const label = ROLE_IN_SENTENCE[role as Role] ?? (role ? String(role) : 'geen rol');
  const houses = Array.isArray(houseIds) && houseIds.length ? ` van ${houseIds.map((id) => houseName(id, names)).join(', ')}` : '';
  return `${label}${houses}`;
};
const accountOf = (change: ChangeToDescribe, values: Values) => (values.email as string | undefined) ?? change.targetLabel ?? 'een account';

/** What the sentence of each action says. */
const ACTIONS: Record<string, { label: string; sentence: Sentence }> = {
  'answer.update': { label: 'Antwoord gewijzigd', sentence: (f, t) => `Het antwoord voor${about(f, t)} werd gewijzigd: ${fieldPhrases(f, t)}.` },
  'answer.derive': {
    label: 'Antwoord afgeleid van de organisaties',
    sentence: (f, t) => `Het antwoord voor${about(f, t)} volgt nu de benoemde organisaties: ${fieldPhrases(f, t)}.`,
  },
  'answer.create': {
    label: 'Andere actor toegevoegd',
    sentence: (f, t) => `De eigen actor${about(f, t)} werd toegevoegd${t.level ? ` als ${showValue('level', t.level).toLowerCase()}` : ''}.`,
  },
  'involvement.create': {
    label: 'Organisatie benoemd',
    sentence: (f, t) => `De organisatie${about(f, t)} werd benoemd${t.level ? ` als ${showValue('level', t.level).toLowerCase()}` : ''}.`,
  },
  'involvement.update': { label: 'Organisatie gewijzigd', sentence: (f, t) => `De organisatie${about(f, t)} werd gewijzigd: ${fieldPhrases(f, t)}.` },
  'involvement.delete': {
    label: 'Organisatie verwijderd',
    sentence: (f, t) => `De organisatie${about(f, t)} werd verwijderd${f.level ? ` (was ${showValue('level', f.level).toLowerCase()})` : ''}.`,
  },
  'forum.create': { label: 'Overleg toegevoegd', sentence: (f, t) => `Het overleg${about(f, t)} werd toegevoegd.` },
  'forum.member.add': {
    label: 'Lid van een overleg',
    sentence: (f, t) => `${subject(f, t) ? quoted(subject(f, t)) : 'Een organisatie'} werd lid van het overleg ${quoted(t.forum ?? '?')}.`,
  },
  'forum.member.remove': {
    label: 'Geen lid meer van een overleg',
    sentence: (f, t) => `${subject(f, t) ? quoted(subject(f, t)) : 'Een organisatie'} is geen lid meer van het overleg ${quoted(f.forum ?? '?')}.`,
  },
  'snapshot.create': { label: 'Momentopname genomen', sentence: (f, t) => `De momentopname${about(f, t)} werd genomen.` },
  'type.create': { label: 'Eigen actortype toegevoegd', sentence: (f, t) => `Het eigen actortype${about(f, t)} werd toegevoegd.` },
  'import.house': {
    label: 'Lijst geïmporteerd',
    sentence: (_f, t) => `De lijst${t.name ? ` ${quoted(t.name)}` : ''} werd geïmporteerd${typeof t.summary === 'string' ? `: ${t.summary}` : ''}.`,
  },
  'import.houses': {
    label: 'Huizen geïmporteerd',
    sentence: (_f, t) => `Het bestand met huizen${t.name ? ` ${quoted(t.name)}` : ''} werd ingelezen${typeof t.summary === 'string' ? `: ${t.summary}` : ''}.`,
  },
  'workshop.open': { label: 'Workshop geopend', sentence: (f, t) => `${subject(f, t) ?? 'Een workshop'} werd geopend.` },
  'workshop.close': { label: 'Workshop afgesloten', sentence: (f, t) => `${subject(f, t) ?? 'Een workshop'} werd afgesloten.` },
  'workshop.accept': {
    label: 'Voorstel uit een workshop aanvaard',
    sentence: (f, t) => {
      const levels = [
        t.now ? `nu ${showValue('level', t.now).toLowerCase()}` : null,
        t.desired ? `gewenst ${showValue('level', t.desired).toLowerCase()}` : null,
      ]
        .filter(Boolean)
        .join(', ');
      return `In workshop ${String(t.workshop ?? '')} werd het voorstel${t.proposedBy ? ` van ${String(t.proposedBy)}` : ''} over${about(f, t) || ' een actor'} aanvaard${levels ? `: ${levels}` : ''}.`;
    },
  },
  'auth.sign_in': { label: 'Aangemeld', sentence: (_f, t) => `Aangemeld${t.address ? ` vanaf ${String(t.address)}` : ''}.` },
  'auth.sign_out': { label: 'Afgemeld', sentence: () => 'Afgemeld.' },
  'user.create': {
    label: 'Account aangemaakt',
    sentence: (_f, t, c, n) =>
      `Het account van ${accountOf(c, t)}${t.name ? ` (${String(t.name)})` : ''} werd aangemaakt als ${roleText(t.role, t.houseIds, n)}.`,
  },
  'user.update_access': {
    label: 'Rol of huis gewijzigd',
    sentence: (f, t, c, n) =>
      `De rol van ${accountOf(c, t)} ging van ${roleText(f.role, f.houseIds, n)} naar ${roleText(t.role, t.houseIds, n)}; lopende sessies tellen de nieuwe rol meteen.`,
  },
  'user.password_link': {
    label: 'Wachtwoordlink gemaakt',
    sentence: (_f, t, c) =>
      `Er werd een wachtwoordlink gemaakt voor ${accountOf(c, t)}${t.geldigTot ? `, geldig tot ${formatDateTime(String(t.geldigTot))}` : ''}.`,
  },
  'user.password_set': {
    label: 'Wachtwoord ingesteld met een link',
    sentence: (_f, t, c) => `${accountOf(c, t)} stelde een nieuw wachtwoord in met een wachtwoordlink.`,
  },
  'user.deactivate': {
    label: 'Account gedeactiveerd',
    sentence: (_f, t, c) =>
      `Het account van ${accountOf(c, t)} werd gedeactiveerd: aanmelden kan niet meer${typeof t.sessions === 'number' ? ` en ${t.sessions === 1 ? '1 lopende sessie werd' : `${t.sessions} lopende sessies werden`} beëindigd` : ''}.`,
  },
  'user.reactivate': {
    label: 'Account opnieuw geactiveerd',
    sentence: (_f, t, c) => `Het account van ${accountOf(c, t)} werd opnieuw geactiveerd: aanmelden kan weer.`,
  },
  'house.create': {
    label: 'Huis toegevoegd',
    sentence: (_f, t) =>
      `Het huis ${quoted(t.name ?? '?')} werd toegevoegd${Array.isArray(t.municipalities) && t.municipalities.length ? ` (${t.municipalities.join(', ')}${t.province ? `, ${String(t.province)}` : ''})` : ''}.`,
  },
  'invitation.create': {
    label: 'Facilitator uitgenodigd',
    sentence: (_f, t, c, n) =>
      `${userName(t.facilitatorId, n) || 'Een facilitator'} werd uitgenodigd door ${quoted(houseName(t.houseId ?? c.houseId, n))}, van ${formatDate(String(t.from ?? ''))} tot en met ${formatDate(String(t.until ?? ''))}.`,
  },
  'invitation.end': {
    label: 'Uitnodiging beëindigd',
    sentence: (_f, t, c, n) =>
      `Een uitnodiging van ${quoted(houseName(c.houseId, n) || 'een huis')} aan een facilitator werd beëindigd${t.endedAt ? ` op ${formatDateTime(String(t.endedAt))}` : ''}.`,
  },
  'tie.create': { label: 'Samenwerking getekend', sentence: (_f, t) => `Samenwerking getekend: ${tieWords(t)}${t.note ? ` (${String(t.note)})` : ''}.` },
  'tie.update': { label: 'Samenwerking gewijzigd', sentence: (f, t) => `De samenwerking ${tieWords(f)} werd gewijzigd: ${fieldPhrases(f, t)}.` },
  'tie.delete': { label: 'Samenwerking verwijderd', sentence: (f) => `De samenwerking ${tieWords(f)} werd verwijderd.` },
  'arrangement.save': {
    label: 'Eigen schikking opgeslagen',
    sentence: (_f, t) => `De eigen schikking van de kaart werd opgeslagen${typeof t.summary === 'string' ? ` (${t.summary})` : ''}.`,
  },
  'arrangement.reset': {
    label: 'Standaardschikking hersteld',
    sentence: (_f, t) => `${typeof t.summary === 'string' ? t.summary : 'De standaardschikking van de kaart werd hersteld'}.`,
  },
  'presentation.save': {
    label: 'Presentatie opgeslagen',
    sentence: (_f, t) => `De presentatie van de kaart werd opgeslagen${typeof t.summary === 'string' ? ` (${t.summary})` : ''}.`,
  },
  'sharelink.create': {
    label: 'Deellink gemaakt',
    sentence: (_f, t) =>
      `Er werd een deellink gemaakt naar ${t.scope === 'presentatie' ? 'de presentatie' : 'de kaart'}${t.label ? ` (${String(t.label)})` : ''}, geldig tot ${formatDate(String(t.expiresAt ?? '').slice(0, 10))}.`,
  },
  'sharelink.revoke': {
    label: 'Deellink ingetrokken',
    sentence: (_f, t) =>
      `Een deellink naar ${t.scope === 'presentatie' ? 'de presentatie' : 'de kaart'}${t.label ? ` (${String(t.label)})` : ''} werd ingetrokken.`,
  },
  'round.open': {
    label: 'Bevraging geopend',
    sentence: (_f, t) =>
      `${quoted(t.name ?? 'Een bevraging')} werd geopend${typeof t.houses === 'number' ? ` voor ${t.houses} ${t.houses === 1 ? 'huis' : 'huizen'}` : ''}, van ${formatDate(String(t.opensOn ?? ''))} tot en met ${formatDate(String(t.closesOn ?? ''))}.`,
  },
  'round.close': {
    label: 'Bevraging afgesloten',
    sentence: (f, t) =>
      `${quoted(t.name ?? 'Een bevraging')} werd afgesloten${t.closedOn ? ` op ${formatDate(String(t.closedOn))}` : ''}${f.closesOn ? ` (sluitingsdatum was ${formatDate(String(f.closesOn))})` : ''}${typeof t.submitted === 'number' ? `; ingediend: ${t.submitted} van ${t.houses} ${t.houses === 1 ? 'huis' : 'huizen'}` : ''}.`,
  },
  'round.reopen': {
    label: 'Bevraging heropend',
    sentence: (_f, t) => `${quoted(t.name ?? 'Een bevraging')} werd heropend tot en met ${formatDate(String(t.closesOn ?? ''))}.`,
  },
  'round.submit': {
    label: 'Bevraging ingediend',
    sentence: (_f, t) =>
      `Het huis diende zijn antwoord in voor ${quoted(t.name ?? 'een bevraging')}${typeof t.direct === 'number' ? `: ${t.direct} actoren direct betrokken, waarvan ${t.kernpartners} kernpartners` : ''}.`,
  },
  'round.resubmit': {
    label: 'Bevraging opnieuw ingediend',
    sentence: (_f, t) =>
      `Het huis verving zijn antwoord voor ${quoted(t.name ?? 'een bevraging')}${typeof t.direct === 'number' ? `: ${t.direct} actoren direct betrokken, waarvan ${t.kernpartners} kernpartners` : ''}.`,
  },
  'backup.create': {
    label: 'Back-up genomen',
    sentence: (_f, t) => `Er werd een back-up genomen${typeof t.nodes === 'number' ? ` (${t.nodes} knopen, ${t.relationships} relaties)` : ''}.`,
  },
  'backup.restore': {
    label: 'Back-up teruggezet',
    sentence: (_f, t) =>
      `Een back-up${t.createdAt ? ` van ${formatDateTime(String(t.createdAt))}` : ''} werd teruggezet${typeof t.nodes === 'number' ? ` (${t.nodes} knopen, ${t.relationships} relaties)` : ''}.`,
  },
};

/** "‘CLB’ verwijst door naar ‘CAW’" from a tie's audit values (lib/domain/ties/tie-audit.ts). */
function tieWords(values: Values): string {
  if (!isTieKind(values.kind)) return values.name ? quoted(values.name) : 'tussen twee organisaties';
  if (typeof values.fromName !== 'string' || typeof values.toName !== 'string')
    return `${quoted(values.name ?? '?')} (${TIE_KIND_DEFINITIONS[values.kind].label.toLowerCase()})`;
  return tieSentence(values.kind, quoted(values.fromName), quoted(values.toName));
}

/** The short Dutch label of an action; an unknown one reads as "Wijziging". */
export function actionLabel(action: string): string {
  return ACTIONS[action]?.label ?? 'Wijziging';
}

/** Every action the app writes has its label and sentence (tests check the list against the code). */
export const DESCRIBED_ACTIONS = Object.keys(ACTIONS);

/** A value of a field as people read it: levels by their label, dates the Belgian way. */
function showValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'level' || field === 'desired' || field === 'now') return LEVELS[value as LevelCode]?.label ?? String(value);
  if (field === 'due' || field === 'from' || field === 'until') return formatDate(String(value));
  if (field === 'endedAt' || field === 'at') return formatDateTime(String(value));
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'object')
    return Object.entries(value as Values)
      .map(([k, v]) => `${FIELD_LABELS[k] ?? k} ${showValue(k, v)}`)
      .join(', ');
  return String(value);
}

/** Fields that name the subject or hold codes, not something that changed. */
const HIDDEN_FIELDS = new Set(['name', 'typeCode', 'cluster', 'summary', 'kind', 'fromName', 'toName']);

function changedFields(from: Values, to: Values): string[] {
  return [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((f) => !HIDDEN_FIELDS.has(f));
}

/** "betrokkenheid van Minimaal naar Kernpartner, trekker wordt ‘Sofie’". */
function fieldPhrases(from: Values, to: Values): string {
  const phrases = changedFields(from, to).map((f) => {
    const label = FIELD_LABELS[f] ?? f;
    const [before, after] = [showValue(f, from[f]), showValue(f, to[f])];
    if (before === '—') return `${label} wordt ${quoted(after)}`;
    if (after === '—') return `${label} gewist (was ${quoted(before)})`;
    return `${label} van ${before} naar ${after}`;
  });
  return phrases.length ? phrases.join(', ') : 'geen velden';
}

/** The changed fields of one change as lines for the house's history: "betrokkenheid: Minimaal → Kernpartner". */
export function describeFields(from: Values | null, to: Values | null): string[] {
  // An import's own record carries a ready summary ("3 nieuw, 1 gewijzigd, …").
  if (!from && typeof to?.summary === 'string') return [to.summary];
  return changedFields(from ?? {}, to ?? {}).map((f) => `${FIELD_LABELS[f] ?? f}: ${showValue(f, from?.[f])} → ${showValue(f, to?.[f])}`);
}

const asValues = (value: unknown): Values => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Values) : {});

/** One change as a Dutch sentence, with names for the ids it refers to. */
export function describeChange(change: ChangeToDescribe, names: ChangeNames = {}): string {
  const [from, to] = [asValues(change.from), asValues(change.to)];
  const known = ACTIONS[change.action];
  if (known) return known.sentence(from, to, change, names);
  const fields = changedFields(from, to);
  return `${change.targetLabel ? `${change.targetLabel}: ` : ''}${fields.length ? `${fieldPhrases(from, to)}.` : 'gewijzigd.'}`;
}

/** Who made a change: the account's name or email, a system actor, or a removed account. */
export function actorLabel(change: { by: string; byName: string | null; byEmail: string | null }): string {
  // A user id that no longer resolves belongs to a removed account.
  return change.byName || change.byEmail || systemActorLabel(change.by) || 'Verwijderd account';
}
