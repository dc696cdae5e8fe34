import { describe, expect, it } from 'vitest';
import { CSV_BOM } from '@/lib/domain/csv';
import { freezeSubmission } from '@/lib/domain/rounds/freeze-submission';
import { parseRoundForm } from '@/lib/domain/rounds/parse-round-form';
import { canManageRounds, canReopenRound, canSubmitForHouse } from '@/lib/domain/rounds/round-access';
import { RoundClosedError } from '@/lib/domain/rounds/round-errors';
import { roundFormRows, previousAnswersOf, type QuestionnaireType } from '@/lib/domain/rounds/round-form';
import { openRoundSchema, reopenRoundSchema, roundIdFor } from '@/lib/domain/rounds/round-input';
import { roundProgress, waitingHousesCsv } from '@/lib/domain/rounds/round-progress';
import { closedEarly, roundStatus, roundTaskText } from '@/lib/domain/rounds/round';
import { parseSourceChoice, roundSource, sourceQuery } from '@/lib/domain/survey/figure-source';
import { distributionOf, figuresFromHouses } from '@/lib/domain/survey/source-figures';
import type { HouseNetwork, NetworkType } from '@/lib/domain/house-network';
import { answerChange, toAnswerCounts } from '@/lib/domain/survey/answer-table';
import { buildDistributionTableFrom } from '@/lib/domain/survey/distribution-table';
import { surveyTableToCsv } from '@/lib/domain/survey/survey-table-csv';
import { demoRoundFields, demoRoundSubmitters } from '@/seed/demo/demo-round';
import { createRandom } from '@/seed/demo/prng';

const questionnaire: QuestionnaireType[] = [
  { code: 'bibliotheek', name: 'Bibliotheek', cluster: 'x', mandatory: false },
  { code: 'caw', name: 'CAW', cluster: 'x', mandatory: false },
  { code: 'ocmw', name: 'OCMW', cluster: 'x', mandatory: false },
];

function type(code: string, answer: NetworkType['answer'], catalogue = true): NetworkType {
  return { code, name: code.toUpperCase(), order: 1, cluster: 'x', mandatory: false, mandatoryNote: null, catalogue, answer };
}

const answer = (level: NonNullable<NetworkType['answer']>['level'], derived = false) => ({ level, derived, version: 2, note: 'notitie', owner: null, nextStep: null, due: null, desired: null, updatedAt: null, updatedBy: null });

const network: HouseNetwork = {
  house: { id: 'h1', name: 'Huis', municipalities: ['Aadorp'], province: 'Limburg', urbanisation: 'buitengebied', intermunicipal: false, version: 1 },
  clusters: [],
  types: [type('bibliotheek', answer('minimaal')), type('caw', answer('kernpartner', true)), type('ocmw', null), type('prenatale-steunpunten', answer('gemiddeld')), type('eigen-type', answer('nog_niet'), false)],
  actors: [{ id: 'a1', name: 'CAW Limburg', typeCode: 'caw', regional: true, level: 'kernpartner', via: null, version: 1, updatedAt: null, updatedBy: null, forums: [], otherHouses: [], note: null, owner: null, nextStep: null, due: null }],
  forums: [],
};

