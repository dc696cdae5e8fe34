'use client';
import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFullscreen } from '@/components/hooks/use-fullscreen';
import { MapLegend } from '@/components/map/map-legend';
import { PhoneZoomButton, usePhoneZoom } from '@/components/map/phone-zoom';
import type { DeckStep } from '@/lib/domain/presentation/presentation-deck';

/**
 * The presentation of a house's map, one step at a time over the whole window: the caption and
 * the figures of the step under the map. Arrow keys (and Page Up/Down, Space, Home, End), a click
 * on the map, a swipe and the buttons go on and back. Every step's map is drawn on the same
 * positions in the same frame (lib/domain/presentation/presentation-deck.ts), so nothing moves:
 * what is new fades in. The shared (deellink) version has no links into the product.
 */
export function PresentationView({
  houseName,
  steps,
  initialStep = 1,
  closeHref,
  handoutHref,
}: {
  houseName: string;
  steps: DeckStep[];
  initialStep?: number;
  /** Where "Sluiten" goes (the map); null on a deellink. */
  closeHref: string | null;
  handoutHref: string | null;
}) {
  const [index, setIndex] = useState(() => Math.min(Math.max(initialStep, 1), steps.length) - 1);
  const panel = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(panel);
  const swipe = useRef<{ x: number; y: number } | null>(null);
  const swiped = useRef(false);
  const mapBox = useRef<HTMLDivElement>(null);
  const zoom = usePhoneZoom(mapBox, index);
  const step = steps[index];

  const go = useCallback((to: number) => setIndex(Math.min(Math.max(to, 0), steps.length - 1)), [steps.length]);

  useEffect(() => {
    // The step travels in the address, so a reload or a shared address opens the same step.
    const url = new URL(window.location.href);
    url.searchParams.set('stap', String(index + 1));
    window.history.replaceState(window.history.state, '', url);
  }, [index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(event.key)) go(index + 1);
      else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) go(index - 1);
      else if (event.key === 'Home') go(0);
      else if (event.key === 'End') go(steps.length - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, steps.length]);

  if (!step) return <p>Deze presentatie heeft geen stappen.</p>;
  return (
    <div
      ref={panel}
      data-bare-page
      data-testid="presentation"
      data-step={step.id}
      data-step-number={step.number}
      className="fixed inset-0 z-50 flex flex-col bg-white text-ink"
    >
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-stone-300 px-4 py-2 sm:px-6">
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm text-muted">
            <span className="font-semibold text-ink">{houseName}</span> · stap {step.number} van {steps.length}: {step.name}
          </p>
          <p data-testid="presentation-subtitle" className="text-xs text-muted sm:truncate">
            {step.subtitle}
          </p>
        </div>
        <div className="flex flex-wrap gap-2 text-sm">
          <PhoneZoomButton {...zoom} />
          {/* On a phone the legend opens over the map; from lg on it stands beside it. */}
          <details className="relative lg:hidden" data-testid="presentation-legend-toggle">
            <summary className="cursor-pointer list-none rounded border border-stone-300 px-3 py-1.5 hover:bg-paper">Legende</summary>
            <div className="absolute right-0 z-10 mt-1 max-h-[60vh] w-[min(22rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-stone-300 bg-white p-3 shadow-lg">
              <MapLegend compact id="legende-telefoon" />
            </div>
          </details>
          {fullscreen.available ? (
            <button type="button" onClick={fullscreen.toggle} className="rounded border border-stone-300 px-3 py-1.5 hover:bg-paper">
              {fullscreen.active ? 'Volledig scherm sluiten' : 'Volledig scherm'}
            </button>
          ) : null}
          {handoutHref ? (
            <a href={handoutHref} className="rounded border border-stone-300 px-3 py-1.5 hover:bg-paper">
              Handout (PDF)
            </a>
          ) : null}
          {closeHref ? (
            <Link href={closeHref} className="rounded border border-stone-300 px-3 py-1.5 hover:bg-paper">
              Sluiten
            </Link>
          ) : null}
        </div>
      </header>
      <div className="flex min-h-0 flex-1">
        <div
          ref={mapBox}
          data-testid="presentation-map"
          data-zoomed={zoom.zoomed ? 'true' : 'false'}
          // Focusable: on a phone it is a box that scrolls, which the keyboard must reach too.
          tabIndex={0}
          role="img"
          aria-label={`Netwerkkaart van ${houseName}, stap ${step.number}: ${step.name}`}
          className={`presentation-map min-h-0 min-w-0 flex-1 cursor-pointer touch-pan-y touch-pinch-zoom select-none p-1 sm:p-2 [&_svg]:h-full [&_svg]:w-full ${zoom.boxClass}`}
          onPointerDown={(e) => {
            swipe.current = { x: e.clientX, y: e.clientY };
            swiped.current = false;
          }}
          onPointerUp={(e) => {
            const start = swipe.current;
            swipe.current = null;
            if (!start) return;
            const dx = e.clientX - start.x;
            if (Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(e.clientY - start.y)) {
              swiped.current = true;
              go(dx < 0 ? index + 1 : index - 1);
            }
          }}
          onClick={() => {
            if (!swiped.current) go(index + 1);
          }}
          // The SVG of lib/domain/map/to-svg.ts: every text in it is escaped there (escapeXml).
          dangerouslySetInnerHTML={{ __html: step.svg }}
        />
        <aside className="hidden w-72 shrink-0 overflow-y-auto border-l border-stone-300 p-4 lg:block" data-testid="presentation-legend">
          <MapLegend column />
        </aside>
      </div>
      {/* A fixed height: the map's box never changes size between steps, so nothing on it moves. */}
      <footer className="flex h-60 flex-col border-t border-stone-300 px-4 py-3 sm:h-48 sm:px-6">
        <div aria-live="polite" className="min-h-0 flex-1 overflow-y-auto">
          <p data-testid="presentation-caption" className="text-lg font-medium leading-snug sm:text-2xl">
            {step.caption}
          </p>
          {step.counts.length > 0 ? (
            <ul data-testid="presentation-counts" className="mt-2 flex flex-wrap gap-2 text-sm sm:text-base">
              {step.counts.map((c) => (
                <li key={c.label} className="rounded-full bg-paper px-3 py-1">
                  {c.label}: <strong>{c.value}</strong>
                </li>
              ))}
            </ul>
          ) : null}
          {step.detail ? <p className="mt-1 text-sm text-muted sm:text-base">{step.detail}</p> : null}
        </div>
        <nav aria-label="Stappen van de presentatie" className="mt-3 flex items-center gap-3">
          <button
            type="button"
            onClick={() => go(index - 1)}
            disabled={index === 0}
            className="rounded border border-stone-300 px-3 py-1.5 disabled:opacity-40"
          >
            ← Vorige
          </button>
          <ol className="flex flex-1 justify-center gap-1.5">
            {steps.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  onClick={() => go(i)}
                  aria-current={i === index ? 'step' : undefined}
                  aria-label={`Stap ${s.number}: ${s.name}`}
                  className={`block h-3 w-3 rounded-full border border-brand ${i === index ? 'bg-brand' : i < index ? 'bg-brand/40' : 'bg-white'}`}
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => go(index + 1)}
            disabled={index === steps.length - 1}
            className="rounded bg-brand px-3 py-1.5 text-white disabled:opacity-40"
          >
            Volgende →
          </button>
        </nav>
      </footer>
    </div>
  );
}
