import type { QrShape } from '@/lib/formats/qr';
import { QrCode } from './qr-code';

/** The start screen's invitation: the code in huge letters, the QR code and the address. */
export function JoinPanel({ code, spaced, url, qr, onClose }: { code: string; spaced: string; url: string; qr: QrShape; onClose?: () => void }) {
  return (
    <section
      className="relative flex h-full flex-col items-center gap-4 overflow-auto [justify-content:safe_center] bg-white p-4 text-center sm:gap-6 sm:p-8"
      // "safe center": when the invitation is taller than its box (a laptop's facilitator screen), it
      // starts at the top and scrolls instead of losing its heading above the box.
      aria-labelledby="doe-mee"
      data-testid="join-panel"
    >
      <h2 id="doe-mee" className="text-2xl font-semibold text-ink sm:text-4xl xl:text-5xl">
        Doe mee met uw gsm of laptop
      </h2>
      <div className="flex flex-wrap items-center justify-center gap-6 sm:gap-10">
        <QrCode shape={qr} label={`QR-code naar ${url}`} className="size-48 sm:size-64 xl:size-80" />
        <div className="min-w-0 space-y-2 text-center sm:space-y-3 sm:text-left">
          <p className="text-lg text-muted sm:text-2xl xl:text-3xl">Ga naar</p>
          <p className="break-all text-xl font-semibold text-brand sm:text-3xl xl:text-4xl" data-testid="join-url">
            {url}
          </p>
          <p className="pt-2 text-lg text-muted sm:text-2xl xl:text-3xl">of naar …/workshop met de code</p>
          <p
            className="font-mono text-5xl font-bold tracking-[0.15em] text-ink sm:text-7xl xl:text-8xl"
            data-testid="join-code"
            data-code={code}
            aria-label={`Code ${code.split('').join(' ')}`}
          >
            {spaced}
          </p>
        </div>
      </div>
      {onClose ? (
        <button type="button" onClick={onClose} className="rounded-xl bg-brand px-6 py-3 text-xl font-semibold text-white sm:text-2xl">
          Naar de kaart
        </button>
      ) : null}
    </section>
  );
}
