import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { countHouses, createHouse, listHouses } from '@/graph/repositories/houses';
import { writeTx } from '@/graph/session';
import { deleteHouses } from '../support/graph-cleanup';
import { uniqueHouseId } from '../support/unique-id';

describe('houses repository', () => {
  const created: string[] = [];
  afterAll(async () => {
    await deleteHouses(created);
    await closeDriver();
  });

  it('lists a new house with its counts of direct actors, kernpartners and nog niet', async () => {
    const id = uniqueHouseId();
    created.push(id);
    const before = await countHouses();
    await createHouse({ id, name: 'Huis van het Kind Proefstede', municipalities: ['Proefstede', 'Testbeek'], province: 'Oost-Vlaanderen', urbanisation: 'regiostedelijk' });
    await writeTx((tx) =>
      tx.run(
        `MATCH (h:House {id: $id})
         UNWIND $answers AS a
         MATCH (t:ActorType {code: a.type})
         CREATE (h)-[:ANSWERED {level: a.level, derived: false, version: 1}]->(t)`,
        {
          id,
          answers: [
            { type: 'consultatiebureauwerking', level: 'kernpartner' },
            { type: 'regioteam-kind-en-gezin', level: 'kernpartner' },
            { type: 'ocmw', level: 'gemiddeld' },
            { type: 'bibliotheek', level: 'minimaal' },
            { type: 'politie', level: 'nog_niet' },
            { type: 'huisartsen-kringen', level: 'indirect' },
          ],
        },
      ),
    );
    expect(await countHouses()).toBe(before + 1);
    const house = (await listHouses()).find((h) => h.id === id);
    expect(house).toEqual({
      id,
      name: 'Huis van het Kind Proefstede',
      municipalities: ['Proefstede', 'Testbeek'],
      province: 'Oost-Vlaanderen',
      urbanisation: 'regiostedelijk',
      intermunicipal: true,
      fictional: false,
      direct: 4,
      kernpartners: 2,
      nogNiet: 1,
    });
  });
});
