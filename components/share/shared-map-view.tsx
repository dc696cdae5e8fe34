import { formatDate } from '@/lib/domain/format-date';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { URBANISATION_LABELS } from '@/lib/domain/regions';
import { PUBLIC_HEADER, publicRows } from '@/lib/domain/share/public-rows';
import { toMapModel } from '@/lib/domain/map/to-elements';
import { MapLegend } from '@/components/map/map-legend';
import { PhoneZoomMap } from '@/components/map/phone-zoom';

/**
 * The map of a deellink: the house, its map (the SVG of lib/domain/map/to-svg.ts) and the same data as a
 * table, with the two downloads the link offers. Only the public part of the network reaches it
 * (lib/domain/share/public-network.ts).
 */
export function SharedMapView({ network, svg, expiresAt, token }: { network: HouseNetwork; svg: string; expiresAt: string; token: string }) {
  // `svg` is the map alone (lib/domain/map/to-svg.ts, bare): the legend is this page's own text, beside
  // the map on a wide screen and below it on a phone, so the map takes the phone's whole width.
  const rows = publicRows(toMapModel(network).entries);
  const { house } = network;
  return (
    <div data-bare-page className="mx-auto max-w-6xl px-4 py-6 sm:px-6" data-testid="shared-map">
      <header className="mb-4">
        <p className="text-sm text-muted">Gedeelde netwerkkaart · alleen lezen · geldig tot {formatDate(expiresAt.slice(0, 10))}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-3xl">{house.name}</h1>
        <p className="mt-1 text-sm text-muted">
          {house.municipalities.join(', ')} · {house.province} · {URBANISATION_LABELS[house.urbanisation]}
          {house.intermunicipal ? ' · intergemeentelijk' : ''}
        </p>
        <p className="mt-3 flex flex-wrap gap-2 text-sm">
          <a className="rounded-md border border-black/15 bg-white px-3 py-1.5 font-medium" href={`/d/${token}/kaart.svg`} download>
            Kaart (SVG)
          </a>
          <a className="rounded-md border border-black/15 bg-white px-3 py-1.5 font-medium" href={`/d/${token}/kaart.csv`} download>
            Tabel (CSV)
          </a>
        </p>
      </header>
      <div className="-mx-4 flex flex-col gap-4 sm:mx-0 lg:flex-row lg:items-start">
        <PhoneZoomMap
          svg={svg}
          label={`Netwerkkaart van ${house.name}`}
          className="border-y border-black/10 bg-white sm:rounded-lg sm:border [&_svg]:block [&_svg]:h-auto [&_svg]:w-full"
        />
        <div className="px-4 sm:px-0 lg:w-64 lg:shrink-0">
          {/* Two columns below the map on a phone, one beside it on a wide screen. */}
          <div className="lg:hidden">
            <MapLegend compact id="legende-telefoon" />
          </div>
          <div className="hidden lg:block">
            <MapLegend column />
          </div>
        </div>
      </div>
      <h2 className="mt-6 text-lg font-semibold">De kaart als tabel</h2>
      <div className="relative mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label="De kaart als tabel">
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr>
              {PUBLIC_HEADER.map((h) => (
                <th key={h} scope="col" className="border-b border-black/10 px-2 py-1.5 text-left">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} className="odd:bg-paper/50">
                {row.map((cell, j) => (
                  <td key={j} className="border-b border-black/5 px-2 py-1">
                    {String(cell ?? '')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
