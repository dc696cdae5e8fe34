import { LEVELS } from '@/lib/levels';

/** The two fields of every "add an actor" form: its name and how involved it is. */
export function NameAndLevelFields({ nameLabel }: { nameLabel: string }) {
  return (
    <>
      <label className="text-xs">
        <span className="block text-muted">{nameLabel}</span>
        <input name="name" required minLength={2} maxLength={120} autoFocus className="mt-0.5 w-64 max-w-full rounded border border-black/15 bg-white px-2 py-1 text-sm" />
      </label>
      <label className="text-xs">
        <span className="block text-muted">Betrokkenheid</span>
        <select name="level" defaultValue="minimaal" className="mt-0.5 rounded border border-black/15 bg-white px-2 py-1 text-sm">
          {Object.values(LEVELS).map((l) => (
            <option key={l.code} value={l.code}>{l.label}</option>
          ))}
        </select>
      </label>
    </>
  );
}