describe('a survey round', () => {
  it('is planned, open up to and including its closing day, then closed; or closed early', () => {
    const round = { opensOn: '2027-03-01', closesOn: '2027-03-15', closedAt: null };
    expect(roundStatus(round, '2027-02-28')).toBe('gepland');
    expect(roundStatus(round, '2027-03-01')).toBe('open');
    expect(roundStatus(round, '2027-03-15')).toBe('open');
    expect(roundStatus(round, '2027-03-16')).toBe('gesloten');
    const early = { ...round, closedAt: '2027-03-10T09:00:00.000Z' };
    expect(roundStatus(early, '2027-03-11')).toBe('gesloten');
    expect(closedEarly(early)).toBe(true);
    expect(closedEarly({ ...round, closedAt: '2027-03-15T21:59:00.000Z' })).toBe(false);
    expect(roundTaskText({ name: 'Bevraging 2027', closesOn: '2027-03-15' })).toBe('Bevraging 2027: bevestig uw netwerk tegen 15-03-2027');
    expect(new RoundClosedError({ id: 'r', name: 'Bevraging 2027', opensOn: '2027-03-01', closesOn: '2027-03-15', closedAt: null }).userMessage).toMatch(/^Bevraging 2027 is afgesloten sinds 15-03-2027/);
  });

  it('is opened and closed by Kind en Gezin or the beheerder, reopened by the beheerder, answered by whoever edits the house', () => {
    expect(canManageRounds({ role: 'kind_en_gezin', houseIds: [] })).toBe(true);
    expect(canManageRounds({ role: 'beheerder', houseIds: [] })).toBe(true);
    expect(canManageRounds({ role: 'coordinator', houseIds: ['h1'] })).toBe(false);
    expect(canReopenRound({ role: 'kind_en_gezin', houseIds: [] })).toBe(false);
    expect(canReopenRound({ role: 'beheerder', houseIds: [] })).toBe(true);
    expect(canSubmitForHouse({ role: 'coordinator', houseIds: ['h1'] }, 'h1')).toBe(true);
    expect(canSubmitForHouse({ role: 'coordinator', houseIds: ['h1'] }, 'h2')).toBe(false);
    expect(canSubmitForHouse({ role: 'kind_en_gezin', houseIds: [] }, 'h1')).toBe(false);
  });

  it('refuses impossible dates and empty selections with Dutch messages', () => {
    const schema = openRoundSchema('2027-01-10');
    const messages = (input: unknown) => (schema.safeParse(input).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages({ name: 'Bevraging 2027', opensOn: '2027-02-30', closesOn: '2027-03-15' })).toEqual(['opensOn: Geef een geldige datum op (dd-mm-jjjj).']);
    expect(messages({ name: 'Bevraging 2027', opensOn: '2027-01-01', closesOn: '2027-01-05' })).toEqual(['closesOn: De sluitingsdatum ligt in het verleden (vandaag is het 10-01-2027).']);
    expect(messages({ name: 'Bevraging 2027', opensOn: '2027-01-10', closesOn: '2027-03-15', scope: 'selectie' })).toEqual(['houseIds: Kies minstens één provincie of één huis, of kies alle huizen.']);
    expect(messages({ name: 'Bevraging\u0000', opensOn: '2027-01-10', closesOn: '2027-03-15' })[0]).toContain('stuurteken');
    expect(schema.parse({ name: ' Bevraging 2027 ', opensOn: '2027-01-10', closesOn: '2027-03-15' })).toMatchObject({ name: 'Bevraging 2027', scope: 'alle', houseIds: [], provinces: [] });
    expect(reopenRoundSchema('2027-04-01').safeParse({ closesOn: '2027-03-31' }).error?.issues[0].message).toBe('De nieuwe sluitingsdatum moet vandaag (01-04-2027) of later zijn.');
    expect(roundIdFor('Bevraging 2027 – Limburg & Antwerpen!', 'k3f9q')).toBe('bevraging-2027-limburg-antwerpen-k3f9q');
  });
});

