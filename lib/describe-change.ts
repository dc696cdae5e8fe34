import { formatDate } from './format-date';
import { LEVELS, type LevelCode } from './levels';

const FIELD_LABELS: Record<string, string> = {
  level: 'betrokkenheid',
  note: 'notitie',
  owner: 'trekker',
  nextStep: 'volgende stap',
  due: 'streefdatum',
  desired: 'gewenst',
  via: 'via overleg',
  forum: 'overleg',
};

const ACTION_LABELS: Record<string, string> = {
  'answer.update': 'Antwoord gewijzigd',
  'answer.derive': 'Antwoord afgeleid van de organisaties',
  'answer.create': 'Andere actor toegevoegd',
  'involvement.update': 'Organisatie gewijzigd',
  'involvement.create': 'Organisatie benoemd',
  'involvement.delete': 'Organisatie verwijderd',
  'forum.create': 'Overleg toegevoegd',
  'forum.member.add': 'Lid van een overleg',
  'forum.member.remove': 'Geen lid meer van een overleg',
  'snapshot.create': 'Momentopname genomen',
  'type.create': 'Eigen actortype toegevoegd',
  'import.house': 'Lijst geïmporteerd',
  'import.houses': 'Huizen geïmporteerd',
  'arrangement.save': 'Eigen schikking opgeslagen',
  'arrangement.reset': 'Standaardschikking hersteld',
};

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'level' || field === 'desired') return LEVELS[value as LevelCode]?.label ?? String(value);
  if (field === 'due') return formatDate(String(value));
  return String(value);
}

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/** The changed fields of one audit record in Dutch: "betrokkenheid: Minimaal → Kernpartner". */
export function describeFields(from: Record<string, unknown> | null, to: Record<string, unknown> | null): string[] {
  // An import's own record carries a ready summary ("3 nieuw, 1 gewijzigd, …").
  if (!from && typeof to?.summary === 'string') return [to.summary];
  const fields = new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})].filter((f) => f !== 'name' && f !== 'typeCode' && f !== 'cluster'));
  return [...fields].map((f) => `${FIELD_LABELS[f] ?? f}: ${show(f, from?.[f])} → ${show(f, to?.[f])}`);
}
