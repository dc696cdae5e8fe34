import { houseInputSchema, type HouseInput } from '../house';
import { LEVELS, type LevelCode } from '../levels';
import { PROVINCES, URBANISATION_CODES, URBANISATION_LABELS } from '../regions';
import type { MatrixRow } from './matrix-rows';
import { normalise } from './normalise';
import { error, warning, type PreviewRow } from './preview';

/** Every house with its answers, as far as a many-houses import can touch them. */
export interface MatrixState {
  houses: {
    id: string;
    name: string;
    answers: Record<string, { level: LevelCode; version: number }>;
    /** Types whose answer follows from organisations the house names (never overwritten here). */
    namedTypes: string[];
  }[];
}

export interface MatrixAnswerWrite {
  houseId: string;
  typeCode: string;
  typeName: string;
  level: LevelCode;
  from: LevelCode | null;
  version: number;
}

export interface MatrixPlan {
  rows: PreviewRow[];
  newHouses: HouseInput[];
  answers: MatrixAnswerWrite[];
  /** Houses whose answers change (their write lock is taken). */
  touched: string[];
  errorCount: number;
}

function slug(name: string): string {
  return normalise(name)
    .replace(/ /g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}

/**
 * Decides per house row what the import writes: pure, like the one-house plan. A house is found
 * by its code, else by its name; an unknown house is created when the row describes it fully
 * (name, municipalities, province, urbanisation degree). An answer derived from named
 * organisations is left alone; an empty cell changes nothing.
 */
export function planMatrixImport(rows: MatrixRow[], state: MatrixState): MatrixPlan {
  const plan: MatrixPlan = { rows: [], newHouses: [], answers: [], touched: [], errorCount: 0 };
  const byId = new Map(state.houses.map((h) => [h.id, h]));
  const byName = new Map<string, (typeof state.houses)[number][]>();
  for (const h of state.houses) byName.set(normalise(h.name), [...(byName.get(normalise(h.name)) ?? []), h]);
  const seen = new Map<string, number>();

  for (const row of rows) {
    const preview: PreviewRow = { line: row.line, label: row.name || row.code || '—', action: 'unchanged', problems: [...row.problems] };
    plan.rows.push(preview);
    let house = row.code ? byId.get(row.code.toLowerCase()) : undefined;
    if (!house && !row.code && row.name) {
      const named = byName.get(normalise(row.name)) ?? [];
      if (named.length > 1) preview.problems.push(error(`Er zijn ${named.length} huizen met de naam ‘${row.name}’; geef de code van het huis.`));
      house = named.length === 1 ? named[0] : undefined;
    }
    let houseId = house?.id ?? null;
    let created: HouseInput | null = null;
    if (!house && !preview.problems.some((p) => p.severity === 'error')) {
      created = newHouse(row, preview);
      houseId = created?.id ?? null;
      if (created && (byId.has(created.id) || plan.newHouses.some((h) => h.id === created!.id))) {
        preview.problems.push(error(`De code ‘${created.id}’ is al in gebruik; geef het huis een eigen code.`));
        created = null;
      }
    }
    if (houseId) {
      const earlier = seen.get(houseId);
      if (earlier) preview.problems.push(error(`Rij ${earlier} gaat al over dit huis; houd één rij per huis over.`));
      else seen.set(houseId, row.line);
    }
    if (house) preview.label = house.name;
    if (house && row.name && normalise(row.name) !== normalise(house.name)) {
      preview.problems.push(warning(`Het huis met code ‘${house.id}’ heet ‘${house.name}’, niet ‘${row.name}’; de naam wordt niet gewijzigd.`));
    }
    if (preview.problems.some((p) => p.severity === 'error') || !houseId) {
      preview.action = 'error';
      continue;
    }
    const counts = { create: 0, update: 0, unchanged: 0, derived: 0 };
    for (const answer of row.answers) {
      const current = house?.answers[answer.typeCode] ?? null;
      if (current?.level === answer.level) {
        counts.unchanged++;
        continue;
      }
      if (house?.namedTypes.includes(answer.typeCode)) {
        counts.derived++;
        preview.problems.push(
          warning(
            `${answer.typeName}: het antwoord volgt uit de organisaties die het huis benoemt (${current ? LEVELS[current.level].label : 'geen antwoord'}); ‘${LEVELS[answer.level].label}’ wordt niet overgenomen.`,
          ),
        );
        continue;
      }
      counts[current ? 'update' : 'create']++;
      plan.answers.push({
        houseId,
        typeCode: answer.typeCode,
        typeName: answer.typeName,
        level: answer.level,
        from: current?.level ?? null,
        version: (current?.version ?? 0) + 1,
      });
    }
    if (counts.create + counts.update > 0) plan.touched.push(houseId);
    if (created) {
      plan.newHouses.push(created);
      preview.action = 'create';
    } else preview.action = counts.create + counts.update > 0 ? 'update' : 'unchanged';
    preview.detail = `${counts.create} ${counts.create === 1 ? 'antwoord' : 'antwoorden'} nieuw, ${counts.update} gewijzigd, ${counts.unchanged} ongewijzigd${counts.derived ? `, ${counts.derived} afgeleid` : ''}`;
  }
  plan.errorCount = plan.rows.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0);
  return plan;
}

/** A house the file describes but the database does not hold yet; null (with the problems) when incomplete. */
function newHouse(row: MatrixRow, preview: PreviewRow): HouseInput | null {
  const province = PROVINCES.find((p) => normalise(p) === normalise(row.province));
  const urbanisation = URBANISATION_CODES.find(
    (u) => normalise(u) === normalise(row.urbanisation) || normalise(URBANISATION_LABELS[u]) === normalise(row.urbanisation),
  );
  const input = {
    id: (row.code || slug(row.name)).toLowerCase(),
    name: row.name,
    municipalities: row.municipalities
      .split(/[,;\n]/)
      .map((m) => m.trim())
      .filter(Boolean),
    province: province ?? row.province,
    urbanisation: urbanisation ?? row.urbanisation,
  };
  const parsed = houseInputSchema.safeParse(input);
  if (!parsed.success) {
    const what = row.code ? `code ‘${row.code}’` : `naam ‘${row.name}’`;
    const missing = [...new Set(parsed.error.issues.map((i) => i.message))].join(' ');
    preview.problems.push(error(`Er is geen huis met ${what}. Om het nieuw aan te maken: ${missing}`));
    return null;
  }
  preview.problems.push(warning(`Nieuw huis: ‘${parsed.data.name}’ (code ${parsed.data.id}) wordt aangemaakt.`));
  return parsed.data;
}
