'use client';

import { useMemo, useState } from 'react';
import type { UserListing } from '@/graph/repositories/users';
import { normaliseSearch, type PickableHouse } from '@/lib/domain/house-search';
import { ROLE_CODES, ROLE_LABELS } from '@/lib/domain/roles';
import { PasswordLinkForm } from './password-link-form';
import { UserAccessForm } from './user-access-form';
import { UserActiveForm } from './user-active-form';

/**
 * Accounts grouped by role, with a search over name, e-mail and house: the long list of
 * coordinators folds away until a search narrows it. Per account: role and house, a password
 * link, and deactivating (or activating again).
 */
export function UserTable({ users, houses, selfId }: { users: UserListing[]; houses: PickableHouse[]; selfId: string }) {
  const [query, setQuery] = useState('');
  const words = normaliseSearch(query).split(' ').filter(Boolean);
  const found = useMemo(
    () =>
      users.filter((u) => {
        if (!words.length) return true;
        const haystack = normaliseSearch(`${u.name} ${u.email} ${u.houses.map((h) => `${h.name} ${h.id}`).join(' ')} ${u.deactivated ? 'gedeactiveerd' : ''}`);
        return words.every((w) => haystack.includes(w));
      }),
    // words is derived from query
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [users, query],
  );
  return (
    <div className="mt-5 space-y-3">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-end sm:gap-3">
        <label className="block min-w-0 flex-1 text-sm font-medium" htmlFor="gebruiker-zoeken">
          Zoek een account
          <input
            id="gebruiker-zoeken"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="Naam, e-mailadres of huis"
            autoComplete="off"
            className="mt-1 block w-full rounded-lg border border-black/20 bg-white px-3 py-2 text-sm font-normal"
          />
        </label>
        <p role="status" className="text-sm text-muted sm:pb-2" data-testid="user-count">
          {words.length ? `${found.length} van ${users.length} accounts` : `${users.length} accounts`}
        </p>
      </div>
      {words.length ? (
        // Search results as one list: a row stays where it is when its role changes.
        found.length ? (
          <ul className="divide-y divide-black/5 rounded-xl border border-black/10 bg-white" aria-label="Gevonden accounts">
            {found.map((user) => (
              <UserRow key={user.id} user={user} houses={houses} selfId={selfId} showRole />
            ))}
          </ul>
        ) : null
      ) : (
        ROLE_CODES.map((role) => {
          const group = found.filter((u) => u.role === role);
          if (!group.length) return null;
          return (
            <details key={role} open={group.length <= 10} className="rounded-xl border border-black/10 bg-white" data-role={role}>
              <summary className="cursor-pointer px-4 py-3 font-semibold">
                {ROLE_LABELS[role]} <span className="font-normal text-muted">({group.length})</span>
              </summary>
              <ul className="divide-y divide-black/5 border-t border-black/10">
                {group.map((user) => (
                  <UserRow key={user.id} user={user} houses={houses} selfId={selfId} />
                ))}
              </ul>
            </details>
          );
        })
      )}
      {found.length === 0 ? (
        <p className="rounded-xl border border-dashed border-black/20 bg-white p-4 text-center text-muted">Geen account gevonden voor “{query}”.</p>
      ) : null}
    </div>
  );
}

function UserRow({ user, houses, selfId, showRole = false }: { user: UserListing; houses: PickableHouse[]; selfId: string; showRole?: boolean }) {
  return (
    <li className="grid gap-2 px-4 py-3 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.6fr)] lg:items-start" data-user={user.email}>
      <span className="min-w-0 lg:pt-5">
        <span className="block truncate font-medium">
          {user.name || user.email}
          {user.demo ? <span className="ml-2 rounded bg-paper px-1.5 py-0.5 text-xs font-normal text-muted">demo</span> : null}
          {user.deactivated ? <span className="ml-2 rounded bg-accent/10 px-1.5 py-0.5 text-xs font-semibold text-accent">gedeactiveerd</span> : null}
        </span>
        <span className="block truncate text-sm text-muted">{user.email}</span>
        {showRole && user.role ? <span className="block text-sm text-muted">{ROLE_LABELS[user.role]}</span> : null}
        {user.houses.length ? <span className="block truncate text-sm text-muted">{user.houses.map((h) => h.name).join(', ')}</span> : null}
      </span>
      <div className="grid gap-3">
        <UserAccessForm user={{ id: user.id, email: user.email, role: user.role, houseId: user.houses[0]?.id }} houses={houses} />
        <div className="flex flex-wrap items-start gap-3">
          <PasswordLinkForm user={{ id: user.id, email: user.email }} />
          {/* One's own account is not deactivated here (the server refuses it too). */}
          {user.id !== selfId ? <UserActiveForm user={{ id: user.id, email: user.email, deactivated: user.deactivated }} /> : null}
        </div>
      </div>
    </li>
  );
}
