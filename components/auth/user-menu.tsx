import Link from 'next/link';
import { signOut } from '@/app/afmelden/actions';
import { optionalUser } from '@/lib/edge/session';
import type { SessionUser } from '@/lib/domain/actor';
import { ROLE_LABELS } from '@/lib/domain/roles';

/** The header's account corner: who is signed in, Beheer for the admin, Afmelden; or Aanmelden. */
export async function UserMenu() {
  let user: SessionUser | null = null;
  try {
    user = await optionalUser();
  } catch {
    // Database unreachable: the page itself says so; the header just offers to sign in.
  }
  if (!user) {
    return (
      <Link href="/aanmelden" className="rounded-md border border-brand px-2.5 py-1 text-sm font-semibold text-brand hover:bg-brand-soft sm:px-3 sm:py-1.5">
        Aanmelden
      </Link>
    );
  }
  return (
    <div data-user-menu className="flex items-center gap-x-3 text-sm" aria-label="Uw account" role="group">
      <span className="min-w-0 flex-1 leading-tight sm:flex-none">
        <span className="block truncate font-medium text-ink sm:max-w-[16rem]" title={user.email}>
          {user.name || user.email}
        </span>
        <span className="block text-xs text-muted">{ROLE_LABELS[user.role]}</span>
      </span>
      {user.role === 'beheerder' ? (
        <Link href="/beheer" className="shrink-0 rounded-md px-2 py-1.5 font-medium text-brand hover:bg-brand-soft">
          Beheer
        </Link>
      ) : null}
      <form action={signOut} className="shrink-0">
        <button type="submit" className="rounded-md border border-black/15 px-3 py-1.5 font-medium text-ink hover:bg-paper">
          Afmelden
        </button>
      </form>
    </div>
  );
}
