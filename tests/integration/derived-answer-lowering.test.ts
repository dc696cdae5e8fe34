import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { writeTx } from '@/graph/session';
import { addNamedActor, removeInvolvement, saveInvolvement } from '@/graph/repositories/involvement';
import { importHouseFile } from '@/lib/use-cases/imports/house-file';
import { editContext } from '@/lib/use-cases/involvement';
import { LoweringNotConfirmedError } from '@/lib/domain/errors';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';
import { changeCounts, coordinatorOf, houseFootprint } from '../support/import-support';

// Issue 14, bug 2: naming organisations silently lowered a type's answer (Kernpartner → Gemiddeld).
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

async function answerOf(houseId: string, typeCode: string) {
  return (await readHouseNetwork(houseId))!.types.find((t) => t.code === typeCode)!.answer;
}

async function unchanged(houseId: string) {
  const before = { footprint: await houseFootprint(houseId), changes: await changeCounts(houseId) };
  return async () => {
    expect(await houseFootprint(houseId)).toEqual(before.footprint);
    expect(await changeCounts(houseId)).toEqual(before.changes);
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('lowering a type answer through its organisations (Vragenlijst)', () => {
  it('refuses to name a weaker organisation under an own answer unless the lowering is chosen', async () => {
    const { houseId } = await house({ answers: [{ type: 'consultatiebureauwerking', level: 'kernpartner' }] });
    const user = coordinatorOf(houseId);
    const input = { typeCode: 'consultatiebureauwerking', name: 'Consultatiebureau Kerkstraat', level: 'gemiddeld' as const };
    const same = await unchanged(houseId);
    const error = await writeTx((tx) => addNamedActor(tx, { ...editContext(user, houseId, input), ...input })).catch((e) => e);
    expect(error).toBeInstanceOf(LoweringNotConfirmedError);
    expect(error.userMessage).toBe(
      'Er werd niets opgeslagen: dit zou het antwoord voor Consultatiebureauwerking (van Kernpartner naar Gemiddeld) verlagen. Vink aan dat u dit antwoord wilt verlagen, of kies een andere betrokkenheid.',
    );
    expect(error.changes).toEqual([{ typeCode: 'consultatiebureauwerking', typeName: 'Consultatiebureauwerking', from: 'kernpartner', to: 'gemiddeld', fromOwn: true }]);
    await same();
    expect(await answerOf(houseId, 'consultatiebureauwerking')).toMatchObject({ level: 'kernpartner', derived: false });

    // A choice for another type does not count.
    await expect(writeTx((tx) => addNamedActor(tx, { ...editContext(user, houseId, { ...input, verlagen: 'caw' }), ...input }))).rejects.toBeInstanceOf(LoweringNotConfirmedError);
    await same();

    await writeTx((tx) => addNamedActor(tx, { ...editContext(user, houseId, { ...input, verlagen: 'consultatiebureauwerking' }), ...input }));
    expect(await answerOf(houseId, 'consultatiebureauwerking')).toMatchObject({ level: 'gemiddeld', derived: true });
  });

  it('lets a stronger or equal organisation through without a choice', async () => {
    const { houseId } = await house({ answers: [{ type: 'caw', level: 'minimaal' }, { type: 'ocmw', level: 'gemiddeld' }] });
    const user = coordinatorOf(houseId);
    await writeTx((tx) => addNamedActor(tx, { ...editContext(user, houseId), typeCode: 'caw', name: 'CAW Oost', level: 'kernpartner' }));
    await writeTx((tx) => addNamedActor(tx, { ...editContext(user, houseId), typeCode: 'ocmw', name: 'OCMW Proefstede', level: 'gemiddeld' }));
    expect(await answerOf(houseId, 'caw')).toMatchObject({ level: 'kernpartner', derived: true });
    expect(await answerOf(houseId, 'ocmw')).toMatchObject({ level: 'gemiddeld', derived: true });
  });

  it('refuses to lower the strongest organisation, or remove it, unless the lowering is chosen', async () => {
    const { houseId, actorIds } = await house({
      answers: [{ type: 'caw', level: 'kernpartner', derived: true }],
      actors: [{ name: 'CAW Oost', type: 'caw', level: 'kernpartner' }, { name: 'CAW West', type: 'caw', level: 'minimaal' }],
    });
    const user = coordinatorOf(houseId);
    const same = await unchanged(houseId);
    const lowering = await writeTx((tx) => saveInvolvement(tx, { ...editContext(user, houseId), actorId: actorIds['CAW Oost'], expectedVersion: 1, change: { level: 'gemiddeld' } })).catch((e) => e);
    expect(lowering).toBeInstanceOf(LoweringNotConfirmedError);
    expect(lowering.changes[0]).toMatchObject({ from: 'kernpartner', to: 'gemiddeld', fromOwn: false });
    await expect(writeTx((tx) => removeInvolvement(tx, { ...editContext(user, houseId), actorId: actorIds['CAW Oost'], expectedVersion: 1 }))).rejects.toBeInstanceOf(LoweringNotConfirmedError);
    await same();

    await writeTx((tx) => removeInvolvement(tx, { ...editContext(user, houseId, { verlagen: 'caw' }), actorId: actorIds['CAW Oost'], expectedVersion: 1 }));
    expect(await answerOf(houseId, 'caw')).toMatchObject({ level: 'minimaal', derived: true });
  });
});

describe('lowering type answers through an import', () => {
  // Six organisations, two of them under types the house answered Kernpartner itself.
  const file = [
    'Soort actor;Actor;Betrokkenheid',
    'Consultatiebureauwerking;Consultatiebureau Kerkstraat;Gemiddeld',
    'OCMW;Sociaal Huis Proefstede;Gemiddeld',
    'CAW;CAW Oost;Kernpartner',
    'Bibliotheek;Bib Proefstede;Minimaal',
    'Jeugddienst;Jeugddienst Proefstede;Gemiddeld',
    'Politie;Politiezone Proefstede;Minimaal',
  ].join('\n');

  it('shows every type answer the import derives differently, and writes nothing until the lowerings are chosen', async () => {
    const { houseId } = await house({
      answers: [{ type: 'consultatiebureauwerking', level: 'kernpartner' }, { type: 'ocmw', level: 'kernpartner' }, { type: 'caw', level: 'gemiddeld' }, { type: 'jeugddienst', level: 'gemiddeld' }],
    });
    const user = coordinatorOf(houseId);
    const bytes = utf8(file);
    const preview = await importHouseFile(user, houseId, { name: 'partners.csv', bytes }, { apply: false });
    expect(preview.counts).toMatchObject({ create: 6, update: 0 });
    expect(preview.preview.derivedAnswers.map((c) => [c.typeCode, c.from, c.to])).toEqual([
      ['consultatiebureauwerking', 'kernpartner', 'gemiddeld'],
      ['ocmw', 'kernpartner', 'gemiddeld'],
      ['caw', 'gemiddeld', 'kernpartner'],
      ['bibliotheek', null, 'minimaal'],
      ['politie', null, 'minimaal'],
    ]);

    const same = await unchanged(houseId);
    const refused = await importHouseFile(user, houseId, { name: 'partners.csv', bytes }, { apply: true, confirmLowering: ['ocmw'] }).catch((e) => e);
    expect(refused.userMessage).toBe(
      'Er werd niets opgeslagen: dit zou het antwoord voor Consultatiebureauwerking (van Kernpartner naar Gemiddeld) verlagen. Vink aan dat u dit antwoord wilt verlagen, of kies een andere betrokkenheid.',
    );
    expect(refused.preview.derivedAnswers).toHaveLength(5);
    await same();

    const done = await importHouseFile(user, houseId, { name: 'partners.csv', bytes }, { apply: true, confirmLowering: ['ocmw', 'consultatiebureauwerking'] });
    expect(done.written).toBe(true);
    expect(await answerOf(houseId, 'consultatiebureauwerking')).toMatchObject({ level: 'gemiddeld', derived: true });
    expect(await answerOf(houseId, 'caw')).toMatchObject({ level: 'kernpartner', derived: true });
  });
});
