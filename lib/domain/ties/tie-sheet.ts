import { normalise } from '../import/normalise';
import { error, meant, warning, type PreviewRow, type Problem } from '../import/preview';
import { suggest } from '../import/suggest';
import type { NetworkTie, TieDraft } from './tie';
import { tieKey } from './tie-ends';
import { TIE_KIND_DEFINITIONS, TIE_KINDS, type TieKind } from './tie-kinds';

/**
 * The sheet "Samenwerking" (issue 17): one row per tie, columns Van; Naar; Soort; Notitie; Sinds.
 * The export writes it (a sheet of the map's workbook, and samenwerking.csv) and the house import
 * reads the same file back: organisations by their name on the map, the kind by its label.
 * A second import of the same file changes nothing; nothing is ever deleted. Pure.
 */
export const TIE_SHEET_NAME = 'Samenwerking';
export const TIE_SHEET_HEADER = ['Van', 'Naar', 'Soort', 'Notitie', 'Sinds'] as const;

export function tieSheetRows(ties: readonly NetworkTie[], names: ReadonlyMap<string, string>): string[][] {
  return ties.map((t) => [
    names.get(t.from) ?? '',
    names.get(t.to) ?? '',
    TIE_KIND_DEFINITIONS[t.kind].label,
    t.note ?? '',
    t.since === null ? '' : String(t.since),
  ]);
}

/** A header row that makes a sheet a tie sheet: it names Van, Naar and Soort. */
export function isTieSheetHeader(header: readonly string[]): boolean {
  const keys = new Set(header.map(normalise));
  return keys.has('van') && keys.has('naar') && keys.has('soort');
}

export interface TieSheetState {
  actors: readonly { id: string; name: string }[];
  ties: readonly NetworkTie[];
}

export interface TiePlan {
  rows: PreviewRow[];
  errorCount: number;
  create: TieDraft[];
  /** Existing ties whose note or year the file changes. */
  update: { id: string; version: number; note: string | null; since: number | null }[];
}

const KIND_NAMES: Record<string, TieKind> = Object.fromEntries(
  TIE_KINDS.flatMap((k) => [
    [normalise(k), k],
    [normalise(TIE_KIND_DEFINITIONS[k].label), k],
  ]).concat([
    [normalise('verwijst door'), 'doorverwijzing'],
    [normalise('doorverwijzen'), 'doorverwijzing'],
    [normalise('informatie'), 'informatie-uitwisseling'],
    [normalise('info-uitwisseling'), 'informatie-uitwisseling'],
    [normalise('cocreatie'), 'co-creatie'],
  ]),
);

/**
 * Plans the rows of a tie sheet against the house: each row is new, changes a tie's note or year,
 * or is unchanged; a row that names an organisation the house does not name, an unknown kind or a
 * bad year is an error (the whole import waits). `known` adds names the same import will create.
 */
export function planTieSheet(rows: readonly string[][], state: TieSheetState, firstLine = 2): TiePlan {
  const header = (rows[0] ?? []).map(normalise);
  const col = (name: string) => header.indexOf(normalise(name));
  const [van, naar, soort, notitie, sinds] = ['Van', 'Naar', 'Soort', 'Notitie', 'Sinds'].map(col);
  const byName = new Map<string, string[]>();
  for (const a of state.actors) byName.set(normalise(a.name), [...(byName.get(normalise(a.name)) ?? []), a.id]);
  const candidates = state.actors.map((a) => ({ names: [a.name], label: a.name, value: a.id }));
  const existing = new Map(state.ties.map((t) => [tieKey(t.kind, t.from, t.to), t]));
  const seen = new Set<string>();
  const plan: TiePlan = { rows: [], errorCount: 0, create: [], update: [] };

  rows.slice(1).forEach((cells, i) => {
    const line = firstLine + i;
    const cell = (c: number) => (c >= 0 ? (cells[c] ?? '').trim() : '');
    const problems: Problem[] = [];
    const [fromName, toName, kindText, note, year] = [cell(van), cell(naar), cell(soort), cell(notitie), cell(sinds)];
    if (!fromName && !toName && !kindText) return;
    const actor = (name: string, role: string): string | null => {
      if (!name) {
        problems.push(error(`${role} is leeg: geef de naam van een organisatie van dit huis.`));
        return null;
      }
      const ids = byName.get(normalise(name)) ?? [];
      if (ids.length === 1) return ids[0];
      if (ids.length > 1) problems.push(error(`‘${name}’ staat ${ids.length} keer op de kaart; geef de organisaties eerst verschillende namen.`));
      else
        problems.push(
          error(
            `‘${name}’ is geen organisatie van dit huis.${meant(suggest(name, candidates).map((c) => c.label))} Benoem de organisatie eerst in de vragenlijst.`,
          ),
        );
      return null;
    };
    const from = actor(fromName, 'Van');
    const to = actor(toName, 'Naar');
    const kind = KIND_NAMES[normalise(kindText)] ?? null;
    if (!kind) problems.push(error(`Onbekende soort ‘${kindText}’. Kies doorverwijzing, afstemming, co-creatie of informatie-uitwisseling.`));
    let since: number | null = null;
    if (year) {
      since = /^\d{4}$/.test(year) ? Number(year) : NaN;
      if (!Number.isInteger(since) || since < 1900 || since > 2100) problems.push(error(`‘${year}’ is geen jaartal (bv. 2015).`));
    }
    if (note.length > 300) problems.push(error('De notitie is te lang (max. 300 tekens).'));
    if (from && to && from === to) problems.push(error('Van en Naar zijn dezelfde organisatie.'));
    const label = `${fromName || '?'} → ${toName || '?'} · ${kind ? TIE_KIND_DEFINITIONS[kind].label : kindText || '?'}`;
    if (problems.length || !from || !to || !kind) {
      plan.errorCount += problems.filter((p) => p.severity === 'error').length;
      plan.rows.push({ line, label, action: 'error', problems });
      return;
    }
    const key = tieKey(kind, from, to);
    if (seen.has(key)) {
      plan.rows.push({ line, label, action: 'skip', problems: [warning('Deze samenwerking staat al hoger in het bestand.')] });
      return;
    }
    seen.add(key);
    const current = existing.get(key);
    const noteValue = note || null;
    if (!current) {
      plan.create.push({ from, to, kind, note: noteValue, since });
      plan.rows.push({ line, label, action: 'create', problems });
      return;
    }
    // An empty cell changes nothing.
    const nextNote = note ? noteValue : current.note;
    const nextSince = year ? since : current.since;
    if (nextNote === current.note && nextSince === current.since) {
      plan.rows.push({ line, label, action: 'unchanged', problems });
      return;
    }
    plan.update.push({ id: current.id, version: current.version, note: nextNote, since: nextSince });
    plan.rows.push({ line, label, action: 'update', problems });
  });
  return plan;
}
