import { describe, expect, it } from 'vitest';
import { LEVEL_CODES } from '@/lib/domain/levels';
import { isGap, mandatoryState } from '@/lib/domain/mandatory-gaps';

describe('the mandatory-gap rule', () => {
  it('counts niet, nog niet and no answer as a gap, and nothing else', () => {
    const gaps = [...LEVEL_CODES, null].filter((level) => isGap(level));
    expect(gaps).toEqual(['nog_niet', 'niet', null]);
  });

  it('never counts niet aanwezig in werkgebied as a gap', () => {
    expect(isGap('niet_aanwezig')).toBe(false);
    expect(mandatoryState('niet_aanwezig')).toBe('not_in_area');
  });

  it('sorts every answer into one state', () => {
    expect(LEVEL_CODES.map(mandatoryState)).toEqual(['direct', 'direct', 'direct', 'indirect', 'gap', 'gap', 'not_in_area']);
    expect(mandatoryState(null)).toBe('gap');
  });
});
