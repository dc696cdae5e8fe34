import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { toMapModel } from '@/lib/domain/map/to-elements';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

describe('house network repository', () => {
  const created: string[] = [];
  afterAll(async () => {
    await deleteNetworkFixtures(created);
    await closeDriver();
  });

  it('reads a house with its answers, named organisations, forums and the other houses a regional actor serves', async () => {
    const { houseId, actorIds, forumIds } = await createNetworkFixture({
      answers: [
        { type: 'ocmw', level: 'kernpartner' },
        { type: 'politie', level: 'niet_aanwezig' },
        { type: 'caw', level: 'gemiddeld', derived: true },
      ],
      actors: [
        { name: 'CAW Proefland', type: 'caw', level: 'gemiddeld', regional: true, note: 'Zit in de stuurgroep' },
        { name: 'Basisschool De Linde', type: 'school-scholen', level: 'indirect', via: 'Scholenoverleg' },
      ],
      forums: [{ name: 'Scholenoverleg', members: ['Basisschool De Linde'] }],
    });
    created.push(houseId);
    const other = await createNetworkFixture({ actors: [{ id: actorIds['CAW Proefland'], name: 'CAW Proefland', type: 'caw', level: 'kernpartner' }] });
    created.push(other.houseId);

    const network = await readHouseNetwork(houseId);
    expect(network).not.toBeNull();
    expect(network!.house).toMatchObject({ id: houseId, urbanisation: 'regiostedelijk', version: 1 });
    expect(network!.clusters).toHaveLength(12);
    expect(network!.types.filter((t) => t.catalogue)).toHaveLength(54);
    expect(network!.types.find((t) => t.code === 'ocmw')!.answer).toMatchObject({ level: 'kernpartner', derived: false, version: 1 });
    expect(network!.types.find((t) => t.code === 'bibliotheek')!.answer).toBeNull();

    const caw = network!.actors.find((a) => a.name === 'CAW Proefland')!;
    expect(caw).toMatchObject({ typeCode: 'caw', level: 'gemiddeld', regional: true, note: 'Zit in de stuurgroep', version: 1 });
    expect(caw.otherHouses).toEqual([{ id: other.houseId, name: `Huis van het Kind ${other.houseId}`, level: 'kernpartner' }]);

    const school = network!.actors.find((a) => a.name === 'Basisschool De Linde')!;
    expect(school).toMatchObject({ level: 'indirect', via: forumIds.Scholenoverleg, forums: [{ id: forumIds.Scholenoverleg, name: 'Scholenoverleg' }] });
    expect(network!.forums).toEqual([{ id: forumIds.Scholenoverleg, name: 'Scholenoverleg', regional: false, members: [actorIds['Basisschool De Linde']] }]);

    // The model the map draws: politie in the tray, the school via the forum, mandatory gaps as placeholders.
    const model = toMapModel(network!);
    expect(model.entries.find((e) => e.key === 'type:politie')!.placement).toBe('tray');
    expect(model.entries.find((e) => e.key === `actor:${school.id}`)!.via).toEqual({ id: forumIds.Scholenoverleg, name: 'Scholenoverleg' });
    expect(model.entries.filter((e) => e.kind === 'missing').map((e) => e.typeCode).sort()).toEqual([
      'aanbod-onderwijskansen', 'consultatiebureauwerking', 'gezinsondersteuning-aan-huis-door-vrijwilligers', 'inloopteam',
      'opvoedingswinkel-opvoedingspunt', 'prenatale-steunpunten', 'regioteam-kind-en-gezin', 'spel-en-ontmoetingsinitiatief',
    ]);
  });

  it('answers null for a house that does not exist', async () => {
    expect(await readHouseNetwork('bestaat-niet-xyz')).toBeNull();
  });
});
