import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readAnswerMatrix } from '@/graph/repositories/matrix-import';
import { importHousesFile } from '@/lib/use-cases/imports/houses-file';
import { exportHousesMatrix } from '@/lib/use-cases/imports/export-houses';
import { readImportFile } from '@/lib/formats/import-file/read-file';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';
import { asRole, changeCounts, houseFootprint } from '../support/import-support';
import { uniqueHouseId } from '../support/unique-id';

const created: string[] = [];
afterAll(async () => {
  await deleteNetworkFixtures(created);
  await closeDriver();
});

const admin = asRole('beheerder');
const utf8 = (text: string) => new TextEncoder().encode(text);

async function twoHouses() {
  const a = await createNetworkFixture({
    answers: [{ type: 'ocmw', level: 'kernpartner' }, { type: 'bibliotheek', level: 'nog_niet' }, { type: 'vdab', level: 'niet_aanwezig' }, { type: 'politie', level: 'niet' }],
    actors: [{ name: 'CAW Oost', type: 'caw', level: 'gemiddeld' }],
  });
  const b = await createNetworkFixture({ answers: [{ type: 'lokaal-bestuur', level: 'kernpartner' }, { type: 'centrum-voor-leerlingenbegeleiding-clb', level: 'indirect' }] });
  created.push(a.houseId, b.houseId);
  // The type answer derived from the named CAW, as the write path keeps it.
  const { writeTx } = await import('@/graph/session');
  await writeTx((tx) => tx.run("MATCH (h:House {id: $id}), (t:ActorType {code: 'caw'}) CREATE (h)-[:ANSWERED {level: 'gemiddeld', derived: true, version: 1}]->(t)", { id: a.houseId }));
  return [a.houseId, b.houseId];
}

/** The file with the house codes swapped for new ones: the same data for houses that do not exist yet. */
function withNewCodes(text: string, ids: string[]): { text: string; ids: string[] } {
  const fresh = ids.map(() => uniqueHouseId('mx'));
  created.push(...fresh);
  let out = text;
  // Only the code column (the first cell of a line); the names stay as they are.
  ids.forEach((id, i) => (out = out.replace(new RegExp(`^${id};`, 'm'), `${fresh[i]};`)));
  return { text: out, ids: fresh };
}

function answersOf(houses: Awaited<ReturnType<typeof readAnswerMatrix>>) {
  return houses.map((h) => ({ name: h.name, municipalities: h.municipalities, province: h.province, urbanisation: h.urbanisation, answers: h.answers }));
}

