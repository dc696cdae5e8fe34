import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { toCsv } from '@/lib/domain/csv';
import { TIE_SHEET_HEADER, tieSheetRows } from '@/lib/domain/ties/tie-sheet';
import { importHouseFile } from '@/lib/use-cases/imports/house-file';
import { ImportRefusedError } from '@/lib/domain/import/import-refused';
import { mapCsv, mapXlsx } from '@/lib/use-cases/map-export';
import { createTie } from '@/lib/use-cases/ties/tie-writes';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';
import { changeCounts, coordinatorOf } from '../support/import-support';

const created: string[] = [];
afterAll(async () => {
  await deleteNetworkFixtures(created);
  await closeDriver();
});

const utf8 = (text: string) => new TextEncoder().encode(text);

async function house(network: Parameters<typeof createNetworkFixture>[0] = {}) {
  const fixture = await createNetworkFixture(network);
  created.push(fixture.houseId);
  return fixture;
}

/** A house's ties by the names of their ends, as a person compares them. */
function tiesByName(network: HouseNetwork) {
  const names = new Map(network.actors.map((a) => [a.id, a.name]));
  // An undirected tie has no first end: compare its two names in order.
  const ends = (t: NonNullable<HouseNetwork['ties']>[number]) => (t.kind === 'doorverwijzing' ? [names.get(t.from), names.get(t.to)] : [names.get(t.from), names.get(t.to)].sort());
  return (network.ties ?? []).map((t) => [...ends(t), t.kind, t.note, t.since]).sort((a, b) => String(a).localeCompare(String(b)));
}

function tiesCsv(network: HouseNetwork): string {
  return toCsv([...TIE_SHEET_HEADER], tieSheetRows(network.ties ?? [], new Map(network.actors.map((a) => [a.id, a.name]))));
}

async function sourceHouse() {
  const source = await house({
    actors: [
      { name: 'CLB Kempen', type: 'centrum-voor-leerlingenbegeleiding-clb', level: 'kernpartner' },
      { name: 'CAW De Kempen', type: 'caw', level: 'gemiddeld' },
      { name: 'Consultatiebureau Kerkstraat', type: 'consultatiebureauwerking', level: 'kernpartner' },
    ],
  });
  const coordinator = coordinatorOf(source.houseId);
  const ids = source.actorIds;
  await createTie(coordinator, source.houseId, { from: ids['CLB Kempen'], to: ids['CAW De Kempen'], kind: 'doorverwijzing', note: 'Warme overdracht; "snel"', since: '2016' });
  await createTie(coordinator, source.houseId, { from: ids['Consultatiebureau Kerkstraat'], to: ids['CAW De Kempen'], kind: 'afstemming' });
  await createTie(coordinator, source.houseId, { from: ids['CLB Kempen'], to: ids['Consultatiebureau Kerkstraat'], kind: 'co-creatie', note: '=ONGEVAARLIJK()' });
  return (await readHouseNetwork(source.houseId))!;
}

describe('the sheet “Samenwerking”: export and import of ties', () => {
  it('round trip: the map and then its ties into an empty house give the same ties; a second import changes nothing', async () => {
    const from = await sourceHouse();
    const to = (await house()).houseId;
    const user = coordinatorOf(to);
    await importHouseFile(user, to, { name: 'kaart.csv', bytes: utf8(mapCsv(from)) }, { apply: true });
    const file = { name: 'samenwerking.csv', bytes: utf8(tiesCsv(from)) };
    const preview = await importHouseFile(user, to, file, { apply: false });
    expect(preview.preview.rows.map((r) => [r.label, r.action]).sort()).toEqual([
      ['CAW De Kempen → Consultatiebureau Kerkstraat · Afstemming', 'create'],
      ['CLB Kempen → CAW De Kempen · Doorverwijzing', 'create'],
      ['CLB Kempen → Consultatiebureau Kerkstraat · Co-creatie', 'create'],
    ]);
    expect((await readHouseNetwork(to))!.ties).toEqual([]);
    const outcome = await importHouseFile(user, to, file, { apply: true });
    expect(outcome).toMatchObject({ written: true, changes: 3 });
    expect(tiesByName((await readHouseNetwork(to))!)).toEqual(tiesByName(from));
    const before = await changeCounts(to);
    const again = await importHouseFile(user, to, file, { apply: true });
    expect(again.counts).toMatchObject({ create: 0, update: 0, unchanged: 3 });
    expect(again.changes).toBe(0);
    expect(await changeCounts(to)).toEqual({ ...before, 'import.house': before['import.house'] + 1 });
  });

  it('refuses every row when one names an organisation the house does not have, with a suggestion, and writes nothing', async () => {
    const from = await sourceHouse();
    const csv = 'Van;Naar;Soort;Notitie\nCLB Kempen;CAW De Kempn;doorverwijzing;\nCLB Kempen;Consultatiebureau Kerkstraat;vriendschap;\nCAW De Kempen;CLB Kempen;doorverwijzing;Terug\n';
    const error = await importHouseFile(coordinatorOf(from.house.id), from.house.id, { name: 'fout.csv', bytes: utf8(csv) }, { apply: true }).catch((e) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    const rows = (error as ImportRefusedError).preview.rows;
    expect(rows[0].problems[0].message).toMatch(/^‘CAW De Kempn’ is geen organisatie van dit huis\. Bedoelde u ‘CAW De Kempen’.*\? Benoem de organisatie eerst in de vragenlijst\.$/);
    expect(rows[1].problems[0].message).toContain('Onbekende soort ‘vriendschap’');
    expect(rows[2].action).toBe('create');
    expect((await readHouseNetwork(from.house.id))!.ties).toHaveLength(3);
  });

  it('the map’s workbook carries the sheet “Samenwerking”, formulas neutralised', async () => {
    const from = await sourceHouse();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await mapXlsx(from)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Samenwerking')!;
    const rows = sheet.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['Van', 'Naar', 'Soort', 'Notitie', 'Sinds']);
    expect(rows.slice(1)).toContainEqual(['CLB Kempen', 'CAW De Kempen', 'Doorverwijzing', 'Warme overdracht; "snel"', '2016']);
    expect(rows.slice(1)).toContainEqual(['CLB Kempen', 'Consultatiebureau Kerkstraat', 'Co-creatie', "'=ONGEVAARLIJK()", '']);
  });
});
