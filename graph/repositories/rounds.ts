import type { ManagedTransaction } from 'neo4j-driver';
import type { LevelCode } from '../../lib/domain/levels';
import type { SurveyFilter } from '../../lib/domain/survey/survey-filter';
import type { AnswerCount, HouseCellCount } from '../../lib/domain/overview/records';
import { filterParams, HOUSE_FILTER } from './survey-figures';

/**
 * Survey rounds (issue 19). Reads and writes only, each inside the caller's transaction:
 *
 *   (:Round {id, name, opensOn, closesOn, message, createdAt, createdBy, closedAt, closedBy,
 *            fictional, version})-[:COVERS]->(:House)
 *   (:Snapshot {…, roundId, roundKey, submittedBy, answerCodes, answerLevels, direct,
 *               kernpartners})-[:SUBMITTED_FOR]->(:Round), -[:OF]->(:House)
 *
 * A submission is a snapshot of the house's map as confirmed for the round (the network as JSON
 * text, like every snapshot), plus its question-4 answers as two parallel lists and the house's
 * counts of direct actors and kernpartners, so the round's figures are counted in Cypher without
 * reading the JSON. `roundKey` (`<round>/<house>`) is unique (migration 8): one submission per
 * house and round. Calendar days are `yyyy-mm-dd` strings; moments are DateTimes.
 */
type Tx = Pick<ManagedTransaction, 'run'>;

export interface RoundRow {
  id: string;
  name: string;
  opensOn: string;
  closesOn: string;
  message: string | null;
  createdAt: string;
  createdBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
  fictional: boolean;
  version: number;
  houses: number;
  submitted: number;
}

const ROUND = `r { .id, .name, .opensOn, .closesOn, .message, createdAt: toString(r.createdAt), .createdBy,
  closedAt: toString(r.closedAt), .closedBy, fictional: coalesce(r.fictional, false), version: coalesce(r.version, 1),
  houses: COUNT { (r)-[:COVERS]->(:House) }, submitted: COUNT { (r)<-[:SUBMITTED_FOR]-(:Snapshot) } }`;

function toRound(raw: RoundRow): RoundRow {
  return { ...raw, message: raw.message ?? null, createdBy: raw.createdBy ?? null, closedAt: raw.closedAt ?? null, closedBy: raw.closedBy ?? null };
}

export interface NewRound {
  id: string;
  name: string;
  opensOn: string;
  closesOn: string;
  message: string | null;
  by: string;
  fictional: boolean;
  /** The houses it covers; null for every house there is. */
  houseIds: string[] | null;
  /** Provinces whose houses it covers too (with `houseIds`, a union). */
  provinces: string[];
  /** When it was opened (ISO); null for now. The demo loader passes its own fixed moment. */
  at?: string | null;
}

/** Creates the round and its COVERS links; returns how many houses it covers. */
export async function createRound(tx: Tx, round: NewRound): Promise<number> {
  const result = await tx.run<{ houses: number }>(
    `CREATE (r:Round {id: $id, name: $name, opensOn: $opensOn, closesOn: $closesOn, message: $message,
                      createdAt: coalesce(datetime($at), datetime()), createdBy: $by, fictional: $fictional, version: 1})
     WITH r
     OPTIONAL MATCH (h:House)
     WHERE $houseIds IS NULL OR h.id IN $houseIds OR h.province IN $provinces
     WITH r, collect(h) AS houses
     FOREACH (h IN houses | CREATE (r)-[:COVERS]->(h))
     RETURN size(houses) AS houses`,
    { at: null, ...round },
  );
  return result.records[0].get('houses');
}

export interface HouseChoice {
  id: string;
  name: string;
  province: string;
}

/** Every house, by province and name: what a new round can cover. */
export async function readHouseChoices(tx: Tx): Promise<HouseChoice[]> {
  const result = await tx.run<{ house: HouseChoice }>('MATCH (h:House) RETURN h { .id, .name, .province } AS house ORDER BY h.province, h.name');
  return result.records.map((r) => r.get('house'));
}

