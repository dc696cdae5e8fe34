import type { UserListing } from '@/graph/repositories/users';
import { ROLE_CODES, ROLE_LABELS } from '@/lib/roles';
import { PasswordLinkForm } from './password-link-form';
import { HOUSE_LIST_ID, UserAccessForm } from './user-access-form';

/** Accounts grouped by role; the long list of coordinators folds away. */
export function UserTable({ users, houses }: { users: UserListing[]; houses: { id: string; name: string }[] }) {
  return (
    <div className="mt-5 space-y-3">
      <datalist id={HOUSE_LIST_ID}>
        {houses.map((h) => <option key={h.id} value={h.id}>{h.name}</option>)}
      </datalist>
      {ROLE_CODES.map((role) => {
        const group = users.filter((u) => u.role === role);
        if (!group.length) return null;
        return (
          <details key={role} open={group.length <= 10} className="rounded-xl border border-black/10 bg-white">
            <summary className="cursor-pointer px-4 py-3 font-semibold">
              {ROLE_LABELS[role]} <span className="font-normal text-muted">({group.length})</span>
            </summary>
            <ul className="divide-y divide-black/5 border-t border-black/10">
              {group.map((user) => (
                <li key={user.id} className="grid gap-2 px-4 py-3 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.6fr)] lg:items-start">
                  <span className="min-w-0 lg:pt-5">
                    <span className="block truncate font-medium">{user.name || user.email}{user.demo ? <span className="ml-2 rounded bg-paper px-1.5 py-0.5 text-xs font-normal text-muted">demo</span> : null}</span>
                    <span className="block truncate text-sm text-muted">{user.email}</span>
                    {user.houses.length ? <span className="block truncate text-sm text-muted">{user.houses.map((h) => h.name).join(', ')}</span> : null}
                  </span>
                  <div className="grid gap-3">
                    <UserAccessForm user={{ id: user.id, email: user.email, role: user.role, houseId: user.houses[0]?.id }} />
                    <PasswordLinkForm user={{ id: user.id, email: user.email }} />
                  </div>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
