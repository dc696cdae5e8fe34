/**
 * Every page, route handler and server action of app/, with who may use it. The inventory test
 * (tests/unit/route-inventory.test.ts) fails when app/ holds one that is not listed here, so a
 * new route cannot ship without a decision and a test; tests/e2e/route-access.spec.ts then
 * checks each entry over HTTP: anonymous visitors are sent to the login page (pages, actions) or
 * get 401 (API), a coordinator of house A is refused house B (404 for pages, 403/404 for API, a
 * refusal with nothing written for actions), and the allowed user gets through.
 *
 * Paths use `{house}` for a house id and `{workshop}` for the code of a workshop of that house.
 * Workshop participants are not users: they hold a token cookie for one workshop (lib/workshop-access.ts).
 */
export type Access =
  /** Anyone, signed in or not. `reason` says why that is safe. */
  | { kind: 'public'; reason: string }
  /** Any signed-in user; the content depends on the role (e.g. the house list). */
  | { kind: 'signed-in' }
  /** Whoever may read the house in the path: its coordinator, its invited facilitator, Kind en Gezin, beheerder. */
  | { kind: 'house-read' }
  /** Whoever may edit the house passed as the first argument (actions) or named in the path (pages, routes): its coordinator or invited facilitator. */
  | { kind: 'house-edit' }
  /** Kind en Gezin and the beheerder (the cross-house overview). */
  | { kind: 'agency' }
  /** The beheerder. */
  | { kind: 'admin' }
  /** Whoever runs the workshop in the path: its house's coordinator or invited facilitator (account session). */
  | { kind: 'workshop-run' }
  /** A participant of the workshop in the path (token cookie); nobody else, whatever their account. */
  | { kind: 'participant' }
  /** A participant of the workshop, or whoever runs it (the live stream). */
  | { kind: 'participant-or-run' }
  /** Guarded by something other than a session; `reason` says what, and where it is tested. */
  | { kind: 'special'; reason: string };

export interface PageEntry {
  type: 'page';
  file: string;
  path: string;
  access: Access;
  /** The status the path answers whoever may open it; 200 unless said (an unknown deellink: 404). */
  status?: number;
}

export interface RouteEntry {
  type: 'route';
  file: string;
  path: string;
  methods: string[];
  access: Access;
  /** For a POST-only route: the JSON body the access test sends. */
  body?: Record<string, unknown>;
  /** Answers with a never-ending stream (SSE): tested for status and headers only. */
  stream?: boolean;
}

export interface ActionCall {
  /** Arguments before the form state (bound arguments such as the house id or workshop code). */
  args: (house: string, workshop: string) => unknown[];
  /** The form state the action receives first (useActionState), or undefined for form-only actions. */
  prev?: unknown;
  fields: Record<string, string>;
}

export interface ActionEntry {
  type: 'action';
  file: string;
  name: string;
  access: Access;
  /** How to call it over HTTP; required for house-edit, agency and admin actions. */
  call?: ActionCall;
}

export type Entry = PageEntry | RouteEntry | ActionEntry;

const IDLE_FORM = { ok: false, message: null, fieldErrors: {} };
const IDLE_ENTRY = { status: 'idle', message: '', fieldErrors: {} };
const IDLE_ARRANGEMENT = { status: 'idle', message: '', current: null };
const IDLE_PRESENTATION = { status: 'idle', message: '', settings: null, stamp: 0 };
const IDLE_SHARE = { status: 'idle', message: '', token: null, stamp: 0 };
const IDLE_TIE = { status: 'idle', message: '', fieldErrors: {}, tie: null };

