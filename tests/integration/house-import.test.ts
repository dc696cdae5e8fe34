import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { addCustomType } from '@/graph/repositories/custom-types';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { writeTx } from '@/graph/session';
import { importHouseFile } from '@/lib/use-cases/imports/house-file';
import { mapCsv, mapXlsx } from '@/lib/use-cases/map-export';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';
import { asRole, changeCounts, coordinatorOf, houseFootprint, houseRows } from '../support/import-support';

const created: string[] = [];
afterAll(async () => {
  await deleteNetworkFixtures(created);
  await closeDriver();
});

async function house(network: Parameters<typeof createNetworkFixture>[0] = {}) {
  const fixture = await createNetworkFixture(network);
  created.push(fixture.houseId);
  return fixture;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A house with everything the one-house format carries: answers with plans, organisations, a forum link, an own type. */
async function richHouse() {
  const source = await house({
    answers: [{ type: 'ocmw', level: 'kernpartner' }, { type: 'bibliotheek', level: 'nog_niet' }, { type: 'politie', level: 'niet' }, { type: 'vdab', level: 'niet_aanwezig' }],
    forums: [{ name: 'Scholenoverleg' }],
    actors: [
      { name: 'CAW Oost-Vlaanderen', type: 'caw', level: 'kernpartner', note: 'Stuurgroep; 2x per jaar' },
      { name: 'Basisschool De Linde', type: 'school-scholen', level: 'indirect', via: 'Scholenoverleg' },
      { name: '=HYPERLINK("x")', type: 'jeugddienst', level: 'minimaal' },
      { name: 'Consultatiebureau Kerkstraat', type: 'consultatiebureauwerking', level: 'gemiddeld' },
    ],
  });
  const ctx = { houseId: source.houseId, by: 'import-test', byName: 'Import Test' };
  await writeTx((tx) => addCustomType(tx, { ...ctx, name: 'Tienerwerking “De Brug”', cluster: 'opvang-vrije-tijd', level: 'minimaal' }));
  return source.houseId;
}

describe('one-house import', () => {
  it('round trip CSV: export → import into an empty house → equal data', async () => {
    const from = await richHouse();
    const to = (await house()).houseId;
    const csv = mapCsv((await readHouseNetwork(from))!);
    const preview = await importHouseFile(coordinatorOf(to), to, { name: 'kaart.csv', bytes: utf8(csv) }, { apply: false });
    expect(preview.written).toBe(false);
    expect(preview.preview.errorCount).toBe(0);
    expect(await houseRows(to)).not.toEqual(await houseRows(from));
    const outcome = await importHouseFile(coordinatorOf(to), to, { name: 'kaart.csv', bytes: utf8(csv) }, { apply: true });
    expect(outcome.written).toBe(true);
    expect(await houseRows(to)).toEqual(await houseRows(from));
    expect(outcome.counts).toEqual(preview.counts);
  });

  it('round trip XLSX: export → import into an empty house → equal data', async () => {
    const from = await richHouse();
    const to = (await house()).houseId;
    const xlsx = await mapXlsx((await readHouseNetwork(from))!);
    await importHouseFile(coordinatorOf(to), to, { name: 'kaart.xlsx', bytes: new Uint8Array(xlsx) }, { apply: true });
    expect(await houseRows(to)).toEqual(await houseRows(from));
  });

  it('imports a list saved by Excel on Belgian Windows (plain CSV in Windows-1252, or Unicode-tekst) and says which encoding it read', async () => {
    const text = 'Actor;Soort actor;Betrokkenheid;Notitie\r\nOudercomité De Linde;Oudercomité;kern;Één keer per maand\r\n';
    const files = [
      { name: 'lijst.csv', bytes: new Uint8Array(Buffer.from(text, 'latin1')), encoding: 'windows-1252' },
      { name: 'lijst.txt', bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replaceAll(';', '\t'), 'utf16le')])), encoding: 'utf-16le' },
    ];
    for (const file of files) {
      const to = (await house()).houseId;
      const outcome = await importHouseFile(coordinatorOf(to), to, file, { apply: true });
      expect(outcome.preview.encoding).toBe(file.encoding);
      expect(outcome.preview.errorCount).toBe(0);
      const network = (await readHouseNetwork(to))!;
      expect(network.actors.map((a) => [a.name, a.level, a.note])).toEqual([['Oudercomité De Linde', 'kernpartner', 'Één keer per maand']]);
    }
  });

  it('the XLSX export writes a plan’s date as an Excel date, which imports back', async () => {
    const from = (await house({ answers: [{ type: 'bibliotheek', level: 'nog_niet' }] })).houseId;
    await writeTx((tx) => tx.run("MATCH (:House {id: $from})-[r:ANSWERED]->(:ActorType {code: 'bibliotheek'}) SET r.due = '2027-03-15', r.owner = 'Sofie'", { from }));
    const xlsx = await mapXlsx((await readHouseNetwork(from))!);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Netwerkkaart')!;
    const dueColumn = (sheet.getRow(1).values as string[]).indexOf('Streefdatum');
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === 'Bibliotheek')!;
    expect(row.getCell(dueColumn).value).toEqual(new Date(Date.UTC(2027, 2, 15)));
    expect(row.getCell(dueColumn).numFmt).toBe('dd-mm-yyyy');
    const to = (await house()).houseId;
    await importHouseFile(coordinatorOf(to), to, { name: 'kaart.xlsx', bytes: new Uint8Array(xlsx) }, { apply: true });
    expect((await readHouseNetwork(to))!.types.find((t) => t.code === 'bibliotheek')!.answer).toMatchObject({ level: 'nog_niet', due: '2027-03-15', owner: 'Sofie' });
  });

  it('a second import of the same file changes nothing and duplicates no organisation', async () => {
    const from = await richHouse();
    const csv = utf8(mapCsv((await readHouseNetwork(from))!));
    const to = (await house()).houseId;
    await importHouseFile(coordinatorOf(to), to, { name: 'kaart.csv', bytes: csv }, { apply: true });
    const before = { rows: await houseRows(to), footprint: await houseFootprint(to), changes: await changeCounts(to), actors: (await readHouseNetwork(to))!.actors.length };
    const again = await importHouseFile(coordinatorOf(to), to, { name: 'kaart.csv', bytes: csv }, { apply: true });
    expect(again.changes).toBe(0);
    expect(again.counts).toMatchObject({ create: 0, update: 0 });
    expect(await houseRows(to)).toEqual(before.rows);
    expect(await houseFootprint(to)).toEqual(before.footprint);
    expect((await readHouseNetwork(to))!.actors).toHaveLength(before.actors);
    expect(await changeCounts(to)).toEqual({ ...before.changes, 'import.house': before.changes['import.house'] + 1 });
  });

  it('records who imported what: one record for the import and one per change', async () => {
    const to = (await house()).houseId;
    const file = 'Actor;Soort actor;Betrokkenheid\r\nCAW Limburg;CAW;kern\r\nOCMW;ocmw;gem\r\n';
    await importHouseFile(coordinatorOf(to), to, { name: 'partners.csv', bytes: utf8(file) }, { apply: true });
    const counts = await changeCounts(to);
    expect(counts).toMatchObject({ 'import.house': 1, 'involvement.create': 1, 'answer.update': 1, 'answer.derive': 1 });
    const network = (await readHouseNetwork(to))!;
    expect(network.actors.map((a) => [a.name, a.level, a.updatedBy])).toEqual([['CAW Limburg', 'kernpartner', 'Import Test']]);
    expect(network.types.find((t) => t.code === 'ocmw')!.answer).toMatchObject({ level: 'gemiddeld', derived: false });
    expect(network.types.find((t) => t.code === 'caw')!.answer).toMatchObject({ level: 'kernpartner', derived: true });
  });

  it('writes all rows or none: a file with one bad row writes nothing', async () => {
    const to = (await house({ answers: [{ type: 'ocmw', level: 'minimaal' }] })).houseId;
    const before = { footprint: await houseFootprint(to), changes: await changeCounts(to) };
    const file = 'Actor;Soort actor;Betrokkenheid\nCAW Limburg;CAW;kern\nOCMW;OCMW;gem\nBib;Bibliotheekk;min\n';
    const error = await importHouseFile(coordinatorOf(to), to, { name: 'fout.csv', bytes: utf8(file) }, { apply: true }).catch((e) => e);
    expect(error.userMessage).toBe('Er werd niets geïmporteerd: het bestand bevat 1 fout. Verbeter ze en probeer opnieuw.');
    expect(error.preview.rows[2].problems[0].message).toMatch(/^‘Bibliotheekk’ is geen actortype.*Bedoelde u ‘Bibliotheek’/);
    expect(await houseFootprint(to)).toEqual(before.footprint);
    expect(await changeCounts(to)).toEqual(before.changes);
  });

  it.each([
    ['a binary file', 'lijst.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), /binair bestand/],
    ['a formula cell', 'lijst.csv', utf8('Soort actor;Betrokkenheid;Notitie\nCAW;kern;=1+1\n'), /Cel C2 begint met =/],
    ['a broken XLSX', 'lijst.xlsx', utf8('PK\u0003\u0004kapot'), /kan niet gelezen worden/],
  ])('refuses %s with its message and writes nothing', async (_what, name, bytes, message) => {
    const to = (await house()).houseId;
    const before = await houseFootprint(to);
    const error = await importHouseFile(coordinatorOf(to), to, { name, bytes }, { apply: true }).catch((e) => e);
    const messages = [error.userMessage, ...(error.preview?.rows ?? []).flatMap((r: { problems: { message: string }[] }) => r.problems.map((p) => p.message))];
    expect(messages.join('\n')).toMatch(message);
    expect(await houseFootprint(to)).toEqual(before);
    expect(await changeCounts(to)).toEqual({ 'house.create': 1 });
  });

  it('lets only who may edit the house import into it', async () => {
    const to = (await house()).houseId;
    const other = (await house()).houseId;
    const file = { name: 'x.csv', bytes: utf8('Soort actor;Betrokkenheid\nCAW;kern\n') };
    for (const user of [coordinatorOf(other), asRole('kind_en_gezin'), asRole('beheerder')]) {
      await expect(importHouseFile(user, to, file, { apply: false })).rejects.toMatchObject({ userMessage: 'U hebt geen toegang tot deze gegevens.' });
    }
  });
});
