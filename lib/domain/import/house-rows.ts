import { LEVELS, type LevelCode } from '../levels';
import { matchAnswer, ANSWER_HELP } from './answer-match';
import { duplicateColumnProblems, mapColumns, unusedColumnProblem } from './columns';
import { parseDue, checkLength } from './field-rules';
import { normalise } from './normalise';
import { Readings } from './readings';
import { error, meant, warning, type Problem } from './preview';
import type { Sheet } from './sheet';
import { TypeMatcher, type MatchableType } from './type-match';

/**
 * The one-house format: a row per actor with its type, name and answer, the same columns as the
 * map's CSV/XLSX export (lib/domain/map/to-csv-rows.ts), so an exported file imports back. Only "Soort
 * actor" and "Betrokkenheid" are required; Actor, Domeincluster, Via overleg, Notitie, Gewenst,
 * Trekker, Volgende stap and Streefdatum are read when present. The export's computed columns are ignored.
 */
export const HOUSE_COLUMNS = {
  name: ['Actor', 'Naam', 'Organisatie', 'Naam organisatie', 'Partner', 'Naam actor'],
  type: ['Soort actor', 'Soort', 'Type', 'Actortype', 'Type actor', 'Categorie'],
  cluster: ['Domeincluster', 'Cluster'],
  level: ['Betrokkenheid', 'Antwoord', 'Niveau', 'Mate van betrokkenheid'],
  via: ['Via overleg', 'Overleg', 'Via'],
  note: ['Notitie', 'Opmerking', 'Toelichting'],
  desired: ['Gewenst', 'Gewenste betrokkenheid'],
  owner: ['Trekker'],
  nextStep: ['Volgende stap'],
  due: ['Streefdatum', 'Deadline'],
};
const COMPUTED = ['Verplicht aan te sluiten', 'Ontbreekt', 'Laatst gewijzigd', 'Door'].map(normalise);

export type HouseField = keyof typeof HOUSE_COLUMNS;
export type DetailField = 'note' | 'owner' | 'nextStep' | 'due' | 'desired';
export const DETAIL_FIELDS: DetailField[] = ['note', 'owner', 'nextStep', 'due', 'desired'];

export type TypeRef = { kind: 'catalogue'; code: string; name: string } | { kind: 'custom'; name: string; cluster: string };

export interface HouseRow {
  line: number;
  type: TypeRef | null;
  /** The organisation's name; null for a row about the type itself. */
  name: string | null;
  level: LevelCode | null;
  /** Only the fields whose column is in the file: the file wins for those, the rest stays. */
  details: Partial<Record<Exclude<DetailField, 'desired'>, string | null>> & { desired?: LevelCode | null };
  /** Forum name; undefined when the file has no such column. */
  via?: string | null;
  /** Why the row carries nothing to write (e.g. the export's placeholder rows). */
  skip: string | null;
  /** The row's own words, for the preview: "name (type) · answer" as typed. */
  text: string;
  problems: Problem[];
}

export interface HouseSheet {
  rows: HouseRow[];
  fileProblems: Problem[];
}

export interface ParseContext {
  types: (MatchableType & { code: string; name: string })[];
  clusters: { code: string; name: string }[];
}

const ANDERE = /^\s*andere\b\s*[:\-–(]?\s*(.*?)\s*\)?\s*$/i;
const PLACEHOLDER = /\(plaatshouder\)\s*$/i;

export function parseHouseSheet(sheet: Sheet, context: ParseContext): HouseSheet {
  const [header, ...body] = sheet.rows;
  const { columns, unused, duplicates } = mapColumns(header, HOUSE_COLUMNS, (h) => COMPUTED.includes(normalise(h)));
  const fileProblems: Problem[] = [...duplicateColumnProblems(duplicates), ...unusedColumnProblem(unused.map((u) => u.header))];
  if (columns.type === undefined && columns.name === undefined) fileProblems.push(error('De kolom ‘Soort actor’ ontbreekt in de kopregel.'));
  if (columns.level === undefined) fileProblems.push(error('De kolom ‘Betrokkenheid’ ontbreekt in de kopregel.'));
  if (fileProblems.some((p) => p.severity === 'error')) return { rows: [], fileProblems };

  const matcher = new TypeMatcher(context.types);
  const readings = new Readings();
  const cellProblems = new Map<number, Problem[]>();
  for (const p of sheet.cellProblems) {
    if (p.row === 0) fileProblems.push(error(p.message));
    else cellProblems.set(p.row, [...(cellProblems.get(p.row) ?? []), error(p.message)]);
  }
  const rows: HouseRow[] = [];
  body.forEach((cells, index) => {
    const line = index + 2;
    const cell = (field: HouseField) => (columns[field] === undefined ? '' : (cells[columns[field]!] ?? '').trim());
    if (cells.every((c) => c.trim() === '') && !cellProblems.has(index + 1)) return;
    const typeText = cell('type');
    const nameText = cell('name');
    const levelText = cell('level');
    const text = [nameText && typeText && normalise(nameText) !== normalise(typeText) ? `${nameText} (${typeText})` : nameText || typeText || '—', levelText]
      .filter(Boolean)
      .join(' · ');
    const row: HouseRow = { line, type: null, name: null, level: null, details: {}, skip: null, text, problems: [...(cellProblems.get(index + 1) ?? [])] };
    rows.push(row);
    if (PLACEHOLDER.test(typeText)) {
      row.skip = 'Plaatshouder voor een ontbrekende verplichte partner: niets te importeren.';
      return;
    }
    readType(row, { typeText, nameText, clusterText: cell('cluster'), matcher, context, readings });
    readLevel(row, levelText, readings);
    for (const field of DETAIL_FIELDS) {
      if (columns[field] === undefined) continue;
      const value = cell(field);
      if (field === 'desired') {
        const desired = matchAnswer(value);
        if (desired.kind === 'unknown')
          row.problems.push(error(`Gewenst: ‘${value}’ is geen betrokkenheid.${meant(desired.suggestions)} Mogelijk: ${ANSWER_HELP}.`, desired.suggestions));
        else row.details.desired = desired.kind === 'level' ? desired.level : null;
      } else if (field === 'due') {
        const due = parseDue(value);
        if (due === undefined) row.problems.push(error(`De streefdatum ‘${value}’ is geen geldige datum; schrijf ze als dd-mm-jjjj, bv. 15-01-2027.`));
        else row.details.due = due;
      } else {
        row.details[field] = value === '' ? null : value;
        const tooLong = checkLength(field, value);
        if (tooLong) row.problems.push(error(tooLong));
      }
    }
    if (columns.via !== undefined) {
      const via = cell('via');
      row.via = via === '' ? null : via;
      const tooLong = checkLength('via', via);
      if (tooLong) row.problems.push(error(tooLong));
    }
    if (row.name !== null) {
      const tooLong = checkLength('name', row.name);
      if (tooLong) row.problems.push(error(tooLong));
    }
    if (row.name === null && row.via)
      row.problems.push(warning('‘Via overleg’ geldt alleen voor een benoemde organisatie; voor het actortype zelf wordt het niet overgenomen.'));
  });
  fileProblems.push(...readings.problems());
  return { rows, fileProblems };
}