describe('the round’s questionnaire', () => {
  it('lists question 4 in the questionnaire’s order and then the house’s own types, prefilled from the map', () => {
    const rows = roundFormRows(questionnaire, network, null);
    expect(rows.map((r) => [r.code, r.section, r.value, r.derived])).toEqual([
      ['bibliotheek', 'vraag-4', 'minimaal', false],
      ['caw', 'vraag-4', 'kernpartner', true],
      ['ocmw', 'vraag-4', null, false],
      ['eigen-type', 'andere', 'nog_niet', false],
    ]);
    expect(rows[1].organisations).toEqual([{ name: 'CAW Limburg', level: 'kernpartner' }]);
  });

  it('names every row still without an answer, and takes derived answers from the map, whatever the browser sends', () => {
    const rows = roundFormRows(questionnaire, network, null);
    const missing = parseRoundForm(rows, { 'antwoord.bibliotheek': 'gemiddeld', 'antwoord.caw': 'niet' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.missing).toEqual(['OCMW', 'EIGEN-TYPE']);
      expect(missing.message).toBe('Nog geen antwoord voor 2 actoren: OCMW en EIGEN-TYPE. Kies voor elke actor een betrokkenheid of ‘Geen antwoord’. Er werd niets ingediend.');
    }
    const bad = parseRoundForm(rows, { 'antwoord.bibliotheek': 'heel-goed', 'antwoord.ocmw': 'geen_antwoord', 'antwoord.eigen-type': 'minimaal' });
    expect(bad.ok ? null : bad.fieldErrors['antwoord.bibliotheek']).toEqual(['Kies een betrokkenheid of ‘Geen antwoord’.']);
    const ok = parseRoundForm(rows, { 'antwoord.bibliotheek': 'gemiddeld', 'antwoord.caw': 'niet', 'antwoord.ocmw': 'geen_antwoord', 'antwoord.eigen-type': 'minimaal', 'andere.2.naam': 'Buurthuis', 'andere.2.antwoord': 'kernpartner' });
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect([...ok.form.answers]).toEqual([['bibliotheek', 'gemiddeld'], ['caw', 'kernpartner'], ['ocmw', null], ['eigen-type', 'minimaal']]);
      expect(ok.form.extras).toEqual([{ name: 'Buurthuis', level: 'kernpartner' }]);
    }
    const unnamed = parseRoundForm(rows, { 'antwoord.bibliotheek': 'gemiddeld', 'antwoord.ocmw': 'niet', 'antwoord.eigen-type': 'niet', 'andere.1.antwoord': 'minimaal' });
    expect(unnamed.ok ? null : unnamed.message).toBe('Geef de andere actor een naam van minstens 2 tekens. Er werd niets ingediend.');
  });

  it('freezes the map with the answers in it, and counts what the round’s figures need from that frozen network', () => {
    const rows = roundFormRows(questionnaire, network, null);
    const parsed = parseRoundForm(rows, { 'antwoord.bibliotheek': 'kernpartner', 'antwoord.ocmw': 'geen_antwoord', 'antwoord.eigen-type': 'nog_niet', 'andere.1.naam': 'Buurthuis', 'andere.1.antwoord': 'gemiddeld' });
    if (!parsed.ok) throw new Error(parsed.message);
    const frozen = freezeSubmission(network, parsed.form);
    const level = (code: string) => frozen.network.types.find((t) => t.code === code)?.answer?.level ?? null;
    expect(level('bibliotheek')).toBe('kernpartner');
    expect(frozen.network.types.find((t) => t.code === 'bibliotheek')!.answer!.note).toBe('notitie');
    expect(level('caw')).toBe('kernpartner');
    expect(level('ocmw')).toBeNull();
    // Not in question 4: kept as the map has it, and counted like "nu" counts it (Tabel 26, 27).
    expect(level('prenatale-steunpunten')).toBe('gemiddeld');
    expect(level('ronde-andere-1')).toBe('gemiddeld');
    expect(frozen.answerCodes).toEqual(['bibliotheek', 'caw', 'prenatale-steunpunten', 'eigen-type', 'ronde-andere-1']);
    expect(frozen.answerLevels).toEqual(['kernpartner', 'kernpartner', 'gemiddeld', 'nog_niet', 'gemiddeld']);
    expect([frozen.direct, frozen.kernpartners]).toEqual([4, 2]);
    expect(frozen.differsFromMap).toEqual(['bibliotheek']);
    expect(network.types.find((t) => t.code === 'bibliotheek')!.answer!.level).toBe('minimaal');

    // A resubmission starts from what was submitted: "geen antwoord" stays a choice, the free row comes back.
    const previous = previousAnswersOf(frozen.network);
    const again = roundFormRows(questionnaire, network, previous);
    expect(again.map((r) => r.value)).toEqual(['kernpartner', 'kernpartner', 'geen_antwoord', 'nog_niet']);
    expect(previous.extras).toEqual([{ name: 'Buurthuis', value: 'gemiddeld' }]);
  });
});

describe('a round’s progress', () => {
  const houses = [
    { houseId: 'b', name: 'Huis B', province: 'Limburg', submittedAt: null, submittedBy: null, coordinators: ['b@huis.be', 'b2@huis.be'] },
    { houseId: 'a', name: 'Huis A', province: 'Antwerpen', submittedAt: '2027-03-02T10:00:00.000Z', submittedBy: 'Jan', coordinators: ['a@huis.be'] },
    { houseId: 'c', name: '=Huis C', province: 'Antwerpen', submittedAt: null, submittedBy: null, coordinators: [] },
  ];

  it('counts submitted of N per province and lists who has not submitted, for a reminder', () => {
    const progress = roundProgress(houses);
    expect(progress).toMatchObject({ total: 3, submitted: 1, percent: 33.3 });
    expect(progress.byProvince).toEqual([
      { province: 'Antwerpen', total: 2, submitted: 1, percent: 50 },
      { province: 'Limburg', total: 1, submitted: 0, percent: 0 },
    ]);
    expect(progress.waiting.map((h) => h.houseId)).toEqual(['c', 'b']);
    expect(waitingHousesCsv(progress, { name: 'Bevraging 2027', closesOn: '2027-03-15' })).toBe(
      `${CSV_BOM}Huis van het Kind;Code;Provincie;E-mail coördinator;Bevraging;Sluit op\r\n'=Huis C;c;Antwerpen;;Bevraging 2027;15-03-2027\r\nHuis B;b;Limburg;b@huis.be, b2@huis.be;Bevraging 2027;15-03-2027\r\n`,
    );
  });
});

