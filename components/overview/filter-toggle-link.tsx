import Link from 'next/link';

/**
 * A switch of the overview's selection ("Alleen huizen met een hiaat") as a link to the other
 * selection: a link, not a button, so its state is said in words (aria-pressed is for buttons).
 */
export function FilterToggleLink({ href, on, label }: { href: string; on: boolean; label: string }) {
  return (
    <Link
      href={href}
      className={`print:hidden inline-flex shrink-0 items-center gap-2 rounded-full border px-3 py-1 text-sm font-medium ${on ? 'border-[#b42318] bg-[#fef3f2] text-[#b42318]' : 'border-black/20 bg-white text-ink hover:border-[#b42318]'}`}
    >
      <span aria-hidden="true">{on ? '☑' : '☐'}</span> {label}
      <span className="sr-only">{on ? ' (staat aan; klik om alle huizen te tonen)' : ' (staat uit)'}</span>
    </Link>
  );
}
