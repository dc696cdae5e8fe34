import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readHouseHistory } from '@/graph/repositories/history';
import { saveTypeAnswer } from '@/graph/repositories/involvement';
import { readRound } from '@/graph/repositories/rounds';
import { commitStamp, readTx, writeTx } from '@/graph/session';
import { readCurrentRoundsOfHouse } from '@/graph/house-rounds-cache';
import { brusselsDate } from '@/lib/domain/brussels-date';
import type { RoundActor } from '@/lib/domain/rounds/round-access';
import { RoundClosedError, RoundFormIncompleteError, RoundNotForHouseError } from '@/lib/domain/rounds/round-errors';
import { AreaForbiddenError, ForbiddenError, ValidationError } from '@/lib/domain/errors';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { isDirect, LEVEL_CODES, type LevelCode } from '@/lib/domain/levels';
import type { AnswerTable } from '@/lib/domain/survey/answer-table';
import type { DistributionTable } from '@/lib/domain/survey/distribution-table';
import { computeSurveyFigures } from '@/lib/use-cases/survey';
import type { UrbanisationMeansTable } from '@/lib/domain/survey/urbanisation-means';
import { closeRound, reopenRound } from '@/lib/use-cases/rounds/close-round';
import { loadHouseRound, roundTasksOfHouse } from '@/lib/use-cases/rounds/house-round';
import { openRound } from '@/lib/use-cases/rounds/open-round';
import { loadRoundProgress, waitingHousesFile } from '@/lib/use-cases/rounds/rounds-overview';
import { submitRound } from '@/lib/use-cases/rounds/submit-round';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

// Six houses of their own in the shared test database (the 116 demo houses stay untouched), a
// round over them opened today, and every role played by a plain actor, as the edge would pass it.
const today = brusselsDate();
const inDays = (days: number) => brusselsDate(new Date(Date.now() + days * 86_400_000));

const agency: RoundActor = { id: 'it-rounds-kg', name: 'Kind en Gezin (test)', role: 'kind_en_gezin', houseIds: [] };
const admin: RoundActor = { id: 'it-rounds-admin', name: 'Beheerder (test)', role: 'beheerder', houseIds: [] };

const houses: string[] = [];
const rounds: string[] = [];
let roundId: string;
const coordinator = (houseId: string): RoundActor => ({ id: `it-rounds-coord-${houseId}`, name: `Coördinator ${houseId}`, role: 'coordinator', houseIds: [houseId] });

/** Every row of the house's form as the map has it, "geen antwoord" where it has none, then the changes. */
async function fullForm(houseId: string, changes: Record<string, string> = {}): Promise<Record<string, string>> {
  const page = await loadHouseRound(coordinator(houseId), houseId, roundId, { fromMap: true });
  const fields: Record<string, string> = {};
  for (const row of page.rows) if (!row.derived) fields[`antwoord.${row.code}`] = row.value ?? 'geen_antwoord';
  return { ...fields, ...changes };
}

/** The submissions of the round, read straight from the frozen snapshots (their network JSON), not through the product's counts. */
async function frozenNetworks(id: string): Promise<{ houseId: string; urbanisation: string; network: HouseNetwork }[]> {
  return readTx(async (tx) => {
    const result = await tx.run(
      `MATCH (:Round {id: $id})<-[:SUBMITTED_FOR]-(s:Snapshot)-[:OF]->(h:House)
       RETURN h.id AS houseId, h.urbanisation AS urbanisation, s.network AS network`,
      { id },
    );
    return result.records.map((r) => ({ houseId: r.get('houseId'), urbanisation: r.get('urbanisation'), network: JSON.parse(r.get('network')) as HouseNetwork }));
  });
}

async function submissionsOf(houseId: string): Promise<{ id: string; network: string }[]> {
  return readTx(async (tx) => {
    const result = await tx.run('MATCH (:Round {id: $roundId})<-[:SUBMITTED_FOR]-(s:Snapshot)-[:OF]->(:House {id: $houseId}) RETURN s.id AS id, s.network AS network', { roundId, houseId });
    return result.records.map((r) => ({ id: r.get('id'), network: r.get('network') }));
  });
}