describe('figures from any two sources', () => {
  it('read the source and the comparison from the query, refusing an unknown one', () => {
    expect(parseSourceChoice(new URLSearchParams(''))).toEqual({ ok: true, choice: { shown: 'nu', compared: '2016' }, named: false });
    expect(parseSourceChoice({ ronde: 'bevraging-2027-ab12c', vergelijk: 'nu' })).toEqual({ ok: true, choice: { shown: 'bevraging-2027-ab12c', compared: 'nu' }, named: true });
    expect(parseSourceChoice(new URLSearchParams('ronde=../etc'))).toEqual({ ok: false, message: 'Onbekende bron voor de cijfers. Kies 2016, nu of een bevraging.' });
    expect(sourceQuery({ shown: 'nu', compared: '2016' })).toBe('');
    expect(sourceQuery({ shown: 'r1', compared: '2016' })).toBe('ronde=r1');
    expect(roundSource({ id: 'r', name: 'Bevraging 2027' }, true)).toMatchObject({ label: 'Bevraging 2027 (voorlopig)', short: '2027*' });
    expect(roundSource({ id: 'r', name: 'Bevraging 2026 (fictief)' }, false)).toMatchObject({ label: 'Bevraging 2026 (fictief)', short: '2026' });
  });

  it('give the change in percentage points of the houses that answered', () => {
    const now = toAnswerCounts([30, 20, 10, 0, 10, 20, 10], 100);
    const before = toAnswerCounts([20, 20, 20, 0, 20, 20, 16], 116);
    const change = answerChange(now, before)!;
    expect(change.byLevel.kernpartner).toBe(Math.round(1000 * (30 / 100 - 20 / 116)) / 10);
    expect(change.direct).toBe(Math.round(1000 * (60 / 100 - 60 / 116)) / 10);
    expect(answerChange(now, toAnswerCounts([0, 0, 0, 0, 0, 0, 0], 10))).toBeNull();
  });

  it('build Tabel 26 from two sources with the change per bin, and its CSV names both sources', () => {
    const bins = [{ label: '0 tot 10', min: 0, max: 10 }, { label: '11 tot 20', min: 11, max: 20 }];
    const a = distributionOf([5, 12, 15, 30], bins);
    expect(a).toEqual({ houses: 4, bins: [1, 2], outside: 1, mean: 15.5, min: 5, max: 30 });
    const b = distributionOf([1, 2, 3, 20], bins);
    const table = buildDistributionTableFrom({ id: 'tabel-26', table: 'Tabel 26', title: 't', line: 1 }, bins, a, b);
    expect(table.bins.map((bin) => bin.change)).toEqual([-50, 25]);
    expect(surveyTableToCsv(table, { shown: 'Bevraging 2027', compared: '2016 (rapport)' })).toBe(
      `${CSV_BOM}Aantal;Bevraging 2027 Huizen (n);Bevraging 2027 Huizen (%);2016 (rapport) Huizen (n);2016 (rapport) Huizen (%);Verschil (procentpunten)\r\n0 tot 10;1;25;3;75;-50\r\n11 tot 20;2;50;1;25;25\r\n`,
    );
    const figures = figuresFromHouses(2, [{ typeCode: 'ocmw', level: 'kernpartner', houses: 2 }], [{ urbanisation: 'grootstad', direct: 30, kernpartners: 12 }, { urbanisation: 'grootstad', direct: 20, kernpartners: 8 }], { direct: bins, kernpartners: bins });
    expect(figures.means.grootstad).toEqual({ houses: 2, direct: 25, kernpartners: 10 });
    expect(figures.means.buitengebied).toEqual({ houses: 0, direct: null, kernpartners: null });
  });
});

describe('the demo round', () => {
  it('is the same on every run: which houses submitted, when, and what they answered', () => {
    const ids = Array.from({ length: 116 }, (_, i) => `demo-${String(i + 1).padStart(3, '0')}`);
    const first = demoRoundSubmitters(ids, createRandom(2026));
    expect(first).toHaveLength(100);
    expect(demoRoundSubmitters(ids, createRandom(2026))).toEqual(first);
    expect(first.every((s) => s.day >= '2026-03-01' && s.day <= '2026-06-30')).toBe(true);
    const rows = roundFormRows(questionnaire, network, null);
    const fields = demoRoundFields(rows, createRandom(7));
    expect(Object.keys(fields)).toEqual(['antwoord.bibliotheek', 'antwoord.ocmw', 'antwoord.eigen-type']);
    expect(parseRoundForm(rows, fields).ok).toBe(true);
  });
});
