import { derivedAnswerChange, type DerivedAnswerChange } from '../derived-answer';
import { LEVELS, strongestLevel, type LevelCode } from '../levels';
import { DETAIL_FIELDS, type DetailField, type HouseRow } from './house-rows';
import { normalise } from './normalise';
import { error, warning, type PreviewRow } from './preview';

/** What the house holds now, as far as an import can touch it (read inside the import's transaction). */
export interface HouseImportState {
  /** The house's answers by type code (catalogue and its own types). */
  answers: Record<string, StoredEntry & { derived: boolean }>;
  /** The organisations the house names. */
  actors: (StoredEntry & { id: string; name: string; typeCode: string; via: string | null })[];
  forums: { id: string; name: string }[];
  customTypes: { code: string; name: string; cluster: string }[];
  /** Regional organisations other houses name, which this house may name too (never duplicated). */
  regionalActors: { id: string; name: string; typeCode: string }[];
}

export interface StoredEntry {
  level: LevelCode | null;
  note: string | null;
  owner: string | null;
  nextStep: string | null;
  due: string | null;
  /** "Gewenst" (absent in states read before it existed: null). */
  desired?: LevelCode | null;
  version: number;
}

type Values = Partial<Record<'level' | DetailField | 'via', string | null>>;

export interface AnswerWrite {
  typeCode: string;
  typeName: string;
  /** Every field after the write (unchanged ones carried over). */
  next: Omit<StoredEntry, 'version'>;
  version: number;
  from: Values;
  to: Values;
}

export interface NewInvolvement {
  actorId: string;
  /** False: a new organisation; true: an existing regional one this house now names. */
  existing: boolean;
  name: string;
  typeCode: string;
  next: Omit<StoredEntry, 'version'> & { via: string | null };
}

export interface InvolvementWrite {
  actorId: string;
  name: string;
  next: Omit<StoredEntry, 'version'> & { via: string | null };
  version: number;
  from: Values;
  to: Values;
}

export interface HousePlan {
  rows: PreviewRow[];
  forums: { id: string; name: string }[];
  customTypes: { code: string; name: string; cluster: string }[];
  answers: AnswerWrite[];
  involvements: NewInvolvement[];
  updates: InvolvementWrite[];
  memberships: { actorId: string; forumId: string }[];
  /** Types whose answer must be derived again from their organisations. */
  deriveTypes: string[];
  /** How those answers change (lowerings need the user's explicit choice). */
  derivedAnswers: DerivedAnswerChange[];
  errorCount: number;
}

export interface IdSource {
  actor(): string;
  forum(): string;
  customType(): string;
}

const key = (typeCode: string, name: string | null) => `${typeCode}|${name === null ? '' : normalise(name)}`;

/**
 * Decides per row what the import writes: pure, so the preview and the write run the same rules
 * on the same state. Organisations are matched on (type, name as normalise() reads it), so a
 * second import of the same file finds what the first one made and changes nothing; answers
 * and details are compared field by field. Nothing is ever deleted.
 */