/** The cells of a row that name its actor type, and what they are read against. */
interface TypeCells {
  typeText: string;
  nameText: string;
  clusterText: string;
  matcher: TypeMatcher<ParseContext['types'][number]>;
  context: ParseContext;
  readings: Readings;
}

function readType(row: HouseRow, { typeText, nameText, clusterText, matcher, context, readings }: TypeCells): void {
  const andere = ANDERE.exec(typeText);
  if (andere) {
    const customName = andere[1] || nameText;
    if (!customName) {
      row.problems.push(error('Geef de naam van dit eigen actortype (‘Andere’), bv. ‘Andere: Tienerwerking’, of vul de kolom ‘Actor’ in.'));
      return;
    }
    const tooShort =
      customName.length < 2
        ? 'De naam van het actortype is te kort (min. 2 tekens).'
        : customName.length > 120
          ? 'De naam van het actortype is te lang (max. 120 tekens).'
          : null;
    if (tooShort) row.problems.push(error(tooShort));
    row.type = { kind: 'custom', name: customName, cluster: matchCluster(row, clusterText, context) };
    row.name = nameText === '' || normalise(nameText) === normalise(customName) ? null : nameText;
    return;
  }
  const lookup = typeText || nameText;
  if (!lookup) {
    row.problems.push(error('De soort actor ontbreekt.'));
    return;
  }
  const match = matcher.match(lookup);
  if (match.kind === 'type') {
    row.type = { kind: 'catalogue', code: match.type.code, name: match.type.name };
    if (!match.exact) readings.add('type', lookup, match.type.name);
    if (!typeText) row.name = null;
    else if (nameText === '') row.name = null;
    else {
      row.name = matcher.find(nameText)?.code === match.type.code ? null : nameText;
    }
    return;
  }
  if (match.kind === 'ambiguous') {
    row.problems.push(
      error(
        `‘${lookup}’ kan meer dan één actortype zijn.${meant(match.types.map((t) => t.name))}`,
        match.types.map((t) => t.name),
      ),
    );
    return;
  }
  row.problems.push(
    error(
      `‘${lookup}’ is geen actortype uit de vragenlijst.${meant(match.suggestions)} Een eigen actortype schrijft u als ‘Andere: ${lookup}’.`,
      match.suggestions,
    ),
  );
}

function matchCluster(row: HouseRow, text: string, context: ParseContext): string {
  if (!text) return 'andere-actoren';
  const key = normalise(text);
  const found = context.clusters.find((c) => normalise(c.name) === key || normalise(c.code) === key);
  if (found) return found.code;
  row.problems.push(warning(`Domeincluster ‘${text}’ is onbekend; het eigen actortype komt bij ‘Andere actoren en samenwerkingsverbanden’.`));
  return 'andere-actoren';
}

function readLevel(row: HouseRow, text: string, readings: Readings): void {
  const answer = matchAnswer(text);
  if (answer.kind === 'level') {
    row.level = answer.level;
    if (!answer.exact) readings.add('answer', text, LEVELS[answer.level].label);
  } else if (answer.kind === 'unknown') {
    row.problems.push(error(`‘${text}’ is geen betrokkenheid.${meant(answer.suggestions)} Mogelijk: ${ANSWER_HELP}.`, answer.suggestions));
  } else if (row.name !== null) {
    row.problems.push(error('Geef de betrokkenheid van deze organisatie.'));
  }
}
