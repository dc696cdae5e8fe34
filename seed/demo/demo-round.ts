import { NO_ANSWER } from '../../lib/domain/rounds/round-answer';
import type { RoundFormFields } from '../../lib/domain/rounds/parse-round-form';
import type { RoundFormRow } from '../../lib/domain/rounds/round-form';
import type { LevelCode } from '../../lib/domain/levels';
import type { Random } from './prng';

/**
 * The demo's closed survey round, "Bevraging 2026 (fictief)" (issue 19): 100 of the 116 fictional
 * houses answered question 4 between March and June 2026, each starting from its map (which
 * reproduces the 2016 report exactly, and keeps doing so: the round changes no map). So that a
 * comparison with 2016 shows something, the answers move the way a few years of a house's work
 * would plausibly move them: some "nog niet" became partners (the expansion potential of 2016
 * taken up), some partners grew (minimaal → gemiddeld, and gemiddeld → kernpartner, more often
 * for the partners that must join and the local government), a few "niet" turned into "nog niet",
 * and a few blanks got an answer. Answers that follow from named organisations stay as the map
 * has them. All of it is fictional; only the method is the product's.
 */
export const DEMO_ROUND = {
  id: 'demo-bevraging-2026',
  name: 'Bevraging 2026 (fictief)',
  opensOn: '2026-03-01',
  closesOn: '2026-06-30',
  /** Closed on its closing day at 23:59 Brussels time: closed whatever today's date is. */
  closedAt: '2026-06-30T21:59:00.000Z',
  openedAt: '2026-02-20T09:00:00.000Z',
  message:
    'Fictieve bevraging van de demogegevens. Bevestig per soort actor hoe sterk die betrokken is, zoals in vraag 4 van 2016: uw kaart staat al ingevuld.',
} as const;

const DEMO_ROUND_SUBMISSIONS = 100;

/** The types whose gemiddeld partners became kernpartner more often: local government and partners that must join. */
const CORE_GROWTH = new Set(['lokaal-bestuur', 'ocmw', 'kinderopvang-babys-peuters', 'kinderopvang-buitenschoolse', 'regioteam-kind-en-gezin']);

/** Which houses submitted, and when (an ISO moment within the round's days, office hours). */
export function demoRoundSubmitters(houseIds: readonly string[], random: Random): { houseId: string; at: string; day: string }[] {
  const start = Date.UTC(2026, 2, 1);
  return random
    .shuffle(houseIds)
    .slice(0, DEMO_ROUND_SUBMISSIONS)
    .map((houseId) => {
      const moment = new Date(start + random.int(0, 121) * 86_400_000 + random.int(7 * 60, 16 * 60) * 60_000);
      return { houseId, at: moment.toISOString(), day: moment.toISOString().slice(0, 10) };
    })
    .sort((a, b) => a.at.localeCompare(b.at));
}

function moved(row: RoundFormRow, random: Random): LevelCode | typeof NO_ANSWER {
  const level = row.mapLevel;
  if (level === null) return random.chance(0.25) ? (random.chance(0.5) ? 'nog_niet' : 'niet') : NO_ANSWER;
  switch (level) {
    case 'nog_niet':
      return random.chance(0.35) ? (random.chance(0.6) ? 'minimaal' : 'gemiddeld') : level;
    case 'minimaal':
      return random.chance(0.2) ? 'gemiddeld' : level;
    case 'gemiddeld':
      return random.chance(row.mandatory || CORE_GROWTH.has(row.code) ? 0.35 : 0.12) ? 'kernpartner' : level;
    case 'niet':
      return random.chance(0.08) ? 'nog_niet' : level;
    default:
      return level;
  }
}

/** One house's form as the demo fills it in: every row answered (a blank of the map may stay "geen antwoord"). */
export function demoRoundFields(rows: readonly RoundFormRow[], random: Random): RoundFormFields {
  const fields: RoundFormFields = {};
  for (const row of rows) if (!row.derived) fields[`antwoord.${row.code}`] = moved(row, random);
  return fields;
}
