import type { QrShape } from '@/lib/workshop/qr';
import { QrCode } from './qr-code';

/** The start screen's invitation: the code in huge letters, the QR code and the address. */
export function JoinPanel({ code, spaced, url, qr, onClose }: { code: string; spaced: string; url: string; qr: QrShape; onClose?: () => void }) {
  return (
    <section className="flex h-full flex-col items-center justify-center gap-6 bg-white p-8 text-center" aria-labelledby="doe-mee" data-testid="join-panel">
      <h2 id="doe-mee" className="text-4xl font-semibold text-ink xl:text-5xl">Doe mee met uw gsm of laptop</h2>
      <div className="flex flex-wrap items-center justify-center gap-10">
        <QrCode shape={qr} label={`QR-code naar ${url}`} className="size-64 xl:size-80" />
        <div className="space-y-3 text-left">
          <p className="text-2xl text-muted xl:text-3xl">Ga naar</p>
          <p className="text-3xl font-semibold text-brand xl:text-4xl" data-testid="join-url">{url}</p>
          <p className="pt-2 text-2xl text-muted xl:text-3xl">of naar …/workshop met de code</p>
          <p className="font-mono text-7xl font-bold tracking-[0.15em] text-ink xl:text-8xl" data-testid="join-code" data-code={code} aria-label={`Code ${code.split('').join(' ')}`}>{spaced}</p>
        </div>
      </div>
      {onClose ? (
        <button type="button" onClick={onClose} className="rounded-xl bg-brand px-6 py-3 text-2xl font-semibold text-white">
          Naar de kaart
        </button>
      ) : null}
    </section>
  );
}