/** Which of these house ids exist (to name the unknown ones). */
export async function existingHouseIds(tx: Tx, params: { houseIds: string[] }): Promise<string[]> {
  const result = await tx.run<{ ids: string[] }>('MATCH (h:House) WHERE h.id IN $houseIds RETURN collect(h.id) AS ids', params);
  return result.records[0].get('ids');
}

export async function readRound(tx: Tx, params: { roundId: string }): Promise<RoundRow | null> {
  const result = await tx.run<{ round: RoundRow }>(`MATCH (r:Round {id: $roundId}) RETURN ${ROUND} AS round`, params);
  const raw = result.records[0]?.get('round');
  return raw ? toRound(raw) : null;
}

/** Every round, newest opening first. */
export async function listRounds(tx: Tx): Promise<RoundRow[]> {
  const result = await tx.run<{ round: RoundRow }>(`MATCH (r:Round) RETURN ${ROUND} AS round ORDER BY r.opensOn DESC, r.createdAt DESC`);
  return result.records.map((r) => toRound(r.get('round')));
}

/**
 * Takes the round's write lock (its version moves on) and returns it as it is under the lock, so
 * a submission and a closing of the same round are decided one after the other.
 */
export async function lockRound(tx: Tx, params: { roundId: string }): Promise<RoundRow | null> {
  const result = await tx.run<{ round: RoundRow }>(
    `MATCH (r:Round {id: $roundId}) SET r.version = coalesce(r.version, 1) + 1 RETURN ${ROUND} AS round`,
    params,
  );
  const raw = result.records[0]?.get('round');
  return raw ? toRound(raw) : null;
}

/** Closes the round now (or at `at`, ISO: the demo's fixed moment). */
export async function writeRoundClosed(tx: Tx, params: { roundId: string; by: string; at?: string | null }): Promise<void> {
  await tx.run('MATCH (r:Round {id: $roundId}) SET r.closedAt = coalesce(datetime($at), datetime()), r.closedBy = $by', { at: null, ...params });
}

export async function writeRoundReopened(tx: Tx, params: { roundId: string; closesOn: string }): Promise<void> {
  await tx.run('MATCH (r:Round {id: $roundId}) SET r.closesOn = $closesOn, r.closedAt = null, r.closedBy = null', params);
}

export async function roundCoversHouse(tx: Tx, params: { roundId: string; houseId: string }): Promise<boolean> {
  const result = await tx.run<{ covers: boolean }>('RETURN EXISTS { MATCH (:Round {id: $roundId})-[:COVERS]->(:House {id: $houseId}) } AS covers', params);
  return result.records[0].get('covers');
}

export interface SubmissionRow {
  snapshotId: string;
  takenAt: string;
  takenBy: string | null;
  /** The frozen network as JSON text. */
  network: string;
}

/** The house's submission to the round, if it made one. */
export async function readSubmission(tx: Tx, params: { roundId: string; houseId: string }): Promise<SubmissionRow | null> {
  const result = await tx.run<{ submission: SubmissionRow }>(
    `MATCH (:Round {id: $roundId})<-[:SUBMITTED_FOR]-(s:Snapshot)-[:OF]->(:House {id: $houseId})
     RETURN s { snapshotId: s.id, takenAt: toString(s.takenAt), .takenBy, .network } AS submission`,
    params,
  );
  const raw = result.records[0]?.get('submission');
  return raw ? { ...raw, takenBy: raw.takenBy ?? null } : null;
}

/** Removes the house's submission to the round (a resubmission replaces it); returns its id, or null. */
export async function deleteSubmission(tx: Tx, params: { roundId: string; houseId: string }): Promise<string | null> {
  const result = await tx.run<{ id: string | null }>(
    `OPTIONAL MATCH (:Round {id: $roundId})<-[:SUBMITTED_FOR]-(s:Snapshot)-[:OF]->(:House {id: $houseId})
     WITH s, s.id AS id
     DETACH DELETE s
     RETURN id`,
    params,
  );
  return result.records[0]?.get('id') ?? null;
}

