'use client';

import { useState } from 'react';
import { formatDate } from '@/lib/domain/format-date';
import { LAYOUTS, type LayoutName, type Positions } from '@/lib/domain/map/layouts';
import type { MapModel } from '@/lib/domain/map/to-elements';
import type { MapCanvasHandle } from './house-map-canvas';

/** PNG at print resolution: about 300 dpi across an A4 landscape page. */
const PNG_SCALE = 2.5;

interface Props {
  houseId: string;
  houseName: string;
  model: MapModel;
  layout: LayoutName;
  handle: React.RefObject<MapCanvasHandle>;
  decorations?: Record<string, string>;
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Exports of the map: CSV and SVG from the server (route handlers), PNG drawn here from the map
 * as it stands on screen (any layout), with the same title, date and legend as the SVG.
 */
export function MapExports({ houseId, houseName, model, layout, handle, decorations }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/huizen/${houseId}`;

  async function png() {
    setBusy(true);
    setError(null);
    try {
      const cy = handle.current.cy;
      const positions: Positions = {};
      cy?.nodes().forEach((n) => {
        if (!n.isParent()) positions[n.id()] = { ...n.position() };
      });
      // The SVG drawing code loads on the first PNG asked for, not with the page.
      const { toSvg } = await import('@/lib/domain/map/to-svg');
      const svg = toSvg(houseName, model, positions, {
        title: `Netwerkkaart ${houseName}`,
        subtitle: `Stand op ${formatDate(new Date().toISOString())} · schikking: ${LAYOUTS[layout].label.toLowerCase()}`,
        clusterBoxes: layout === 'clusters',
        decorations,
      });
      const image = new Image();
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('svg'));
        image.src = url;
      });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(image.width * PNG_SCALE);
      canvas.height = Math.round(image.height * PNG_SCALE);
      const ctx = canvas.getContext('2d')!;
      ctx.scale(PNG_SCALE, PNG_SCALE);
      ctx.drawImage(image, 0, 0);
      URL.revokeObjectURL(url);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error('png');
      download(blob, `netwerkkaart-${houseId}-${new Date().toISOString().slice(0, 10)}.png`);
    } catch {
      setError('De PNG kon niet worden gemaakt. Probeer de SVG.');
    } finally {
      setBusy(false);
    }
  }

  const link = 'rounded-md border border-black/15 bg-white px-2.5 py-1 text-sm font-medium text-ink hover:bg-brand-soft lg:py-0.5';
  return (
    <div
      className="flex flex-wrap items-center gap-2 border-b border-black/10 bg-paper/60 px-3 py-2 text-sm lg:ml-auto lg:border-0 lg:bg-transparent lg:p-0 print:hidden"
      data-testid="map-exports"
    >
      <a className="rounded-md bg-brand px-2.5 py-1 text-sm font-medium text-white hover:bg-brand/90 lg:py-0.5" href={`/huizen/${houseId}/presenteren`}>
        Presenteren
      </a>
      <span className="text-xs font-semibold uppercase tracking-wide text-muted">Exporteren</span>
      <button type="button" onClick={png} disabled={busy} className={link}>
        {busy ? 'PNG maken…' : 'PNG'}
      </button>
      <a className={link} href={`${base}/kaart.svg?weergave=${layout}`} download>
        SVG
      </a>
      <a className={link} href={`${base}/kaart.csv`} download>
        CSV (tabel)
      </a>
      <a className={link} href={`${base}/kaart.xlsx`} download>
        Excel
      </a>
      <a className={link} href={`/huizen/${houseId}/afdrukken?formaat=A4&weergave=${layout}`}>
        Afdrukken A4
      </a>
      <a className={link} href={`/huizen/${houseId}/afdrukken?formaat=A3&weergave=${layout}`}>
        A3
      </a>
      {error ? (
        <span role="alert" className="text-xs text-[#b42318]">
          {error}
        </span>
      ) : null}
    </div>
  );
}
