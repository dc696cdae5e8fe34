import type { MapEntry } from '@/lib/domain/map/map-entries';

/** The grey tray beside the map: actors absent from the area, and those not involved. Not gaps. */
export function MapTray({ entries, onSelect }: { entries: MapEntry[]; onSelect: (key: string) => void }) {
  const absent = entries.filter((e) => e.placement === 'tray' && e.level === 'niet_aanwezig');
  const not = entries.filter((e) => e.placement === 'tray' && e.level === 'niet');
  return (
    <section aria-labelledby="lade-titel" className="rounded-xl border border-black/10 bg-[#eeeeee] p-3 text-sm" data-testid="map-tray">
      <h2 id="lade-titel" className="text-xs font-semibold uppercase tracking-wide text-[#3b3b3b]">
        Niet op de kaart
      </h2>
      <TrayList title="Niet aanwezig in werkgebied" entries={absent} onSelect={onSelect} testId="tray-niet-aanwezig" />
      <TrayList title="Niet betrokken, niet gepland" entries={not} onSelect={onSelect} testId="tray-niet" />
    </section>
  );
}

function TrayList({ title, entries, onSelect, testId }: { title: string; entries: MapEntry[]; onSelect: (key: string) => void; testId: string }) {
  return (
    <div className="mt-2" data-testid={testId}>
      <h3 className="text-xs font-medium text-[#3b3b3b]">
        {title} ({entries.length})
      </h3>
      {entries.length === 0 ? (
        <p className="text-xs text-[#3b3b3b]">Geen.</p>
      ) : (
        <ul className="mt-1 flex flex-wrap gap-1">
          {entries.map((e) => (
            <li key={e.key}>
              <button
                type="button"
                onClick={() => onSelect(e.key)}
                className="rounded border border-[#858585] bg-white/70 px-1.5 py-0.5 text-left text-xs text-[#1f2a37] hover:bg-white"
              >
                {e.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
