import { optionalUser } from '@/lib/edge/session';
import type { SessionUser } from '@/lib/domain/actor';
import { mainMenuFor } from '@/lib/domain/main-menu';
import { MainNav } from './main-nav';

/** The main navigation with the items of the signed-in user's role (lib/domain/main-menu.ts). */
export async function MainMenu() {
  let user: SessionUser | null = null;
  try {
    user = await optionalUser();
  } catch {
    // Database unreachable: the menu of a visitor; the page itself says what is wrong.
  }
  return <MainNav items={mainMenuFor(user)} />;
}
