import { PROVINCES, URBANISATION_CODES, URBANISATION_LABELS } from '@/lib/domain/regions';

export interface HouseSelection {
  provincie?: string;
  verstedelijking?: string;
  intergemeentelijk?: string;
}

/**
 * The three selects that choose a group of houses (province, urbanisation degree,
 * intermunicipal), shared by every GET filter form so the names and values are the same
 * everywhere (the query string of one page works on the other).
 */
export function HouseSelectionFields({ selection, fieldClassName }: { selection: HouseSelection; fieldClassName: string }) {
  return (
    <>
      <label className="text-sm font-medium">
        Provincie
        <select name="provincie" defaultValue={selection.provincie ?? ''} className={fieldClassName}>
          <option value="">Alle provincies</option>
          {PROVINCES.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Verstedelijkingsgraad
        <select name="verstedelijking" defaultValue={selection.verstedelijking ?? ''} className={fieldClassName}>
          <option value="">Alle</option>
          {URBANISATION_CODES.map((u) => (
            <option key={u} value={u}>
              {URBANISATION_LABELS[u]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Intergemeentelijk
        <select name="intergemeentelijk" defaultValue={selection.intergemeentelijk ?? ''} className={fieldClassName}>
          <option value="">Alle huizen</option>
          <option value="ja">Alleen intergemeentelijke huizen</option>
          <option value="nee">Alleen huizen van één gemeente</option>
        </select>
      </label>
    </>
  );
}
