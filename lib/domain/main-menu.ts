import { canReadAgencyOverview, type AccessSubject } from './access-rules';

export interface MenuItem {
  href: string;
  label: string;
}

const HOUSES: MenuItem = { href: '/huizen', label: 'Huizen' };
const OVERVIEW: MenuItem = { href: '/overzicht', label: 'Overzicht Kind en Gezin' };
const FIGURES: MenuItem = { href: '/cijfers', label: 'Cijfers' };
const WORKSHOPS: MenuItem = { href: '/workshops', label: 'Workshops' };
const CATALOGUE: MenuItem = { href: '/catalogus', label: 'Catalogus' };

/**
 * The main menu for who is signed in: only what this role may open, so a coordinator is never
 * sent to Kind en Gezin's overview (a 404 for them). A visitor who is not signed in sees every
 * area; the closed ones ask to sign in first and return there after.
 */
export function mainMenuFor(user: AccessSubject | null): MenuItem[] {
  if (!user) return [HOUSES, OVERVIEW, FIGURES, WORKSHOPS, CATALOGUE];
  return [
    HOUSES,
    ...(canReadAgencyOverview(user) ? [OVERVIEW] : []),
    FIGURES,
    // Workshops are opened by a house's coordinator or its invited facilitator.
    ...(user.role === 'coordinator' || user.role === 'facilitator' ? [WORKSHOPS] : []),
    CATALOGUE,
  ];
}
