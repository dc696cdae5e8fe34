import { describe, expect, it } from 'vitest';
import { tiesByActor } from '@/lib/domain/ties/actor-ties';
import type { NetworkTie } from '@/lib/domain/ties/tie';
import { diffTies } from '@/lib/domain/ties/tie-diff';
import { tieEnds, tieKey } from '@/lib/domain/ties/tie-ends';
import { checkNewTie, TieOutsideHouseError } from '@/lib/domain/ties/tie-rules';
import { planTieSheet } from '@/lib/domain/ties/tie-sheet';
import { housesWithTies, typePairCounts } from '@/lib/domain/ties/tie-overview';
import { tieElements } from '@/lib/domain/ties/tie-elements';
import { TIE_KINDS } from '@/lib/domain/ties/tie-kinds';
import { TIE_STYLES } from '@/lib/domain/ties/tie-style';
import { LEVEL_STYLES } from '@/lib/domain/level-style';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
import { ConflictError, ValidationError } from '@/lib/domain/errors';

const tie = (id: string, kind: NetworkTie['kind'], from: string, to: string, note: string | null = null): NetworkTie => ({ id, kind, from, to, note, since: null, version: 1, updatedAt: null, updatedBy: null });
const actors = [{ id: 'a1', name: 'CLB Kempen' }, { id: 'a2', name: 'CAW De Kempen' }, { id: 'a3', name: 'OCMW' }];