export interface NewSubmission {
  id: string;
  roundId: string;
  houseId: string;
  label: string;
  takenBy: string;
  submittedBy: string;
  network: string;
  answerCodes: string[];
  answerLevels: LevelCode[];
  direct: number;
  kernpartners: number;
  /** When it was made (ISO); the demo loader passes its own fixed moment. */
  at: string | null;
}

/** Stores a submission: a snapshot of the house tagged with the round. */
export async function createSubmission(tx: Tx, submission: NewSubmission): Promise<void> {
  await tx.run(
    `MATCH (r:Round {id: $roundId}), (h:House {id: $houseId})
     CREATE (s:Snapshot {id: $id, label: $label, takenAt: coalesce(datetime($at), datetime()), takenBy: $takenBy, network: $network,
                         roundId: $roundId, roundKey: $roundId + '/' + $houseId, submittedBy: $submittedBy,
                         answerCodes: $answerCodes, answerLevels: $answerLevels, direct: $direct, kernpartners: $kernpartners})
     CREATE (s)-[:OF]->(h)
     CREATE (s)-[:SUBMITTED_FOR]->(r)`,
    { ...submission },
  );
}

export interface QuestionnaireTypeRow {
  code: string;
  name: string;
  questionnaireLine: number | null;
  cluster: string;
  mandatory: boolean;
}

/** The catalogue types of questionnaire question 4, in the questionnaire's order (report l. 13588-13700). */
export async function readQuestionnaireTypes(tx: Tx): Promise<QuestionnaireTypeRow[]> {
  const result = await tx.run<{ type: QuestionnaireTypeRow }>(
    `MATCH (t:ActorType {catalogue: true, fromQuestionnaire: true})
     OPTIONAL MATCH (t)-[:IN_CLUSTER {primary: true}]->(c:Cluster)
     RETURN t { .code, .name, .questionnaireLine, cluster: coalesce(c.code, 'andere-actoren'), mandatory: coalesce(t.mandatory, false) } AS type
     ORDER BY coalesce(t.questionnaireLine, 100000), t.order`,
  );
  return result.records.map((r) => r.get('type'));
}

export interface HouseRoundRow extends RoundRow {
  submittedAt: string | null;
}

/** The rounds that cover the house, with its submission's moment (null: none yet). */
export async function readRoundsOfHouse(tx: Tx, params: { houseId: string }): Promise<HouseRoundRow[]> {
  const result = await tx.run<{ round: RoundRow; submittedAt: string | null }>(
    `MATCH (r:Round)-[:COVERS]->(h:House {id: $houseId})
     OPTIONAL MATCH (r)<-[:SUBMITTED_FOR]-(s:Snapshot)-[:OF]->(h)
     RETURN ${ROUND} AS round, toString(s.takenAt) AS submittedAt
     ORDER BY r.opensOn DESC, r.createdAt DESC`,
    params,
  );
  return result.records.map((r) => ({ ...toRound(r.get('round')), submittedAt: r.get('submittedAt') ?? null }));
}

export interface ProgressRow {
  houseId: string;
  name: string;
  province: string;
  submittedAt: string | null;
  submittedBy: string | null;
  /** E-mail addresses of the house's active coordinators. */
  coordinators: string[];
}

/** Every house the round covers, with its submission (if any) and its coordinators' addresses. */
export async function readProgress(tx: Tx, params: { roundId: string }): Promise<ProgressRow[]> {
  const result = await tx.run<{ row: ProgressRow }>(
    `MATCH (:Round {id: $roundId})-[:COVERS]->(h:House)
     OPTIONAL MATCH (h)<-[:OF]-(s:Snapshot {roundKey: $roundId + '/' + h.id})
     RETURN { houseId: h.id, name: h.name, province: h.province, submittedAt: toString(s.takenAt), submittedBy: s.takenBy,
              coordinators: COLLECT { MATCH (u:User {role: 'coordinator'})-[:COORDINATES]->(h) WHERE u.deactivatedAt IS NULL
                                      RETURN u.email ORDER BY u.email } } AS row
     ORDER BY h.name`,
    params,
  );
  return result.records.map((r) => {
    const row = r.get('row');
    return { ...row, submittedAt: row.submittedAt ?? null, submittedBy: row.submittedBy ?? null };
  });
}

