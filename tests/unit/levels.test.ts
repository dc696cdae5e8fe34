import { describe, expect, it } from 'vitest';
import { DIRECT_LEVELS, LEVEL_CODES, LEVELS, strongestLevel } from '@/lib/domain/levels';
import { levelSchema } from '@/lib/domain/level-schema';

describe('involvement levels', () => {
  it('are the seven answers of question 4, with Dutch labels', () => {
    expect(LEVEL_CODES.map((code) => LEVELS[code].label)).toEqual([
      'Kernpartner', 'Gemiddeld', 'Minimaal', 'Indirect', 'Nog niet', 'Niet', 'Niet aanwezig in werkgebied',
    ]);
  });

  it('group minimaal, gemiddeld and kernpartner as direct involvement', () => {
    expect([...DIRECT_LEVELS].sort()).toEqual(['gemiddeld', 'kernpartner', 'minimaal']);
    expect(LEVELS.indirect.group).toBe('indirect');
    expect(['nog_niet', 'niet', 'niet_aanwezig'].map((c) => LEVELS[c as 'niet'].group)).toEqual(['not_involved', 'not_involved', 'not_involved']);
  });

  it('derive a type answer from its organisations: the strongest level wins', () => {
    expect(strongestLevel(['minimaal', 'kernpartner', 'gemiddeld'])).toBe('kernpartner');
    expect(strongestLevel(['niet', 'indirect', 'nog_niet'])).toBe('indirect');
    expect(strongestLevel(['niet_aanwezig', 'niet'])).toBe('niet');
    expect(strongestLevel([])).toBeNull();
  });

  it('order strength kernpartner > gemiddeld > minimaal > indirect > nog niet > niet > niet aanwezig', () => {
    const byStrength = [...LEVEL_CODES].sort((a, b) => LEVELS[b].strength - LEVELS[a].strength);
    expect(byStrength).toEqual(['kernpartner', 'gemiddeld', 'minimaal', 'indirect', 'nog_niet', 'niet', 'niet_aanwezig']);
  });

  it('refuse an unknown level with a Dutch message', () => {
    const result = levelSchema.safeParse('super');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/^Kies een van de betrokkenheden: Kernpartner, Gemiddeld/);
    expect(levelSchema.parse('nog_niet')).toBe('nog_niet');
  });
});