export const ROUTES: Entry[] = [
  // Pages
  { type: 'page', file: 'app/page.tsx', path: '/', access: { kind: 'public', reason: 'Anonymous visitors get the introduction and a login invitation; the house list only appears for a session, filtered by role (tested in auth-security.spec).' } },
  { type: 'page', file: 'app/aanmelden/page.tsx', path: '/aanmelden', access: { kind: 'public', reason: 'The login page.' } },
  { type: 'page', file: 'app/afmelden/page.tsx', path: '/afmelden', access: { kind: 'public', reason: 'Shows a sign-out button; signing out itself is a POST.' } },
  { type: 'page', file: 'app/catalogus/page.tsx', path: '/catalogus', access: { kind: 'public', reason: "The report's actor catalogue, no house data." } },
  { type: 'page', file: 'app/cijfers/page.tsx', path: '/cijfers', access: { kind: 'public', reason: 'Aggregates only, shown from a minimum number of houses so that no house is recognisable.' } },
  { type: 'page', file: 'app/workshops/page.tsx', path: '/workshops', access: { kind: 'signed-in' } },
  { type: 'page', file: 'app/workshop/page.tsx', path: '/workshop', access: { kind: 'public', reason: 'The join form for participants (code + name); shows no workshop or house data.' } },
  { type: 'page', file: 'app/workshop/[code]/page.tsx', path: '/workshop/{workshop}', access: { kind: 'participant' } },
  { type: 'page', file: 'app/workshop/[code]/scherm/page.tsx', path: '/workshop/{workshop}/scherm', access: { kind: 'workshop-run' } },
  { type: 'page', file: 'app/workshop/[code]/begeleiden/page.tsx', path: '/workshop/{workshop}/begeleiden', access: { kind: 'workshop-run' } },
  { type: 'page', file: 'app/workshop/[code]/afsluiten/page.tsx', path: '/workshop/{workshop}/afsluiten', access: { kind: 'workshop-run' } },
  { type: 'page', file: 'app/huizen/page.tsx', path: '/huizen', access: { kind: 'signed-in' } },
  { type: 'page', file: 'app/huizen/[id]/page.tsx', path: '/huizen/{house}', access: { kind: 'house-read' } },
  { type: 'page', file: 'app/huizen/[id]/vragenlijst/page.tsx', path: '/huizen/{house}/vragenlijst', access: { kind: 'house-read' } },
  { type: 'page', file: 'app/huizen/[id]/geschiedenis/page.tsx', path: '/huizen/{house}/geschiedenis', access: { kind: 'house-read' } },
  { type: 'page', file: 'app/huizen/[id]/afdrukken/page.tsx', path: '/huizen/{house}/afdrukken', access: { kind: 'house-read' } },
  { type: 'page', file: 'app/huizen/[id]/momentopnames/page.tsx', path: '/huizen/{house}/momentopnames', access: { kind: 'house-read' } },
  { type: 'page', file: 'app/huizen/[id]/groeikansen/page.tsx', path: '/huizen/{house}/groeikansen', access: { kind: 'house-read' } },
  { type: 'page', file: 'app/huizen/[id]/presentatie/page.tsx', path: '/huizen/{house}/presentatie', access: { kind: 'house-read' } },
  { type: 'page', file: 'app/huizen/[id]/tijdlijn/page.tsx', path: '/huizen/{house}/tijdlijn', access: { kind: 'house-read' } },
  { type: 'page', file: 'app/huizen/[id]/presenteren/page.tsx', path: '/huizen/{house}/presenteren', access: { kind: 'house-read' } },
  { type: 'page', file: 'app/huizen/[id]/netwerk/page.tsx', path: '/huizen/{house}/netwerk', access: { kind: 'house-read' } },
  { type: 'page', file: 'app/huizen/[id]/importeren/page.tsx', path: '/huizen/{house}/importeren', access: { kind: 'house-edit' } },
  { type: 'page', file: 'app/overzicht/page.tsx', path: '/overzicht', access: { kind: 'agency' } },
  { type: 'page', file: 'app/overzicht/verplichte-partners/page.tsx', path: '/overzicht/verplichte-partners', access: { kind: 'agency' } },
  { type: 'page', file: 'app/overzicht/minimumaanbod/page.tsx', path: '/overzicht/minimumaanbod', access: { kind: 'agency' } },
  { type: 'page', file: 'app/overzicht/afdrukken/page.tsx', path: '/overzicht/afdrukken', access: { kind: 'agency' } },
  { type: 'page', file: 'app/overzicht/regio/page.tsx', path: '/overzicht/regio', access: { kind: 'agency' } },
  { type: 'page', file: 'app/overzicht/samenwerking/page.tsx', path: '/overzicht/samenwerking', access: { kind: 'agency' } },
  { type: 'page', file: 'app/overzicht/vergelijken/page.tsx', path: '/overzicht/vergelijken?huis={house}', access: { kind: 'agency' } },
  { type: 'page', file: 'app/overzicht/bevragingen/page.tsx', path: '/overzicht/bevragingen', access: { kind: 'agency' } },
  // The demo's closed round (seed/demo/demo-round.ts), loaded in every test database.
  { type: 'page', file: 'app/overzicht/bevragingen/[ronde]/page.tsx', path: '/overzicht/bevragingen/demo-bevraging-2026', access: { kind: 'agency' } },
  { type: 'page', file: 'app/huizen/[id]/bevraging/page.tsx', path: '/huizen/{house}/bevraging', access: { kind: 'house-read' } },
  { type: 'page', file: 'app/beheer/page.tsx', path: '/beheer', access: { kind: 'admin' } },
  { type: 'page', file: 'app/beheer/import/page.tsx', path: '/beheer/import', access: { kind: 'admin' } },
  { type: 'page', file: 'app/beheer/backup/page.tsx', path: '/beheer/backup', access: { kind: 'admin' } },
  { type: 'page', file: 'app/d/[token]/page.tsx', path: '/d/onbekende-deellink', status: 404, access: { kind: 'public', reason: 'A deellink: the token is the key (only its hash is stored); shows only the public part of one house (no notes, trekkers, history or user names); a Dutch page with 404 for an unknown link, 410 for an expired or revoked one, 429 after 20 wrong tokens a minute per address (tests/e2e/share-link.spec.ts, tests/integration/share-links.test.ts).' } },
  { type: 'page', file: 'app/beheer/start/page.tsx', path: '/beheer/start', access: { kind: 'special', reason: 'Needs the one-time token; shows only a form (tests/integration/admin-setup.test.ts).' } },
  { type: 'page', file: 'app/wachtwoord/page.tsx', path: '/wachtwoord', access: { kind: 'special', reason: 'Needs a one-time password link; shows only whose password it sets (tests/e2e/password-link.spec.ts).' } },

  // Route handlers
  { type: 'route', file: 'app/api/health/route.ts', path: '/api/health', methods: ['GET'], access: { kind: 'public', reason: 'Database and schema state, no house data.' } },
  { type: 'route', file: 'app/api/auth/[...all]/route.ts', path: '/api/auth/sign-in/email', methods: ['GET', 'POST'], access: { kind: 'special', reason: 'Better Auth: Origin check, rate limits, cookie flags and logout in tests/e2e/auth-security.spec.ts.' } },
  { type: 'route', file: 'app/api/overzicht/[tabel]/route.ts', path: '/api/overzicht/huizen', methods: ['GET'], access: { kind: 'agency' } },
  { type: 'route', file: 'app/api/huizen/[id]/eerste-beeld.svg/route.ts', path: '/api/huizen/{house}/eerste-beeld.svg?weergave=ringen&beeld=telefoon', methods: ['GET'], access: { kind: 'house-read' } },
  { type: 'route', file: 'app/api/huizen/[id]/kaart.svg/route.ts', path: '/api/huizen/{house}/kaart.svg', methods: ['GET'], access: { kind: 'house-read' } },
  { type: 'route', file: 'app/api/huizen/[id]/presentatie.pdf/route.ts', path: '/api/huizen/{house}/presentatie.pdf', methods: ['GET'], access: { kind: 'house-read' } },
  { type: 'route', file: 'app/d/[token]/kaart.svg/route.ts', path: '/d/onbekende-deellink/kaart.svg', methods: ['GET'], access: { kind: 'public', reason: 'The deellink’s map: same token rule and public part as the page (404/410/429 otherwise; tests/e2e/share-link.spec.ts).' } },
  { type: 'route', file: 'app/d/[token]/kaart.csv/route.ts', path: '/d/onbekende-deellink/kaart.csv', methods: ['GET'], access: { kind: 'public', reason: 'The deellink’s table: same token rule and public part as the page (404/410/429 otherwise; tests/e2e/share-link.spec.ts).' } },
  { type: 'route', file: 'app/api/huizen/[id]/kaart.csv/route.ts', path: '/api/huizen/{house}/kaart.csv', methods: ['GET'], access: { kind: 'house-read' } },
  { type: 'route', file: 'app/api/huizen/[id]/samenwerking.csv/route.ts', path: '/api/huizen/{house}/samenwerking.csv', methods: ['GET'], access: { kind: 'house-read' } },
  { type: 'route', file: 'app/api/huizen/[id]/kaart.xlsx/route.ts', path: '/api/huizen/{house}/kaart.xlsx', methods: ['GET'], access: { kind: 'house-read' } },
  { type: 'route', file: 'app/api/huizen/[id]/import/route.ts', path: '/api/huizen/{house}/import?stap=importeren', methods: ['POST'], access: { kind: 'house-edit' } },
  { type: 'route', file: 'app/w/[code]/route.ts', path: '/w/{workshop}', methods: ['GET'], access: { kind: 'public', reason: 'The short join address of the QR code: only redirects to the join form with the code filled in.' } },
  { type: 'route', file: 'app/workshop/[code]/stream/route.ts', path: '/workshop/{workshop}/stream', methods: ['GET'], stream: true, access: { kind: 'participant-or-run' } },
  { type: 'route', file: 'app/workshop/[code]/voorstellen/route.ts', path: '/workshop/{workshop}/voorstellen', methods: ['POST'], access: { kind: 'participant' }, body: { newActorName: 'Actor van de test', now: 'minimaal' } },
  { type: 'route', file: 'app/workshop/[code]/voorstellen/[id]/route.ts', path: '/workshop/{workshop}/voorstellen/onbekend', methods: ['POST'], access: { kind: 'workshop-run' }, body: { besluit: 'opzij' } },
  { type: 'route', file: 'app/workshop/[code]/actielijst.csv/route.ts', path: '/workshop/{workshop}/actielijst.csv', methods: ['GET'], access: { kind: 'workshop-run' } },
  { type: 'route', file: 'app/workshop/[code]/verslag.pdf/route.ts', path: '/workshop/{workshop}/verslag.pdf', methods: ['GET'], access: { kind: 'workshop-run' } },
  { type: 'route', file: 'app/api/bench/sse-echo/route.ts', path: '/api/bench/sse-echo', methods: ['GET', 'POST'], access: { kind: 'special', reason: 'Exists only for bench/workshop-sse.ts: 404 unless NETWERKKAART_BENCH=1 (tested in workshop-access.spec), no data.' } },
  { type: 'route', file: 'app/api/bench/timings/route.ts', path: '/api/bench/timings', methods: ['GET'], access: { kind: 'special', reason: 'Exists only for bench/workshop-day.ts: 404 unless NETWERKKAART_BENCH=1 (tested in workshop-access.spec), timings only.' } },
  { type: 'route', file: 'app/api/beheer/import/route.ts', path: '/api/beheer/import?stap=importeren', methods: ['POST'], access: { kind: 'admin' } },
  { type: 'route', file: 'app/api/antwoorden/route.ts', path: '/api/antwoorden?formaat=csv', methods: ['GET'], access: { kind: 'agency' } },
  { type: 'route', file: 'app/api/beheer/backup/route.ts', path: '/api/beheer/backup', methods: ['GET', 'POST'], access: { kind: 'admin' } },
  { type: 'route', file: 'app/api/cijfers/[table]/route.ts', path: '/api/cijfers/tabel-26', methods: ['GET'], access: { kind: 'public', reason: 'Aggregates only, refused below the minimum number of houses; a running round only for Kind en Gezin (tests/integration/rounds.test.ts).' } },
  { type: 'route', file: 'app/api/bevragingen/[ronde]/nog-niet-ingediend.csv/route.ts', path: '/api/bevragingen/demo-bevraging-2026/nog-niet-ingediend.csv', methods: ['GET'], access: { kind: 'agency' } },

  // Server actions
  { type: 'action', file: 'app/aanmelden/actions.ts', name: 'signIn', access: { kind: 'special', reason: 'The login itself; limits tested in auth-security.spec.' } },
  { type: 'action', file: 'app/afmelden/actions.ts', name: 'signOut', access: { kind: 'special', reason: 'Ends the caller’s own session; a no-op without one.' } },
  { type: 'action', file: 'app/beheer/start/actions.ts', name: 'createFirstAdmin', access: { kind: 'special', reason: 'Needs the one-time token (tests/integration/admin-setup.test.ts).' } },
  { type: 'action', file: 'app/wachtwoord/actions.ts', name: 'setPasswordAction', access: { kind: 'special', reason: 'Needs a one-time password link (tests/integration/password-links.test.ts, tests/e2e/password-link.spec.ts).' } },
  {
    type: 'action', file: 'app/beheer/actions.ts', name: 'createUserAction', access: { kind: 'admin' },
    call: { args: () => [], prev: IDLE_FORM, fields: { name: 'Indringer', email: 'indringer@voorbeeld.be', role: 'beheerder', password: 'een-heel-lang-wachtwoord' } },
  },
  {
    type: 'action', file: 'app/beheer/actions.ts', name: 'updateUserAccessAction', access: { kind: 'admin' },
    call: { args: () => [], prev: IDLE_FORM, fields: { userId: '{self}', role: 'beheerder' } },
  },
  {
    type: 'action', file: 'app/beheer/actions.ts', name: 'createHouseAction', access: { kind: 'admin' },
    call: { args: () => [], prev: IDLE_FORM, fields: { id: 'huis-indringer', name: 'Huis van de indringer', municipalities: 'Nergens', province: 'Limburg', urbanisation: 'buitengebied' } },
  },
  {
    type: 'action', file: 'app/beheer/actions.ts', name: 'createInvitationAction', access: { kind: 'admin' },
    call: { args: () => [], prev: IDLE_FORM, fields: { houseId: '{house}', facilitatorId: '{self}', from: '2020-01-01', until: '2099-12-31' } },
  },
  {
    type: 'action', file: 'app/beheer/actions.ts', name: 'createPasswordLinkAction', access: { kind: 'admin' },
    call: { args: () => [], prev: IDLE_FORM, fields: { userId: '{self}' } },
  },
  {
    type: 'action', file: 'app/beheer/actions.ts', name: 'setUserActiveAction', access: { kind: 'admin' },
    call: { args: () => [], prev: IDLE_FORM, fields: { userId: '{self}', actief: 'nee' } },
  },
  {
    type: 'action', file: 'app/beheer/actions.ts', name: 'endInvitationAction', access: { kind: 'admin' },
    call: { args: () => [], prev: IDLE_FORM, fields: { invitationId: '{invitation}' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/actions.ts', name: 'saveEntryAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house, 'type:politie'], prev: IDLE_ENTRY, fields: { level: 'kernpartner', version: '0' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/actions.ts', name: 'addActorAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house], prev: IDLE_ENTRY, fields: { typeCode: 'politie', name: 'Politiezone Indringer', level: 'kernpartner' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/actions.ts', name: 'removeActorAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house, 'onbekende-actor'], prev: IDLE_ENTRY, fields: { version: '1' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/actions.ts', name: 'addCustomTypeAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house], prev: IDLE_ENTRY, fields: { name: 'Indringer-actor', cluster: 'andere', level: 'minimaal' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/actions.ts', name: 'addForumAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house], prev: IDLE_ENTRY, fields: { name: 'Overleg van de indringer' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/actions.ts', name: 'setMembershipAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house], prev: IDLE_ENTRY, fields: { forumId: 'onbekend', actorId: 'onbekend', member: 'ja' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/actions.ts', name: 'takeSnapshotAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house], prev: IDLE_ENTRY, fields: { label: 'Momentopname van de indringer' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/presentatie/actions.ts', name: 'savePresentationAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house], prev: IDLE_PRESENTATION, fields: { order: 'kern,betrokken,indirect,nog-niet,ontbrekend,voor-na', 'caption-kern': 'Indringer', version: '0' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/presentatie/share-actions.ts', name: 'createShareLinkAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house], prev: IDLE_SHARE, fields: { scope: 'kaart', days: '30', label: 'Indringer' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/presentatie/share-actions.ts', name: 'revokeShareLinkAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house], prev: IDLE_SHARE, fields: { linkId: 'onbekende-link' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/arrangement-actions.ts', name: 'saveArrangementAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house], prev: IDLE_ARRANGEMENT, fields: { layout: 'ringen', version: '0', positions: '{"house":{"x":10,"y":20}}' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/arrangement-actions.ts', name: 'resetArrangementAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house], prev: IDLE_ARRANGEMENT, fields: { layout: 'clusters', version: '0' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/tie-actions.ts', name: 'createTieAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house], prev: IDLE_TIE, fields: { from: 'onbekende-actor', to: 'andere-actor', kind: 'afstemming' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/tie-actions.ts', name: 'changeTieAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house, 'onbekende-samenwerking'], prev: IDLE_TIE, fields: { version: '1', note: 'Notitie van de indringer' } },
  },
  {
    type: 'action', file: 'app/huizen/[id]/tie-actions.ts', name: 'removeTieAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house, 'onbekende-samenwerking'], prev: IDLE_TIE, fields: { version: '1' } },
  },
  {
    // The demo's round covers no fixture house: its own coordinator passes the access check and is then told so.
    type: 'action', file: 'app/huizen/[id]/bevraging/actions.ts', name: 'submitRoundAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house, 'demo-bevraging-2026'], prev: IDLE_FORM, fields: {} },
  },
  {
    type: 'action', file: 'app/overzicht/bevragingen/actions.ts', name: 'openRoundAction', access: { kind: 'agency' },
    call: { args: () => [], prev: IDLE_FORM, fields: { name: 'Bevraging van de indringer', opensOn: '2026-01-01', closesOn: '2099-12-31', scope: 'alle' } },
  },
  {
    type: 'action', file: 'app/overzicht/bevragingen/actions.ts', name: 'closeRoundAction', access: { kind: 'agency' },
    call: { args: () => ['demo-bevraging-2026'], prev: IDLE_FORM, fields: { bevestig: 'ja' } },
  },
  {
    type: 'action', file: 'app/overzicht/bevragingen/actions.ts', name: 'reopenRoundAction', access: { kind: 'admin' },
    call: { args: () => ['demo-bevraging-2026'], prev: IDLE_FORM, fields: { closesOn: '2099-12-31' } },
  },
  { type: 'action', file: 'app/workshop/actions.ts', name: 'joinWorkshopAction', access: { kind: 'special', reason: 'Joining needs the code; wrong codes are limited per address (tests/e2e/workshop-access.spec.ts, tests/integration/workshop-join.test.ts).' } },
  {
    type: 'action', file: 'app/workshops/actions.ts', name: 'openWorkshopAction', access: { kind: 'house-edit' },
    call: { args: (house) => [house], prev: IDLE_FORM, fields: {} },
  },
  {
    type: 'action', file: 'app/workshop/[code]/afsluiten/actions.ts', name: 'saveActionItemAction', access: { kind: 'workshop-run' },
    call: { args: (_house, workshop) => [workshop, 'type:politie'], prev: IDLE_ENTRY, fields: { owner: 'Indringer', version: '0' } },
  },
  {
    // Without the tick the close is refused after the access check, so the positive control closes nothing.
    type: 'action', file: 'app/workshop/[code]/afsluiten/actions.ts', name: 'closeWorkshopAction', access: { kind: 'workshop-run' },
    call: { args: (_house, workshop) => [workshop], prev: IDLE_FORM, fields: {} },
  },
];

/** Paths whose routes must not be public without a stated reason: they hold or change house data. */
export const SENSITIVE = [/\[id\]/, /\[code\]/, /^app\/huizen\//, /^app\/api\/huizen\//, /^app\/workshops?\//, /^app\/w\//, /^app\/overzicht\//, /^app\/beheer\//];
