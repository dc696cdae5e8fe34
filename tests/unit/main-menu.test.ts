import { describe, expect, it } from 'vitest';
import { mainMenuFor } from '@/lib/domain/main-menu';

const labels = (user: Parameters<typeof mainMenuFor>[0]) => mainMenuFor(user).map((i) => i.label);

describe('the main menu by role', () => {
  it('offers a coordinator and a facilitator no Kind en Gezin overview (issue 14, bug 7)', () => {
    expect(labels({ role: 'coordinator', houseIds: ['a', 'b'] })).toEqual(['Huizen', 'Cijfers', 'Workshops', 'Catalogus']);
    expect(labels({ role: 'facilitator', houseIds: [] })).toEqual(['Huizen', 'Cijfers', 'Workshops', 'Catalogus']);
  });

  it('offers Kind en Gezin and the beheerder the overview and no workshops', () => {
    expect(labels({ role: 'kind_en_gezin', houseIds: [] })).toEqual(['Huizen', 'Overzicht Kind en Gezin', 'Cijfers', 'Catalogus']);
    expect(labels({ role: 'beheerder', houseIds: [] })).toEqual(['Huizen', 'Overzicht Kind en Gezin', 'Cijfers', 'Catalogus']);
  });

  it('shows a visitor every area; the closed ones ask to sign in first', () => {
    expect(labels(null)).toEqual(['Huizen', 'Overzicht Kind en Gezin', 'Cijfers', 'Workshops', 'Catalogus']);
  });
});
