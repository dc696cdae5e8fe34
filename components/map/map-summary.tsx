import type { MapEntry } from '@/lib/domain/map/map-entries';

/** One line of figures above the map: how the partnership stands, in words. */
export function MapSummary({ entries }: { entries: MapEntry[] }) {
  const count = (level: string) => entries.filter((e) => e.kind !== 'missing' && e.level === level).length;
  const missing = entries.filter((e) => e.missingMandatory);
  const missingTypes = new Set(missing.map((e) => e.typeCode));
  const items = [
    { label: 'kernpartners', value: count('kernpartner') },
    { label: 'gemiddeld', value: count('gemiddeld') },
    { label: 'minimaal', value: count('minimaal') },
    { label: 'indirect', value: count('indirect') },
    { label: 'nog niet', value: count('nog_niet') },
  ];
  return (
    <dl className="flex flex-wrap gap-2 text-sm" data-testid="map-summary">
      {items.map((item) => (
        <div key={item.label} className="rounded-lg border border-black/10 bg-white px-3 py-1.5">
          <dt className="sr-only">{item.label}</dt>
          <dd>
            <span className="font-semibold">{item.value}</span> {item.label}
          </dd>
        </div>
      ))}
      <div className={`rounded-lg border px-3 py-1.5 ${missingTypes.size ? 'border-[#b42318]/40 bg-red-50 text-[#b42318]' : 'border-black/10 bg-white'}`}>
        <dt className="sr-only">verplichte partners die ontbreken</dt>
        <dd>
          <span className="font-semibold">{missingTypes.size}</span>{' '}
          {missingTypes.size === 1 ? 'verplichte partner ontbreekt' : 'verplichte partners ontbreken'}
        </dd>
      </div>
    </dl>
  );
}
