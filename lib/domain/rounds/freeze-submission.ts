import type { HouseNetwork, NetworkAnswer, NetworkType } from '../house-network';
import { isDirect, type LevelCode } from '../levels';
import type { ParsedRoundForm } from './parse-round-form';
import { EXTRA_CODE_PREFIX } from './round-form';

/**
 * What a house submits to a round: its map as it is at that moment, with the round's answers in
 * it (a type answered differently in the form than on the map carries the form's answer; a
 * "geen antwoord" carries none; a free "Andere" row is an own type of the frozen network only),
 * and, counted from that frozen network, what the round's figures need: every answered type with
 * its level, and the numbers of direct actors and kernpartners (Tabel 26, 27). The map itself is
 * not changed. Pure.
 */
export interface FrozenSubmission {
  network: HouseNetwork;
  answerCodes: string[];
  answerLevels: LevelCode[];
  direct: number;
  kernpartners: number;
  /** Types answered "geen antwoord" explicitly. */
  noAnswer: string[];
  /** Types whose answer differs from the map's. */
  differsFromMap: string[];
}

const NO_DETAILS = { note: null, owner: null, nextStep: null, due: null, desired: null };

function answerFor(type: NetworkType, level: LevelCode): NetworkAnswer {
  if (type.answer?.level === level) return type.answer;
  return {
    ...(type.answer ?? NO_DETAILS),
    level,
    derived: false,
    version: type.answer?.version ?? 0,
    updatedAt: type.answer?.updatedAt ?? null,
    updatedBy: type.answer?.updatedBy ?? null,
  };
}

/** Every answered type of a network with its level: what a round counts. */
function countedAnswers(network: HouseNetwork): { codes: string[]; levels: LevelCode[]; direct: number; kernpartners: number } {
  const answered = network.types.filter((t) => t.answer !== null);
  return {
    codes: answered.map((t) => t.code),
    levels: answered.map((t) => t.answer!.level),
    direct: answered.filter((t) => isDirect(t.answer!.level)).length,
    kernpartners: answered.filter((t) => t.answer!.level === 'kernpartner').length,
  };
}

export function freezeSubmission(map: HouseNetwork, form: ParsedRoundForm): FrozenSubmission {
  const differsFromMap: string[] = [];
  const noAnswer: string[] = [];
  const types: NetworkType[] = map.types.map((type) => {
    if (!form.answers.has(type.code)) return type;
    const level = form.answers.get(type.code)!;
    if ((type.answer?.level ?? null) !== level) differsFromMap.push(type.code);
    if (level === null) {
      noAnswer.push(type.code);
      return { ...type, answer: null };
    }
    return { ...type, answer: answerFor(type, level) };
  });
  const lastOrder = Math.max(0, ...map.types.map((t) => t.order));
  form.extras.forEach((extra, i) => {
    const code = `${EXTRA_CODE_PREFIX}${i + 1}`;
    if (extra.level === null) noAnswer.push(code);
    types.push({
      code,
      name: extra.name,
      order: lastOrder + i + 1,
      cluster: 'andere-actoren',
      mandatory: false,
      mandatoryNote: null,
      catalogue: false,
      answer: extra.level === null ? null : { ...NO_DETAILS, level: extra.level, derived: false, version: 0, updatedAt: null, updatedBy: null },
    });
  });
  const network = { ...map, types };
  const counted = countedAnswers(network);
  return {
    network,
    answerCodes: counted.codes,
    answerLevels: counted.levels,
    direct: counted.direct,
    kernpartners: counted.kernpartners,
    noAnswer,
    differsFromMap,
  };
}
