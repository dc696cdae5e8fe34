import { describe, expect, it } from 'vitest';
import { readCatalogueFile } from '@/lib/reference/catalogue-file';
import { parseHouseSheet } from '@/lib/domain/import/house-rows';
import { planHouseImport, type HouseImportState } from '@/lib/domain/import/house-plan';
import type { Sheet } from '@/lib/domain/import/sheet';

const catalogue = readCatalogueFile();
const context = { types: catalogue.actorTypes, clusters: catalogue.clusters };
let n = 0;
const ids = { actor: () => `actor-${++n}`, forum: () => `forum-${++n}`, customType: () => `andere-${++n}` };
const empty = (): HouseImportState => ({ answers: {}, actors: [], forums: [], customTypes: [], regionalActors: [] });

function sheet(rows: string[][]): Sheet {
  return { format: 'csv', rows, cellProblems: [] };
}

const FILE = sheet([
  ['Actor', 'Soort actor', 'Domeincluster', 'Betrokkenheid', 'Via overleg', 'Notitie'],
  ['CAW Oost', 'CAW', '', 'kern', '', 'Stuurgroep'],
  ['Basisschool De Linde', 'Scholen', '', 'Indirect', 'Scholenoverleg', ''],
  ['OCMW', 'OCMW', '', 'Gemiddeld', '', ''],
  ['Tienerwerking', 'Andere: Tienerwerking', 'Opvang en vrije tijd', 'min', '', ''],
  ['Inloopteam', 'Inloopteam (plaatshouder)', '', 'Geen antwoord', '', ''],
]);