describe('many-houses import', () => {
  it('round trip CSV: export → import as new houses → equal data', async () => {
    const ids = await twoHouses();
    const csv = (await exportHousesMatrix(admin, 'csv', ids)).body as string;
    const copy = withNewCodes(csv, ids);
    const outcome = await importHousesFile(admin, { name: 'antwoorden.csv', bytes: utf8(copy.text) }, { apply: true });
    expect(outcome.counts).toMatchObject({ create: 2, error: 0 });
    expect(answersOf(await readAnswerMatrix(copy.ids))).toEqual(answersOf(await readAnswerMatrix(ids)));
  });

  it('round trip XLSX: export → import as new houses → equal data', async () => {
    const ids = await twoHouses();
    const xlsx = (await exportHousesMatrix(admin, 'xlsx', ids)).body as Buffer;
    const sheet = await readImportFile('a.xlsx', new Uint8Array(xlsx));
    const copy = withNewCodes(sheet.rows.map((r) => r.join(';')).join('\n'), ids);
    // Back into an .xlsx with the new codes, through the same writer the export uses.
    const { toXlsx } = await import('@/lib/formats/xlsx');
    const [header, ...rows] = copy.text.split('\n').map((l) => l.split(';'));
    const bytes = new Uint8Array(await toXlsx([{ name: 'Antwoorden', header, rows }]));
    await importHousesFile(admin, { name: 'antwoorden.xlsx', bytes }, { apply: true });
    expect(answersOf(await readAnswerMatrix(copy.ids))).toEqual(answersOf(await readAnswerMatrix(ids)));
  });

  it('a second import of the same file changes nothing; the derived answer stays derived', async () => {
    const ids = await twoHouses();
    const csv = utf8((await exportHousesMatrix(admin, 'csv', ids)).body as string);
    const before = { footprint: await Promise.all(ids.map(houseFootprint)), changes: await Promise.all(ids.map(changeCounts)) };
    const outcome = await importHousesFile(admin, { name: 'antwoorden.csv', bytes: csv }, { apply: true });
    expect(outcome.changes).toBe(0);
    expect(outcome.counts).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    expect(await Promise.all(ids.map(houseFootprint))).toEqual(before.footprint);
    expect(await Promise.all(ids.map(changeCounts))).toEqual(before.changes);
  });

  it('updates answers of existing houses tolerantly, records each change, and leaves derived answers alone', async () => {
    const ids = await twoHouses();
    const file = `Huis;Code;CAW;OCMW;Bibliotheek;CLB;Opmerking\nX;${ids[0]};kern;gem;;;ok\nY;${ids[1]};;;min;n.a.;\n`;
    const outcome = await importHousesFile(admin, { name: 'k&g.csv', bytes: utf8(file) }, { apply: true });
    expect(outcome.preview.fileProblems.map((p) => p.message)).toEqual([
      'Kolom ‘CLB’ gelezen als ‘Centrum voor leerlingenbegeleiding (CLB)’.',
      'Kolom ‘Opmerking’ is geen actortype uit de vragenlijst en wordt niet gebruikt.',
      'Afkortingen gelezen: ‘kern’ → Kernpartner (1×), ‘gem’ → Gemiddeld (1×), ‘min’ → Minimaal (1×), ‘n.a.’ → Niet aanwezig in werkgebied (1×).',
    ]);
    expect(outcome.preview.rows[0].problems.map((p) => p.message)).toContain('CAW: het antwoord volgt uit de organisaties die het huis benoemt (Gemiddeld); ‘Kernpartner’ wordt niet overgenomen.');
    const [a, b] = await readAnswerMatrix(ids).then((hs) => ids.map((id) => hs.find((h) => h.id === id)!));
    expect(a.answers).toMatchObject({ caw: 'gemiddeld', ocmw: 'gemiddeld', bibliotheek: 'nog_niet' });
    expect(b.answers).toMatchObject({ bibliotheek: 'minimaal', 'centrum-voor-leerlingenbegeleiding-clb': 'niet_aanwezig', 'lokaal-bestuur': 'kernpartner' });
    expect(await changeCounts(ids[0])).toMatchObject({ 'answer.update': 1 });
    expect(await changeCounts(ids[1])).toMatchObject({ 'answer.update': 2 });
  });

  it('refuses a malformed file with its message and writes nothing', async () => {
    const ids = await twoHouses();
    const before = await Promise.all(ids.map(houseFootprint));
    const bad = `Code;OCMW;CAW\n${ids[0]};kernpartnr;\nonbekend-huis;kern;\n`;
    const error = await importHousesFile(admin, { name: 'fout.csv', bytes: utf8(bad) }, { apply: true }).catch((e) => e);
    expect(error.userMessage).toBe('Er werd niets geïmporteerd: het bestand bevat 2 fouten. Verbeter ze en probeer opnieuw.');
    const messages = error.preview.rows.flatMap((r: { problems: { message: string }[] }) => r.problems.map((p) => p.message));
    expect(messages).toEqual([
      expect.stringMatching(/^Cel B2 \(OCMW\): ‘kernpartnr’ is geen betrokkenheid\. Bedoelde u ‘Kernpartner’/),
      expect.stringMatching(/^Er is geen huis met code ‘onbekend-huis’\. Om het nieuw aan te maken: Geef het huis een naam/),
    ]);
    expect(await Promise.all(ids.map(houseFootprint))).toEqual(before);
    const noTypes = await importHousesFile(admin, { name: 'x.csv', bytes: utf8('Code;Kleur\na;b\n') }, { apply: false });
    expect(noTypes.preview.fileProblems.map((p) => p.message)).toContain('Het bestand heeft geen kolom met een actortype uit de vragenlijst (bv. ‘CAW’, ‘OCMW’, ‘Scholen’).');
  });

  it('is for the beheerder only', async () => {
    const file = { name: 'x.csv', bytes: utf8('Code;OCMW\nx;kern\n') };
    for (const role of ['kind_en_gezin', 'coordinator', 'facilitator'] as const) {
      await expect(importHousesFile(asRole(role), file, { apply: false })).rejects.toMatchObject({ userMessage: 'U hebt geen toegang tot deze gegevens.' });
    }
  });
});
