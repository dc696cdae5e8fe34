import { describe, expect, it } from 'vitest';
import { canAdminister, canEditHouse, canReadAgencyOverview, canReadHouse, canRunWorkshop, type AccessSubject } from '@/lib/domain/access-rules';

const coordinatorA: AccessSubject = { role: 'coordinator', houseIds: ['a'] };
const facilitatorA: AccessSubject = { role: 'facilitator', houseIds: ['a'] };
const facilitatorEnded: AccessSubject = { role: 'facilitator', houseIds: [] };
const kindEnGezin: AccessSubject = { role: 'kind_en_gezin', houseIds: [] };
const beheerder: AccessSubject = { role: 'beheerder', houseIds: [] };

describe('access rules', () => {
  it('lets a coordinator read and edit the own house and nothing of another', () => {
    expect([canReadHouse(coordinatorA, 'a'), canEditHouse(coordinatorA, 'a')]).toEqual([true, true]);
    expect([canReadHouse(coordinatorA, 'b'), canEditHouse(coordinatorA, 'b')]).toEqual([false, false]);
    expect(canReadAgencyOverview(coordinatorA)).toBe(false);
  });

  it('lets Kind en Gezin read every house and the overview, and edit none', () => {
    expect([canReadHouse(kindEnGezin, 'a'), canReadHouse(kindEnGezin, 'b'), canReadAgencyOverview(kindEnGezin)]).toEqual([true, true, true]);
    expect([canEditHouse(kindEnGezin, 'a'), canRunWorkshop(kindEnGezin, 'a'), canAdminister(kindEnGezin)]).toEqual([false, false, false]);
  });

  it('lets a facilitator work only with the houses whose invitation runs', () => {
    expect([canReadHouse(facilitatorA, 'a'), canEditHouse(facilitatorA, 'a'), canRunWorkshop(facilitatorA, 'a')]).toEqual([true, true, true]);
    expect([canReadHouse(facilitatorA, 'b'), canEditHouse(facilitatorA, 'b')]).toEqual([false, false]);
    expect([canReadHouse(facilitatorEnded, 'a'), canEditHouse(facilitatorEnded, 'a')]).toEqual([false, false]);
  });

  it('lets the beheerder manage and read, but not edit a map', () => {
    expect([canAdminister(beheerder), canReadHouse(beheerder, 'b'), canReadAgencyOverview(beheerder)]).toEqual([true, true, true]);
    expect(canEditHouse(beheerder, 'b')).toBe(false);
    expect([coordinatorA, facilitatorA, kindEnGezin].map(canAdminister)).toEqual([false, false, false]);
  });
});