const levelOf = (network: HouseNetwork, code: string) => network.types.find((t) => t.code === code)?.answer?.level ?? null;

describe('survey rounds', () => {
  beforeAll(async () => {
    // Four regiostedelijk houses and two in buitengebied, answering differently.
    const networks: { answers: { type: string; level: LevelCode }[]; urbanisation: 'regiostedelijk' | 'buitengebied' }[] = [
      { answers: [{ type: 'ocmw', level: 'kernpartner' }, { type: 'politie', level: 'gemiddeld' }, { type: 'bibliotheek', level: 'nog_niet' }], urbanisation: 'regiostedelijk' },
      { answers: [{ type: 'ocmw', level: 'gemiddeld' }, { type: 'bibliotheek', level: 'minimaal' }], urbanisation: 'regiostedelijk' },
      { answers: [{ type: 'ocmw', level: 'minimaal' }, { type: 'lokaal-bestuur', level: 'kernpartner' }], urbanisation: 'regiostedelijk' },
      { answers: [{ type: 'ocmw', level: 'kernpartner' }, { type: 'caw', level: 'niet' }], urbanisation: 'regiostedelijk' },
      { answers: [{ type: 'ocmw', level: 'niet_aanwezig' }], urbanisation: 'buitengebied' },
      { answers: [{ type: 'politie', level: 'kernpartner' }, { type: 'ocmw', level: 'kernpartner' }], urbanisation: 'buitengebied' },
    ];
    for (const network of networks) houses.push((await createNetworkFixture(network)).houseId);
    const opened = await openRound(agency, { name: 'Bevraging integratietest', opensOn: today, closesOn: inDays(30), scope: 'selectie', houseIds: houses, message: 'Graag vóór het einde van de maand.' });
    roundId = opened.id;
    rounds.push(roundId);
    expect(opened.houses).toBe(6);
  });

  afterAll(async () => {
    await deleteNetworkFixtures(houses);
    await writeTx(async (tx) => {
      await tx.run('MATCH (r:Round) WHERE r.id IN $rounds DETACH DELETE r', { rounds });
      await tx.run('MATCH (c:Change) WHERE c.target IN $targets DELETE c', { targets: rounds.map((id) => `round:${id}`) });
    });
    await closeDriver();
  });

  it('opens a round for the chosen houses, audited, and refuses bad input in Dutch with nothing written', async () => {
    const round = (await readTx((tx) => readRound(tx, { roundId })))!;
    expect(round).toMatchObject({ name: 'Bevraging integratietest', opensOn: today, closesOn: inDays(30), houses: 6, submitted: 0, closedAt: null });
    const opened = await readTx(async (tx) => (await tx.run('MATCH (c:Change {target: $target}) RETURN c.action AS action, c.by AS by', { target: `round:${roundId}` })).records.map((r) => r.toObject()));
    expect(opened).toEqual([{ action: 'round.open', by: agency.id }]);

    const before = await readTx(async (tx) => (await tx.run('MATCH (r:Round) RETURN count(r) AS n')).records[0].get('n'));
    await expect(openRound(agency, { name: 'B', opensOn: today, closesOn: today })).rejects.toMatchObject({ fieldErrors: { name: [expect.stringContaining('minstens 3 tekens')] } });
    await expect(openRound(agency, { name: 'Bevraging', opensOn: inDays(5), closesOn: inDays(2) })).rejects.toMatchObject({ fieldErrors: { closesOn: ['De sluitingsdatum ligt vóór de openingsdatum.'] } });
    await expect(openRound(agency, { name: 'Bevraging', opensOn: today, closesOn: today, scope: 'selectie', houseIds: ['bestaat-niet-xyz'] })).rejects.toBeInstanceOf(ValidationError);
    expect(await readTx(async (tx) => (await tx.run('MATCH (r:Round) RETURN count(r) AS n')).records[0].get('n'))).toBe(before);
  });

  it('shows its task to the coordinator, prefilled from the map, and names what is missing in Dutch', async () => {
    const [house] = houses;
    const tasks = await roundTasksOfHouse(coordinator(house), house);
    expect(tasks).toEqual([expect.objectContaining({ roundId, name: 'Bevraging integratietest', submittedAt: null, message: 'Graag vóór het einde van de maand.' })]);
    expect(await roundTasksOfHouse(agency, house)).toEqual([]);

    const page = await loadHouseRound(coordinator(house), house, roundId);
    const questionnaire = page.rows.filter((r) => r.section === 'vraag-4');
    expect(questionnaire).toHaveLength(52);
    expect(questionnaire[0].name).toBe('Agentschap Integratie en Inburgering');
    expect(questionnaire.find((r) => r.code === 'ocmw')!.value).toBe('kernpartner');
    expect(questionnaire.find((r) => r.code === 'vdab')!.value).toBeNull();

    const fields = await fullForm(house);
    delete fields['antwoord.vdab'];
    delete fields['antwoord.ziekenhuis'];
    const refused = await submitRound(coordinator(house), house, roundId, fields).catch((e) => e);
    expect(refused).toBeInstanceOf(RoundFormIncompleteError);
    expect(refused.userMessage).toBe('Nog geen antwoord voor 2 actoren: VDAB en Ziekenhuis. Kies voor elke actor een betrokkenheid of ‘Geen antwoord’. Er werd niets ingediend.');
    expect(refused.fieldErrors['antwoord.vdab']).toBeDefined();
    expect(await submissionsOf(house)).toEqual([]);
  });

  it('freezes the map as confirmed: later map edits change neither the submission nor the round’s figures', async () => {
    const [house] = houses;
    const result = await submitRound(coordinator(house), house, roundId, await fullForm(house, { 'antwoord.bibliotheek': 'gemiddeld', 'andere.1.naam': 'Buurtcomité De Linde', 'andere.1.antwoord': 'minimaal' }));
    expect(result.replaced).toBe(false);
    const [frozen] = await submissionsOf(house);
    const network = JSON.parse(frozen.network) as HouseNetwork;
    expect(levelOf(network, 'bibliotheek')).toBe('gemiddeld');
    expect(levelOf(network, 'ocmw')).toBe('kernpartner');
    expect(levelOf(network, 'vdab')).toBeNull();
    expect(network.types.find((t) => t.name === 'Buurtcomité De Linde')?.answer?.level).toBe('minimaal');

    const figuresBefore = await computeSurveyFigures({}, 'agency', { shown: roundId, compared: '2016' });
    await writeTx((tx) => saveTypeAnswer(tx, { houseId: house, by: 'it', byName: 'Test', typeCode: 'ocmw', expectedVersion: 1, change: { level: 'niet' } }));
    expect((await submissionsOf(house))[0].network).toBe(frozen.network);
    expect(await computeSurveyFigures({}, 'agency', { shown: roundId, compared: '2016' })).toEqual(figuresBefore);
    expect((await readHouseHistory(house)).some((c) => c.action === 'round.submit')).toBe(true);
  });

  it('replaces a submission when the house submits again before the closing day', async () => {
    const [house] = houses;
    const [first] = await submissionsOf(house);
    const result = await submitRound(coordinator(house), house, roundId, await fullForm(house, { 'antwoord.bibliotheek': 'kernpartner' }));
    expect(result.replaced).toBe(true);
    const after = await submissionsOf(house);
    expect(after).toHaveLength(1);
    expect(after[0].id).not.toBe(first.id);
    // The map changed since (ocmw is "niet" now): the new submission starts from the map as it is.
    expect(levelOf(JSON.parse(after[0].network), 'bibliotheek')).toBe('kernpartner');
    expect(levelOf(JSON.parse(after[0].network), 'ocmw')).toBe('niet');
    expect((await readHouseHistory(house)).some((c) => c.action === 'round.resubmit')).toBe(true);
    expect((await readTx((tx) => readRound(tx, { roundId })))!.submitted).toBe(1);
  });

  it('checks who may do what on the server: rounds for Kind en Gezin and the beheerder, submissions for the house', async () => {
    const [a, b] = houses;
    await expect(submitRound(coordinator(a), b, roundId, await fullForm(b))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitRound(agency, a, roundId, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitRound(admin, a, roundId, {})).rejects.toBeInstanceOf(ForbiddenError);
    const facilitator: RoundActor = { id: 'it-rounds-fac', name: 'Facilitator', role: 'facilitator', houseIds: [b] };
    await expect(submitRound(facilitator, a, roundId, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(openRound(coordinator(a), { name: 'Bevraging van een coördinator', opensOn: today, closesOn: today })).rejects.toBeInstanceOf(AreaForbiddenError);
    await expect(closeRound(coordinator(a), roundId, { bevestig: 'ja' })).rejects.toBeInstanceOf(AreaForbiddenError);
    await expect(reopenRound(agency, roundId, { closesOn: inDays(40) })).rejects.toBeInstanceOf(AreaForbiddenError);
    await expect(loadRoundProgress(coordinator(a), roundId)).rejects.toBeInstanceOf(AreaForbiddenError);
    await expect(waitingHousesFile(facilitator, roundId)).rejects.toBeInstanceOf(AreaForbiddenError);
    await expect(loadHouseRound(coordinator(a), b, roundId)).rejects.toBeInstanceOf(ForbiddenError);
    // A round covers only its houses: a demo house's coordinator cannot submit to it.
    await expect(submitRound(coordinator('demo-001'), 'demo-001', roundId, {})).rejects.toBeInstanceOf(RoundNotForHouseError);
    // The invited facilitator of a house may confirm its network, like its coordinator.
    expect((await submitRound(facilitator, b, roundId, await fullForm(b))).replaced).toBe(false);
  });

  it('counts the round’s figures exactly as the frozen snapshots hold them, and Kind en Gezin sees the progress', async () => {
    for (const house of houses.slice(2)) await submitRound(coordinator(house), house, roundId, await fullForm(house, { 'antwoord.politie': 'minimaal' }));
    const figures = await computeSurveyFigures({}, 'agency', { shown: roundId, compared: '2016' });
    if (figures.status !== 'ok') throw new Error(`no figures: ${JSON.stringify(figures)}`);
    expect(figures.sources.shown).toMatchObject({ id: roundId, kind: 'round', provisional: true, label: 'Bevraging integratietest (voorlopig)' });

    const frozen = await frozenNetworks(roundId);
    expect(frozen).toHaveLength(6);
    expect(figures.houses).toBe(6);
    const rows = figures.tables.filter((t): t is AnswerTable => t.kind === 'answers').flatMap((t) => t.rows);
    for (const row of rows) {
      for (const level of LEVEL_CODES) {
        const counted = frozen.filter((f) => levelOf(f.network, row.typeCode) === level).length;
        expect(row.now.byLevel[level], `${row.typeCode} ${level}`).toBe(counted);
      }
      expect(row.now.noAnswer, row.typeCode).toBe(frozen.filter((f) => levelOf(f.network, row.typeCode) === null).length);
    }
    const direct = frozen.map((f) => f.network.types.filter((t) => t.answer && isDirect(t.answer.level)).length);
    const kern = frozen.map((f) => f.network.types.filter((t) => t.answer?.level === 'kernpartner').length);
    const tabel26 = figures.tables.find((t) => t.id === 'tabel-26') as DistributionTable;
    const tabel27 = figures.tables.find((t) => t.id === 'tabel-27') as DistributionTable;
    for (const bin of tabel26.bins) expect(bin.now, `tabel 26 ${bin.label}`).toBe(direct.filter((n) => n >= bin.min && n <= bin.max).length);
    for (const bin of tabel27.bins) expect(bin.now, `tabel 27 ${bin.label}`).toBe(kern.filter((n) => n >= bin.min && n <= bin.max).length);
    expect(tabel26.now.houses).toBe(6);
    const means = figures.tables.find((t) => t.id === 'verstedelijking') as UrbanisationMeansTable;
    const regio = frozen.filter((f) => f.urbanisation === 'regiostedelijk').map((f) => f.network.types.filter((t) => t.answer && isDirect(t.answer.level)).length);
    expect(means.rows.find((r) => r.urbanisation === 'regiostedelijk')!.direct).toBe(Math.round((10 * regio.reduce((a, b) => a + b, 0)) / regio.length) / 10);
    // Compared with the report, the change is in percentage points of the houses that answered.
    const ocmw = rows.find((r) => r.typeCode === 'ocmw')!;
    expect(ocmw.change!.byLevel.kernpartner).toBe(Math.round(1000 * (ocmw.now.byLevel.kernpartner / ocmw.now.answered - ocmw.report!.byLevel.kernpartner / ocmw.report!.answered)) / 10);

    // Two regiostedelijk selections of the round: 4 houses, below the minimum of 5.
    expect(await computeSurveyFigures({ verstedelijking: 'regiostedelijk' }, 'agency', { shown: roundId, compared: '2016' })).toEqual({ status: 'too-few-houses', houses: 4 });

    const progress = await loadRoundProgress(agency, roundId);
    expect(progress.progress).toMatchObject({ total: 6, submitted: 6, waiting: [] });
    expect(progress.progress.byProvince).toEqual([{ province: 'Antwerpen', total: 6, submitted: 6, percent: 100 }]);
  });

  it('keeps a running round’s figures from visitors, and refuses submissions once closed, with a Dutch message and nothing written', async () => {
    const running = await computeSurveyFigures({}, 'public', { shown: roundId, compared: '2016' });
    expect(running).toMatchObject({ status: 'unavailable', message: expect.stringContaining('alleen voor Kind en Gezin') });

    const [house] = houses;
    // After its closing day the round refuses, even before anyone closes it.
    const late = await submitRound(coordinator(house), house, roundId, await fullForm(house), { today: inDays(31) }).catch((e) => e);
    expect(late).toBeInstanceOf(RoundClosedError);

    await closeRound(agency, roundId, { bevestig: 'ja' });
    const before = await submissionsOf(house);
    const refused = await submitRound(coordinator(house), house, roundId, await fullForm(house, { 'antwoord.ocmw': 'minimaal' })).catch((e) => e);
    expect(refused).toBeInstanceOf(RoundClosedError);
    expect(refused.userMessage).toMatch(/^Bevraging integratietest is afgesloten sinds \d{2}-\d{2}-\d{4}: indienen of opnieuw indienen kan niet meer\. Er werd niets opgeslagen\./);
    expect(await submissionsOf(house)).toEqual(before);
    await expect(closeRound(agency, roundId, { bevestig: 'ja' })).rejects.toMatchObject({ userMessage: 'Bevraging integratietest is al afgesloten.' });

    // Closed, its figures are final and anyone may see them (Flanders, or a safe single filter).
    const closed = await computeSurveyFigures({}, 'public', { shown: roundId, compared: 'nu' });
    expect(closed).toMatchObject({ status: 'ok', houses: 6, sources: { shown: { provisional: false, label: 'Bevraging integratietest' } } });

    // The beheerder reopens it (audited); then the house may submit again.
    await reopenRound(admin, roundId, { closesOn: inDays(10) });
    expect((await submitRound(coordinator(house), house, roundId, await fullForm(house))).replaced).toBe(true);
    const trail = await readTx(async (tx) => (await tx.run('MATCH (c:Change {target: $target}) RETURN c.action AS action ORDER BY c.at', { target: `round:${roundId}` })).records.map((r) => r.get('action')));
    expect(trail).toEqual(['round.open', 'round.close', 'round.reopen']);
  });

  it("keeps a house's rounds for its banner under the request's commit stamp: a repeat view reads nothing, a new round shows at once", async () => {
    const house = houses[1];
    const stamp = await commitStamp();
    const first = await readCurrentRoundsOfHouse(house, stamp);
    // Nothing committed since: the same kept (frozen) rows.
    expect(await readCurrentRoundsOfHouse(house, await commitStamp())).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);

    const another = await openRound(agency, { name: 'Bevraging banner', opensOn: today, closesOn: inDays(10), scope: 'selectie', houseIds: [house] });
    rounds.push(another.id);
    const after = await readCurrentRoundsOfHouse(house, await commitStamp());
    expect(after).toHaveLength(first.length + 1);
    const tasks = await roundTasksOfHouse(coordinator(house), house, { stamp: commitStamp });
    expect(tasks).toContainEqual(expect.objectContaining({ roundId: another.id, name: 'Bevraging banner', submittedAt: null }));
  });
});
