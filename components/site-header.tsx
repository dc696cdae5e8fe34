import Link from 'next/link';
import { UserMenu } from './auth/user-menu';
import { MainMenu } from './main-menu';

export function SiteHeader() {
  return (
    <header className="border-b border-black/10 bg-white">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-x-2 gap-y-3 px-4 py-3 sm:px-6">
        {/* The visible words are the link's name (WCAG 2.5.3, label in name); the destination is added for screen readers. */}
        <Link href="/" className="order-1 flex items-center gap-2.5">
          <LogoMark />
          <span className="leading-tight">
            <span className="block text-lg font-semibold tracking-tight text-ink">Netwerkkaart</span>
            <span className="hidden text-xs text-muted min-[420px]:block">Huizen van het Kind in Vlaanderen</span>
            <span className="sr-only">, naar de startpagina</span>
          </span>
        </Link>
        {/* Signed in on a phone, the account row takes the full width under the name. */}
        <div className="order-2 has-[[data-user-menu]]:w-full sm:has-[[data-user-menu]]:w-auto">
          <UserMenu />
        </div>
        <div className="order-3 w-full">
          <MainMenu />
        </div>
      </div>
    </header>
  );
}

function LogoMark() {
  return (
    <svg width="36" height="36" viewBox="0 0 36 36" aria-hidden="true">
      <circle cx="18" cy="18" r="17" fill="#0f5e63" />
      <g stroke="#dcefee" strokeWidth="1.6">
        <line x1="18" y1="18" x2="8" y2="11" />
        <line x1="18" y1="18" x2="28" y2="10" />
        <line x1="18" y1="18" x2="27" y2="26" />
        <line x1="18" y1="18" x2="9" y2="26" strokeDasharray="2 2" />
      </g>
      <circle cx="18" cy="18" r="4.5" fill="#fff" />
      <circle cx="8" cy="11" r="2.6" fill="#f2c14e" />
      <circle cx="28" cy="10" r="2.6" fill="#f2c14e" />
      <circle cx="27" cy="26" r="2.2" fill="#dcefee" />
      <circle cx="9" cy="26" r="2.2" fill="none" stroke="#dcefee" strokeDasharray="1.5 1.5" />
    </svg>
  );
}
