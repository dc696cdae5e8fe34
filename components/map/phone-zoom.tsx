'use client';
import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * On a phone a whole map (1 000+ units wide) drawn to 390 px has labels of 4 px. Below `sm` the
 * map of the presentation and the deellink is therefore shown at its own size (labels 13 px and
 * more) in a box that pans, centred on the house; "Hele kaart" fits it to the width instead.
 * From `sm` up nothing changes: the map always fits its box there.
 */
export function usePhoneZoom(box: RefObject<HTMLElement | null>, key: unknown) {
  const [zoomed, setZoomed] = useState(true);
  useEffect(() => {
    const el = box.current;
    if (!el || !zoomed) return;
    // Centre on the house, once the box has its size
    // (and again when it changes: a phone turned, the legend opened).
    const centre = () => {
      const house = el.querySelector('[data-id="house"]');
      if (!house) {
        el.scrollLeft = (el.scrollWidth - el.clientWidth) / 2;
        el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
        return;
      }
      const view = el.getBoundingClientRect();
      const at = house.getBoundingClientRect();
      el.scrollLeft += at.left + at.width / 2 - (view.left + el.clientWidth / 2);
      el.scrollTop += at.top + at.height / 2 - (view.top + el.clientHeight / 2);
    };
    const observer = new ResizeObserver(centre);
    observer.observe(el);
    return () => observer.disconnect();
  }, [box, zoomed, key]);
  return {
    zoomed,
    toggle: () => setZoomed((z) => !z),
    /** Classes for the box holding the SVG: below `sm` and zoomed, the SVG at its own size, panned. */
    boxClass: zoomed
      ? 'max-sm:touch-auto max-sm:overflow-auto max-sm:overscroll-contain max-sm:[&_svg]:!h-auto max-sm:[&_svg]:!w-auto max-sm:[&_svg]:!max-w-none'
      : '',
  };
}

/** The button that switches between the legible size and the whole map; only below `sm`. */
export function PhoneZoomButton({ zoomed, toggle, className = '' }: { zoomed: boolean; toggle: () => void; className?: string }) {
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={!zoomed}
      data-testid="phone-zoom"
      className={`rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-paper sm:hidden ${className}`}
    >
      {zoomed ? 'Hele kaart' : 'Leesbaar inzoomen'}
    </button>
  );
}

/** The deellink's map (a server page): the SVG in a box that pans on a phone, with its button. */
export function PhoneZoomMap({ svg, label, className }: { svg: string; label: string; className: string }) {
  const box = useRef<HTMLDivElement>(null);
  const zoom = usePhoneZoom(box, svg);
  return (
    <div className="min-w-0 flex-1">
      <div className="mb-2 flex justify-end px-4 sm:hidden">
        <PhoneZoomButton {...zoom} />
      </div>
      <div
        ref={box}
        data-testid="shared-map-drawing"
        data-zoomed={zoom.zoomed ? 'true' : 'false'}
        // Focusable: on a phone it is a box that scrolls, which the keyboard must reach too.
        tabIndex={0}
        className={`${className} ${zoom.zoomed ? 'max-sm:max-h-[75vh]' : ''} ${zoom.boxClass}`}
        role="img"
        aria-label={label}
        // The SVG of lib/domain/map/to-svg.ts: every text in it is escaped there (escapeXml).
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </div>
  );
}
