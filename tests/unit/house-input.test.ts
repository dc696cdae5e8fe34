import { describe, expect, it } from 'vitest';
import { houseInputSchema } from '@/lib/domain/house';

const valid = { id: 'hvhk-testdorp', name: 'Huis van het Kind Testdorp', municipalities: ['Testdorp'], province: 'Limburg', urbanisation: 'buitengebied' };

describe('house input', () => {
  it('accepts a complete house and trims its text', () => {
    expect(houseInputSchema.parse({ ...valid, name: '  Huis van het Kind Testdorp ' }).name).toBe('Huis van het Kind Testdorp');
  });

  it.each([
    [{ id: 'Met Spaties' }, 'De code bestaat uit 2 tot 63 kleine letters, cijfers of koppeltekens.'],
    [{ name: 'x' }, 'Geef het huis een naam van minstens 2 tekens.'],
    [{ municipalities: [] }, 'Geef minstens één gemeente van het werkingsgebied op.'],
    [{ province: 'Henegouwen' }, 'Kies een provincie uit de lijst.'],
    [{ urbanisation: 'metropool' }, 'Kies een verstedelijkingsgraad uit de lijst.'],
  ])('refuses %o with a Dutch message', (change, message) => {
    const result = houseInputSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
  });
});
