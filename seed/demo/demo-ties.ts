import { isDirect } from '../../lib/domain/levels';
import { tieEnds, tieKey } from '../../lib/domain/ties/tie-ends';
import type { TieKind } from '../../lib/domain/ties/tie-kinds';
import type { DemoActor, DemoInvolvement, DemoTie } from './demo-types';
import { createRandom } from './prng';

/**
 * Plausible, fictional ties for the demo houses that name organisations (issue 17): who refers
 * families to whom, who aligns their offer, who organises something together, who keeps each
 * other informed, taken from what the report describes between partners (l. 1731 "warme
 * doorverwijzing", l. 1659-1661 co-creatie, l. 4016-4020 afstemming, l. 2430-2433 the Lokaal
 * Overleg Kinderopvang). Each house draws from its own generator (seeded with its id), so the
 * ties never change the answers, involvements or 2016 figures the rest of the demo fits.
 */
interface Rule {
  from: readonly string[];
  to: readonly string[];
  kind: TieKind;
  chance: number;
}

/** Fewer ties than every plausible pair: a house maps what it knows, not every possible link. */
const DENSITY = 0.5;

const KINDEROPVANG = ['kinderopvang-babys-peuters', 'onthaalouders', 'kinderopvang-buitenschoolse'];
const RULES: readonly Rule[] = [
  { from: ['consultatiebureauwerking'], to: KINDEROPVANG, kind: 'doorverwijzing', chance: 0.7 },
  {
    from: ['consultatiebureauwerking'],
    to: [
      'gezinsondersteuning-aan-huis-door-vrijwilligers',
      'centrum-voor-kinderzorg-en-gezinsbegeleiding-ckg',
      'opvoedingswinkel-opvoedingspunt',
      'inloopteam',
    ],
    kind: 'doorverwijzing',
    chance: 0.6,
  },
  {
    from: ['kraamzorg', 'vroedvrouwen', 'expertisecentrum-kraamzorg', 'ziekenhuis', 'prenatale-steunpunten'],
    to: ['consultatiebureauwerking'],
    kind: 'doorverwijzing',
    chance: 0.6,
  },
  {
    from: ['centrum-voor-leerlingenbegeleiding-clb'],
    to: ['caw', 'centrum-voor-geestelijke-gezondheidszorg-cgg', 'jeugdhulp-organisaties-jongerenwelzijn'],
    kind: 'doorverwijzing',
    chance: 0.6,
  },
  {
    from: ['huisartsen-kringen', 'wijkgezondheidscentrum'],
    to: ['centrum-voor-geestelijke-gezondheidszorg-cgg', 'caw', 'consultatiebureauwerking'],
    kind: 'doorverwijzing',
    chance: 0.4,
  },
  {
    from: ['inloopteam', 'opvoedingswinkel-opvoedingspunt'],
    to: ['centrum-voor-kinderzorg-en-gezinsbegeleiding-ckg', 'caw'],
    kind: 'doorverwijzing',
    chance: 0.5,
  },
  { from: ['ocmw'], to: ['caw', 'welzijnsschakel', 'vereniging-waar-armen-het-woord-nemen', 'samenlevingsopbouw'], kind: 'afstemming', chance: 0.6 },
  { from: ['school-scholen', 'schoolopbouwwerk'], to: ['centrum-voor-leerlingenbegeleiding-clb'], kind: 'afstemming', chance: 0.6 },
  { from: KINDEROPVANG, to: ['regioteam-kind-en-gezin', 'lokaal-bestuur'], kind: 'afstemming', chance: 0.5 },
  { from: ['bibliotheek'], to: ['spel-en-ontmoetingsinitiatief', 'school-scholen', 'jeugddienst', 'cultuurdienst'], kind: 'co-creatie', chance: 0.5 },
  {
    from: ['opvoedingswinkel-opvoedingspunt'],
    to: ['gezinsbond', 'spel-en-ontmoetingsinitiatief', 'bibliotheek', 'inloopteam'],
    kind: 'co-creatie',
    chance: 0.5,
  },
  {
    from: ['jeugddienst', 'sportdienst', 'vrijetijdsdienst-gemeente'],
    to: ['jeugdwerk', 'vakantie-en-speelpleinwerk', 'sportverenigingen'],
    kind: 'co-creatie',
    chance: 0.4,
  },
  { from: ['regioteam-kind-en-gezin'], to: ['consultatiebureauwerking', 'lokaal-bestuur', 'ocmw'], kind: 'informatie-uitwisseling', chance: 0.6 },
  { from: ['lokaal-bestuur'], to: ['ocmw', 'bibliotheek', 'jeugddienst', 'integratiedienst'], kind: 'informatie-uitwisseling', chance: 0.4 },
];

const NOTES: Record<TieKind, readonly string[]> = {
  doorverwijzing: ['Fictief voorbeeld: warme overdracht met een telefoontje vooraf.', 'Fictief voorbeeld: een vast aanspreekpunt voor doorverwijzingen.'],
  afstemming: [
    'Fictief voorbeeld: samen op het lokaal overleg, aanbod naast elkaar gelegd.',
    'Fictief voorbeeld: maandelijks afstemmen wie welke gezinnen volgt.',
  ],
  'co-creatie': ['Fictief voorbeeld: samen een voorleesmoment voor peuters.', 'Fictief voorbeeld: een gezamenlijke infoavond voor ouders.'],
  'informatie-uitwisseling': ['Fictief voorbeeld: nieuwsbrief en activiteitenkalender gedeeld.', 'Fictief voorbeeld: een gedeelde sociale kaart.'],
};

/** A stable number from a house id, to seed that house's own generator. */
function seedOf(houseId: string, seed: number): number {
  let h = seed >>> 0;
  for (const c of houseId) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}

export function buildDemoTies(houseId: string, involvements: readonly DemoInvolvement[], actors: ReadonlyMap<string, DemoActor>, seed: number): DemoTie[] {
  const random = createRandom(seedOf(houseId, seed));
  // Partners that take part (directly, or indirectly through a forum) can work together.
  const partners = involvements
    .filter((i) => isDirect(i.level) || i.level === 'indirect')
    .map((i) => actors.get(i.actorId)!)
    .filter(Boolean);
  const byType = new Map<string, DemoActor[]>();
  for (const a of partners) byType.set(a.typeCode, [...(byType.get(a.typeCode) ?? []), a]);
  const ties: DemoTie[] = [];
  const seen = new Set<string>();
  for (const rule of RULES) {
    for (const fromType of rule.from) {
      for (const toType of rule.to) {
        for (const a of byType.get(fromType) ?? []) {
          for (const b of byType.get(toType) ?? []) {
            if (a.id === b.id || !random.chance(rule.chance * DENSITY)) continue;
            const key = tieKey(rule.kind, a.id, b.id);
            if (seen.has(key)) continue;
            seen.add(key);
            const ends = tieEnds(rule.kind, a.id, b.id);
            ties.push({
              id: `demo-tie-${houseId}-${ties.length + 1}`,
              kind: rule.kind,
              ...ends,
              note: random.chance(0.4) ? random.pick(NOTES[rule.kind]) : null,
              since: random.chance(0.5) ? random.int(2008, 2016) : null,
            });
          }
        }
      }
    }
  }
  return ties;
}