// The round's submissions of the selected houses: every figure of a round starts here.
const SUBMISSIONS = `MATCH (:Round {id: $roundId})<-[:SUBMITTED_FOR]-(s:Snapshot)-[:OF]->(h:House) WHERE ${HOUSE_FILTER}`;

export async function countRoundSubmissions(tx: Tx, params: { roundId: string; filter: SurveyFilter }): Promise<number> {
  const result = await tx.run<{ n: number }>(`${SUBMISSIONS} RETURN count(s) AS n`, { roundId: params.roundId, ...filterParams(params.filter) });
  return result.records[0].get('n');
}

/**
 * The round's figures over the selected houses in one statement: per type and answer how many
 * houses gave it (from each submission's lists), and per submission its house's urbanisation and
 * its numbers of direct actors and kernpartners (Tabel 26, 27). Exported for bench/overview.ts.
 */
export const ROUND_FIGURES_QUERY = `MATCH (r:Round {id: $roundId})
     CALL (r) {
       MATCH (r)<-[:SUBMITTED_FOR]-(s:Snapshot)-[:OF]->(h:House) WHERE ${HOUSE_FILTER}
       RETURN collect({ urbanisation: h.urbanisation, direct: s.direct, kernpartners: s.kernpartners }) AS sizes
     }
     CALL (r) {
       MATCH (r)<-[:SUBMITTED_FOR]-(s:Snapshot)-[:OF]->(h:House) WHERE ${HOUSE_FILTER}
       UNWIND range(0, size(s.answerCodes) - 1) AS i
       WITH s.answerCodes[i] AS typeCode, s.answerLevels[i] AS level, count(*) AS houses
       RETURN collect({ typeCode: typeCode, level: level, houses: houses }) AS answers
     }
     RETURN sizes, answers`;

export interface RoundHouseSize {
  urbanisation: string;
  direct: number;
  kernpartners: number;
}

export interface RoundFiguresRows {
  answers: AnswerCount[];
  sizes: RoundHouseSize[];
}

export async function readRoundFigures(tx: Tx, params: { roundId: string; filter: SurveyFilter }): Promise<RoundFiguresRows> {
  const result = await tx.run<RoundFiguresRows>(ROUND_FIGURES_QUERY, { roundId: params.roundId, ...filterParams(params.filter) });
  const row = result.records[0];
  return row ? { answers: row.get('answers'), sizes: row.get('sizes') } : { answers: [], sizes: [] };
}

/** How many submitting houses share each combination of province, urbanisation and intermunicipality. */
export async function countRoundHouseCells(tx: Tx, params: { roundId: string }): Promise<HouseCellCount[]> {
  const result = await tx.run<HouseCellCount>(
    `MATCH (:Round {id: $roundId})<-[:SUBMITTED_FOR]-(:Snapshot)-[:OF]->(h:House)
     RETURN h.province AS province, h.urbanisation AS urbanisation, h.intermunicipal AS intermunicipal, count(*) AS houses`,
    params,
  );
  return result.records.map((r) => r.toObject());
}

/** The demo's houses, by id: what its fictional round covers. */
export async function readFictionalHouseIds(tx: Tx): Promise<string[]> {
  const result = await tx.run<{ ids: string[] }>('MATCH (h:House {fictional: true}) WITH h ORDER BY h.id RETURN collect(h.id) AS ids');
  return result.records[0].get('ids');
}

/** Removes the fictional rounds with their submissions (the demo's reset). */
export async function deleteFictionalRounds(tx: Tx): Promise<number> {
  const result = await tx.run<{ n: number }>(
    `MATCH (r:Round) WHERE r.fictional = true
     OPTIONAL MATCH (r)<-[:SUBMITTED_FOR]-(s:Snapshot)
     WITH collect(DISTINCT r) AS rounds, collect(DISTINCT s) AS submissions
     FOREACH (s IN submissions | DETACH DELETE s)
     FOREACH (r IN rounds | DETACH DELETE r)
     RETURN size(rounds) AS n`,
  );
  return result.records[0].get('n');
}