describe('planning a one-house import', () => {
  it('creates answers, organisations, forums and own types, and says so per row', () => {
    const parsed = parseHouseSheet(FILE, context);
    expect(parsed.fileProblems.map((p) => p.message)).toEqual(['Soorten gelezen: ‘Scholen’ → School/ scholen (1×).', 'Afkortingen gelezen: ‘kern’ → Kernpartner (1×), ‘min’ → Minimaal (1×).']);
    const plan = planHouseImport(parsed.rows, empty(), ids);
    expect(plan.errorCount).toBe(0);
    expect(plan.rows.map((r) => [r.line, r.action])).toEqual([[2, 'create'], [3, 'create'], [4, 'create'], [5, 'create'], [6, 'skip']]);
    expect(plan.rows[0].problems).toEqual([]);
    expect(plan.involvements.map((i) => [i.name, i.typeCode, i.next.level, i.next.note])).toEqual([
      ['CAW Oost', 'caw', 'kernpartner', 'Stuurgroep'],
      ['Basisschool De Linde', 'school-scholen', 'indirect', null],
    ]);
    expect(plan.forums.map((f) => f.name)).toEqual(['Scholenoverleg']);
    expect(plan.memberships).toHaveLength(1);
    expect(plan.customTypes).toEqual([{ code: expect.stringMatching(/^andere-/), name: 'Tienerwerking', cluster: 'opvang-vrije-tijd' }]);
    expect(plan.answers.map((a) => [a.typeName, a.next.level])).toEqual([['OCMW', 'gemiddeld'], ['Tienerwerking', 'minimaal']]);
    expect(plan.deriveTypes).toEqual(['caw', 'school-scholen']);
  });

  it('changes nothing when the house already holds what the file says', () => {
    const state: HouseImportState = {
      answers: {
        ocmw: { level: 'gemiddeld', note: null, owner: null, nextStep: null, due: null, derived: false, version: 3 },
        caw: { level: 'kernpartner', note: null, owner: null, nextStep: null, due: null, derived: true, version: 1 },
        'andere-x': { level: 'minimaal', note: null, owner: null, nextStep: null, due: null, derived: false, version: 1 },
      },
      actors: [
        { id: 'a1', name: 'CAW  oost', typeCode: 'caw', level: 'kernpartner', note: 'Stuurgroep', owner: null, nextStep: null, due: null, via: null, version: 2 },
        { id: 'a2', name: 'Basisschool de Linde', typeCode: 'school-scholen', level: 'indirect', note: null, owner: null, nextStep: null, due: null, via: 'f1', version: 1 },
      ],
      forums: [{ id: 'f1', name: 'scholenoverleg' }],
      customTypes: [{ code: 'andere-x', name: 'tienerwerking', cluster: 'opvang-vrije-tijd' }],
      regionalActors: [],
    };
    const plan = planHouseImport(parseHouseSheet(FILE, context).rows, state, ids);
    expect(plan.rows.map((r) => r.action)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'skip']);
    expect([plan.answers, plan.involvements, plan.updates, plan.forums, plan.customTypes, plan.memberships, plan.deriveTypes]).toEqual([[], [], [], [], [], [], []]);
  });

  it('updates only what differs, and links a regional organisation instead of copying it', () => {
    const state = { ...empty(), actors: [{ id: 'a1', name: 'CAW Oost', typeCode: 'caw', level: 'minimaal' as const, note: null, owner: null, nextStep: null, due: null, via: null, version: 4 }], regionalActors: [{ id: 'r1', name: 'Basisschool De Linde', typeCode: 'school-scholen' }] };
    const plan = planHouseImport(parseHouseSheet(FILE, context).rows, state, ids);
    expect(plan.updates).toEqual([expect.objectContaining({ actorId: 'a1', version: 5, from: { level: 'minimaal', note: null }, to: { level: 'kernpartner', note: 'Stuurgroep' } })]);
    expect(plan.involvements.find((i) => i.typeCode === 'school-scholen')).toMatchObject({ actorId: 'r1', existing: true });
  });

  it('blocks on unknown types and answers, with suggestions, and on conflicting duplicates', () => {
    const parsed = parseHouseSheet(sheet([
      ['Actor', 'Soort actor', 'Betrokkenheid'],
      ['Bib Noord', 'Bibliotheekk', 'kern'],
      ['CAW Oost', 'CAW', 'kernpartnr'],
      ['OCMW', 'OCMW', 'kern'],
      ['OCMW', 'ocmw', 'min'],
      ['Politie', 'Politie', ''],
      ['Zomaar', '', 'kern'],
    ]), context);
    const plan = planHouseImport(parsed.rows, empty(), ids);
    const messages = plan.rows.map((r) => r.problems.filter((p) => p.severity === 'error').map((p) => p.message));
    expect(messages[0][0]).toMatch(/^‘Bibliotheekk’ is geen actortype uit de vragenlijst\. Bedoelde u ‘Bibliotheek’/);
    expect(plan.rows[0].problems[0].suggestions).toContain('Bibliotheek');
    expect(messages[1][0]).toMatch(/^‘kernpartnr’ is geen betrokkenheid\. Bedoelde u ‘Kernpartner’/);
    expect(messages[3]).toEqual(['Rij 4 noemt dezelfde soort actor met andere gegevens; houd één rij over.']);
    expect(messages[4]).toEqual([]);
    expect(plan.rows[4].problems.map((p) => p.message)).toEqual(['Geen antwoord: niets te importeren.']);
    expect(messages[5][0]).toMatch(/^‘Zomaar’ is geen actortype/);
    expect(plan.errorCount).toBe(4);
  });

  it('refuses a file without the required columns', () => {
    expect(parseHouseSheet(sheet([['Naam', 'Kleur'], ['x', 'y']]), context).fileProblems.map((p) => p.message)).toEqual([
      'De kolom ‘Kleur’ wordt niet gebruikt.',
      'De kolom ‘Betrokkenheid’ ontbreekt in de kopregel.',
    ]);
  });

  it('keeps a derived answer derived: a type row cannot overrule its organisations', () => {
    const parsed = parseHouseSheet(sheet([
      ['Actor', 'Soort actor', 'Betrokkenheid'],
      ['CAW', 'CAW', 'Niet'],
      ['CAW Oost', 'CAW', 'kern'],
    ]), context);
    const plan = planHouseImport(parsed.rows, empty(), ids);
    expect(plan.rows[0].problems.map((p) => p.message)).toEqual([expect.stringMatching(/volgt uit de benoemde organisaties van dit type \(Kernpartner\)/)]);
    expect(plan.answers).toEqual([expect.objectContaining({ typeCode: 'caw', next: expect.objectContaining({ level: 'kernpartner' }) })]);
  });
});