describe('the tie model', () => {
  it('keeps the direction of a doorverwijzing and one order for the other kinds', () => {
    expect(tieEnds('doorverwijzing', 'b', 'a')).toEqual({ from: 'b', to: 'a' });
    expect(tieEnds('afstemming', 'b', 'a')).toEqual({ from: 'a', to: 'b' });
    expect(tieKey('co-creatie', 'b', 'a')).toBe(tieKey('co-creatie', 'a', 'b'));
    expect(tieKey('doorverwijzing', 'b', 'a')).not.toBe(tieKey('doorverwijzing', 'a', 'b'));
  });

  it('refuses a tie with itself, outside the house, or twice', () => {
    const facts = { houseActorIds: new Set(['a1', 'a2']), existingKeys: new Set([tieKey('afstemming', 'a1', 'a2')]) };
    const draft = { from: 'a2', to: 'a1', kind: 'afstemming' as const, note: null, since: null };
    expect(() => checkNewTie({ ...draft, to: 'a2' }, facts)).toThrow(ValidationError);
    expect(() => checkNewTie({ ...draft, to: 'elders' }, facts)).toThrow(TieOutsideHouseError);
    expect(() => checkNewTie(draft, facts)).toThrow(ConflictError);
    expect(checkNewTie({ ...draft, kind: 'doorverwijzing' }, facts)).toMatchObject({ from: 'a2', to: 'a1' });
  });

  it('says each organisation’s ties from its own side', () => {
    const names = new Map(actors.map((a) => [a.id, a.name]));
    const lines = tiesByActor([tie('t1', 'doorverwijzing', 'a1', 'a2'), tie('t2', 'afstemming', 'a2', 'a3')], names);
    expect(lines.get('a1')!.map((l) => l.text)).toEqual(['verwijst door naar ‘CAW De Kempen’']);
    expect(lines.get('a2')!.map((l) => l.text)).toEqual(['krijgt doorverwijzingen van ‘CLB Kempen’', 'stemt het aanbod af met ‘OCMW’']);
  });

  it('lists ties drawn and removed between two states, a snapshot without ties as none', () => {
    const before = { actors, ties: [tie('t1', 'doorverwijzing', 'a1', 'a2')] };
    const after = { actors, ties: [tie('t9', 'informatie-uitwisseling', 'a3', 'a1')] };
    expect(diffTies(before, after)).toEqual({ added: [{ key: 'informatie-uitwisseling:a1>a3', text: '‘OCMW’ wisselt informatie uit met ‘CLB Kempen’' }], removed: [{ key: 'doorverwijzing:a1>a2', text: '‘CLB Kempen’ verwijst door naar ‘CAW De Kempen’' }] });
    expect(diffTies({ actors }, before).added).toHaveLength(1);
  });

  it('plans a tie sheet: new, changed, unchanged, repeated and wrong rows', () => {
    const plan = planTieSheet(
      [
        ['Van', 'Naar', 'Soort', 'Notitie', 'Sinds'],
        ['clb kempen', 'CAW De Kempen', 'Doorverwijzing', '', ''],
        ['OCMW', 'CLB Kempen', 'afstemming', 'Maandelijks', '2018'],
        ['OCMW', 'CLB Kempen', 'Afstemming', '', ''],
        ['CLB Kempen', 'CAW De Kempen', 'co-creatie', '', '18'],
        ['', '', '', '', ''],
      ],
      { actors, ties: [tie('t1', 'doorverwijzing', 'a1', 'a2'), tie('t2', 'afstemming', 'a1', 'a3')] },
    );
    expect(plan.rows.map((r) => [r.line, r.action])).toEqual([[2, 'unchanged'], [3, 'update'], [4, 'skip'], [5, 'error']]);
    expect(plan.update).toEqual([{ id: 't2', version: 1, note: 'Maandelijks', since: 2018 }]);
    expect(plan.rows[3].problems.map((p) => p.message)).toEqual(['‘18’ is geen jaartal (bv. 2015).']);
    expect(plan.errorCount).toBe(1);
  });

  it('counts pairs of actor types in houses, a doorverwijzing with its direction', () => {
    const row = (houseId: string, kind: NetworkTie['kind'], from: string, to: string) => ({ houseId, kind, fromType: from, fromTypeName: from, toType: to, toTypeName: to });
    const rows = [
      row('h1', 'doorverwijzing', 'Consultatiebureau', 'Kinderopvang'),
      row('h1', 'doorverwijzing', 'Consultatiebureau', 'Kinderopvang'),
      row('h2', 'doorverwijzing', 'Consultatiebureau', 'Kinderopvang'),
      row('h2', 'doorverwijzing', 'Kinderopvang', 'Consultatiebureau'),
      row('h3', 'afstemming', 'OCMW', 'CAW'),
      row('h2', 'afstemming', 'CAW', 'OCMW'),
    ];
    expect(typePairCounts(rows)).toEqual([
      { kind: 'afstemming', fromName: 'CAW', toName: 'OCMW', houses: 2 },
      { kind: 'doorverwijzing', fromName: 'Consultatiebureau', toName: 'Kinderopvang', houses: 2 },
      { kind: 'doorverwijzing', fromName: 'Kinderopvang', toName: 'Consultatiebureau', houses: 1 },
    ]);
    expect(housesWithTies(rows)).toBe(3);
  });

  it('draws each kind in its own colour and line style, readable on white and apart from the levels', () => {
    for (const kind of TIE_KINDS) expect(contrast(TIE_STYLES[kind].colour, '#ffffff'), kind).toBeGreaterThanOrEqual(4.5);
    expect(new Set(TIE_KINDS.map((k) => TIE_STYLES[k].line)).size).toBe(TIE_KINDS.length);
    const levelColours = new Set(Object.values(LEVEL_STYLES).flatMap((s) => [s.fill, s.border]));
    for (const kind of TIE_KINDS) expect(levelColours.has(TIE_STYLES[kind].colour)).toBe(false);
  });

  it('makes curved edges only between organisations on the map, bending ties of one pair apart', () => {
    const names = new Map(actors.map((a) => [a.id, a.name]));
    const onMap = new Set(['actor:a1', 'actor:a2']);
    const edges = tieElements([tie('t1', 'doorverwijzing', 'a1', 'a2'), tie('t2', 'afstemming', 'a1', 'a2'), tie('t3', 'co-creatie', 'a1', 'a3')], onMap, names);
    expect(edges.map((e) => [e.data.id, e.data.source, e.data.target, e.classes])).toEqual([
      ['tie:t1', 'actor:a1', 'actor:a2', 'tie tie-doorverwijzing directed'],
      ['tie:t2', 'actor:a1', 'actor:a2', 'tie tie-afstemming'],
    ]);
    expect(edges[0].data.cpd).toBe(-edges[1].data.cpd);
    expect(edges[0].data.sentence).toBe('CLB Kempen verwijst door naar CAW De Kempen');
  });
});