export function planHouseImport(rows: HouseRow[], state: HouseImportState, ids: IdSource): HousePlan {
  const plan: HousePlan = {
    rows: [],
    forums: [],
    customTypes: [],
    answers: [],
    involvements: [],
    updates: [],
    memberships: [],
    deriveTypes: [],
    derivedAnswers: [],
    errorCount: 0,
  };
  const custom = new Map(state.customTypes.map((t) => [normalise(t.name), t.code]));
  const typeNames = new Map<string, string>(state.customTypes.map((t) => [t.code, t.name]));
  const forums = new Map(state.forums.map((f) => [normalise(f.name), f.id]));
  const actors = new Map(state.actors.map((a) => [key(a.typeCode, a.name), a]));
  const regional = new Map(state.regionalActors.map((a) => [key(a.typeCode, a.name), a]));
  const seen = new Map<string, HouseRow>();
  const finalLevels = new Map<string, Map<string, LevelCode>>();
  for (const actor of state.actors) if (actor.level) levelsOf(finalLevels, actor.typeCode).set(actor.id, actor.level);
  const typeRows: { row: HouseRow; preview: PreviewRow; code: string }[] = [];

  for (const row of rows) {
    const preview: PreviewRow = { line: row.line, label: labelOf(row), action: 'skip', problems: [...row.problems] };
    if (preview.problems.some((p) => p.severity === 'error')) preview.action = 'error';
    plan.rows.push(preview);
    if (row.skip) {
      preview.problems.push(warning(row.skip));
      continue;
    }
    if (!row.type || preview.problems.some((p) => p.severity === 'error')) continue;
    const code = typeCodeOf(row, custom, typeNames, plan, ids);
    const rowKey = key(code, row.name);
    const earlier = seen.get(rowKey);
    if (earlier) {
      if (sameRow(earlier, row)) preview.problems.push(warning(`Staat al op rij ${earlier.line}; deze rij wordt overgeslagen.`));
      else {
        preview.problems.push(
          error(`Rij ${earlier.line} noemt dezelfde ${row.name === null ? 'soort actor' : 'organisatie'} met andere gegevens; houd één rij over.`),
        );
        preview.action = 'error';
      }
      continue;
    }
    seen.set(rowKey, row);
    if (row.name === null) {
      typeRows.push({ row, preview, code });
      continue;
    }
    const via = row.via === undefined ? undefined : row.via === null ? null : forumId(row.via, forums, plan, ids);
    const current = actors.get(rowKey);
    if (current) {
      const next = { ...pick(current), via: current.via, level: row.level ?? current.level, ...row.details, ...(via === undefined ? {} : { via }) };
      const { from, to } = diff({ ...pick(current), via: current.via }, next);
      preview.action = Object.keys(to).length ? 'update' : 'unchanged';
      if (preview.action === 'update') {
        plan.updates.push({ actorId: current.id, name: current.name, next, version: current.version + 1, from, to });
        if (to.level !== undefined) addDerive(plan, code);
      }
      if (next.level) levelsOf(finalLevels, code).set(current.id, next.level);
      if (via && via !== current.via) plan.memberships.push({ actorId: current.id, forumId: via });
      continue;
    }
    const shared = regional.get(rowKey);
    const actorId = shared?.id ?? ids.actor();
    const next = { level: row.level!, note: null, owner: null, nextStep: null, due: null, desired: null, ...row.details, via: via ?? null };
    plan.involvements.push({ actorId, existing: Boolean(shared), name: shared?.name ?? row.name, typeCode: code, next });
    if (shared) preview.problems.push(warning(`Gekoppeld aan de regionale organisatie ‘${shared.name}’, die ook andere huizen noemen.`));
    if (via) plan.memberships.push({ actorId, forumId: via });
    levelsOf(finalLevels, code).set(actorId, row.level!);
    addDerive(plan, code);
    preview.action = 'create';
  }

  for (const { row, preview, code } of typeRows) {
    const current = state.answers[code] ?? null;
    const named = finalLevels.get(code);
    const derived = named?.size ? strongestLevel([...named.values()]) : null;
    let level = row.level;
    if (derived !== null && level !== null && level !== derived) {
      preview.problems.push(
        warning(
          `Dit antwoord volgt uit de benoemde organisaties van dit type (${LEVELS[derived].label}); de betrokkenheid op deze rij wordt niet overgenomen.`,
        ),
      );
    }
    if (derived !== null) level = current?.level ?? derived;
    if (level === null && !current) {
      preview.problems.push(
        warning(
          Object.values(row.details).some((v) => v)
            ? 'Zonder betrokkenheid kan de rest van deze rij niet bewaard worden.'
            : 'Geen antwoord: niets te importeren.',
        ),
      );
      continue;
    }
    const before = current ? pick(current) : { level: null, note: null, owner: null, nextStep: null, due: null, desired: null };
    const next = { ...before, level: level ?? before.level, ...row.details };
    const { from, to } = diff(before, next);
    preview.action = Object.keys(to).length === 0 ? 'unchanged' : current ? 'update' : 'create';
    if (preview.action !== 'unchanged') {
      plan.answers.push({
        typeCode: code,
        typeName: typeNames.get(code) ?? (row.type!.kind === 'catalogue' ? row.type!.name : row.type!.name),
        next,
        version: (current?.version ?? 0) + 1,
        from,
        to,
      });
    }
  }
  for (const code of plan.deriveTypes) {
    const change = derivedAnswerChange({ code, name: typeNames.get(code) ?? code }, state.answers[code] ?? null, [...(finalLevels.get(code)?.values() ?? [])]);
    if (change) plan.derivedAnswers.push(change);
  }
  plan.errorCount = plan.rows.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0);
  return plan;
}

function typeCodeOf(row: HouseRow, custom: Map<string, string>, names: Map<string, string>, plan: HousePlan, ids: IdSource): string {
  const type = row.type!;
  if (type.kind === 'catalogue') {
    names.set(type.code, type.name);
    return type.code;
  }
  const found = custom.get(normalise(type.name));
  if (found) return found;
  const code = ids.customType();
  custom.set(normalise(type.name), code);
  names.set(code, type.name);
  plan.customTypes.push({ code, name: type.name, cluster: type.cluster });
  return code;
}

function forumId(name: string, forums: Map<string, string>, plan: HousePlan, ids: IdSource): string {
  const found = forums.get(normalise(name));
  if (found) return found;
  const id = ids.forum();
  forums.set(normalise(name), id);
  plan.forums.push({ id, name });
  return id;
}

function levelsOf(map: Map<string, Map<string, LevelCode>>, code: string): Map<string, LevelCode> {
  if (!map.has(code)) map.set(code, new Map());
  return map.get(code)!;
}

function addDerive(plan: HousePlan, code: string) {
  if (!plan.deriveTypes.includes(code)) plan.deriveTypes.push(code);
}

function pick(entry: Omit<StoredEntry, 'version'>): Omit<StoredEntry, 'version'> {
  return {
    level: entry.level,
    note: entry.note ?? null,
    owner: entry.owner ?? null,
    nextStep: entry.nextStep ?? null,
    due: entry.due ?? null,
    desired: entry.desired ?? null,
  };
}

function diff(before: Values, after: Values): { from: Values; to: Values } {
  const from: Values = {};
  const to: Values = {};
  for (const field of ['level', ...DETAIL_FIELDS, 'via'] as const) {
    if (!(field in after) || (after[field] ?? null) === (before[field] ?? null)) continue;
    from[field] = before[field] ?? null;
    to[field] = after[field] ?? null;
  }
  return { from, to };
}

function sameRow(a: HouseRow, b: HouseRow): boolean {
  return a.level === b.level && (a.via ?? null) === (b.via ?? null) && JSON.stringify(a.details) === JSON.stringify(b.details);
}

/** What the row says once read ("CAW Oost (CAW) · Kernpartner"), or as typed when it could not be read. */
function labelOf(row: HouseRow): string {
  if (!row.type || row.problems.some((p) => p.severity === 'error')) return row.text;
  const typeName = row.type.kind === 'custom' ? `Andere: ${row.type.name}` : row.type.name;
  const subject = row.name ? `${row.name} (${typeName})` : typeName;
  return row.level ? `${subject} · ${LEVELS[row.level].label}` : subject;
}
