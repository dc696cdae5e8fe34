import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HouseNetwork } from '@/lib/domain/house-network';
import type { LevelCode } from '@/lib/domain/levels';
import { arrangeMap } from '@/lib/domain/map/layouts/arrange-map';
import { toMapModel } from '@/lib/domain/map/to-elements';
import { toSvg } from '@/lib/domain/map/to-svg';
import { diffNetworks } from '@/lib/domain/snapshot-diff';
import type { ProposalView } from '@/lib/domain/workshop/events';
import { reportMaps } from '@/lib/domain/workshop/report-maps';
import { workshopReportPdf } from '@/lib/formats/workshop-report-pdf';

const base: HouseNetwork = {
  house: { id: 'h', name: 'Huis van het Kind Verslagdorp', municipalities: ['Verslagdorp'], province: 'Limburg', urbanisation: 'buitengebied', intermunicipal: false, version: 1 },
  clusters: [{ code: 'c', name: 'Gezondheid', order: 1 }],
  types: [],
  actors: [],
  forums: [],
};
const answer = (level: LevelCode) => ({ level, derived: false, version: 1, updatedAt: null, updatedBy: null, note: null, owner: null, nextStep: null, due: null });
const type = (code: string, level: LevelCode | null) => ({ code, name: code.toUpperCase(), order: 1, cluster: 'c', mandatory: false, mandatoryNote: null, catalogue: true, answer: level ? answer(level) : null });
const actor = (id: string, level: LevelCode) => ({ id, name: `Organisatie ${id}`, typeCode: 'school', regional: false, level, via: null, version: 1, updatedAt: null, updatedBy: null, forums: [], otherHouses: [], note: null, owner: null, nextStep: null, due: null });

// Before: six on the minimaal ring; during the workshop one is added to it, one leaves it for
// kernpartner, and one is removed.
const before: HouseNetwork = { ...base, types: [type('ocmw', 'minimaal'), type('bib', 'minimaal'), type('caw', 'kernpartner'), type('school', null)], actors: ['a', 'b', 'c', 'd'].map((id) => actor(id, 'minimaal')) };
const after: HouseNetwork = { ...base, types: [type('ocmw', 'kernpartner'), type('bib', 'minimaal'), type('caw', 'kernpartner'), type('school', null)], actors: [...['a', 'b', 'c'].map((id) => actor(id, 'minimaal')), actor('e', 'minimaal'), actor('f', 'minimaal')] };
const diff = diffNetworks(before, after);

const proposal = (seq: number, status: ProposalView['status'], actorName: string, now: LevelCode | null, desired: LevelCode | null, extra: Partial<ProposalView> = {}): ProposalView => ({
  id: `p${seq}`, seq, status, actorKey: null, actorName, typeName: null, now, desired, note: null, newActorName: null, newActorType: null, byId: 'x', byName: 'An', at: '2026-11-20T10:00:00.000Z',
  basedOnVersion: 1, decidedAt: status === 'pending' ? null : '2026-11-20T10:05:00.000Z', decidedByName: status === 'pending' ? null : 'Sofie', conflict: null, targetKey: null, ...extra,
});

describe('the workshop report', () => {
  it('draws the map before and after on the same positions: no node moves between the two pictures', () => {
    const maps = reportMaps(before, after, diff);
    const rings = (model: ReturnType<typeof toMapModel>) => arrangeMap(before.house.name, model, 'ringen').positions;
    const unchanged = ['actor:a', 'actor:b', 'actor:c', 'type:bib', 'type:caw'];
    // Laid out apart (as the report did), the unchanged nodes would jump: the rings fill differently.
    const apart = { before: rings(toMapModel(before)), after: rings(toMapModel(maps.after!.network)) };
    expect(unchanged.filter((k) => JSON.stringify(apart.before[k]) !== JSON.stringify(apart.after[k])).length).toBeGreaterThan(0);
    // In the report every node drawn in both pictures stands on the same spot.
    const drawnBefore = toMapModel(maps.before.network).entries.filter((e) => e.placement === 'ring').map((e) => e.key);
    const drawnAfter = new Set(toMapModel(maps.after!.network).entries.filter((e) => e.placement === 'ring').map((e) => e.key));
    expect(drawnBefore).toEqual(expect.arrayContaining(unchanged));
    for (const key of drawnBefore.filter((k) => drawnAfter.has(k))) expect(maps.before.positions[key], key).toEqual(maps.after!.positions[key]);
    // One frame for both: drawn on paper they line up node for node.
    expect(maps.before.frame).toEqual(maps.after!.frame);
    const draw = (m: typeof maps.before, frame: boolean) => toSvg('H', toMapModel(m.network), m.positions, { title: 't', subtitle: 's', frame: frame ? m.frame : undefined });
    const paths = (svg: string) => [...svg.matchAll(/<path d="([^"]+)"/g)].map((x) => x[1]);
    const size = (svg: string) => /viewBox="([^"]+)"/.exec(svg)![1];
    const [framedBefore, framedAfter] = [draw(maps.before, true), draw(maps.after!, true)];
    expect(size(framedBefore)).toBe(size(framedAfter));
    // Every shape of the picture before is drawn identically after, except OCMW's (its level changed).
    const moved = (a: string, b: string) => paths(a).filter((d) => !paths(b).includes(d)).length;
    expect(moved(framedBefore, framedAfter)).toBe(1);
    // Without the common frame the whole picture would shift on the page.
    expect(moved(draw(maps.before, false), draw(maps.after!, false))).toBeGreaterThan(5);
    expect(maps.after!.decorations).toMatchObject({ 'actor:e': 'diff-added', 'actor:d': 'diff-removed', 'type:ocmw': 'diff-changed' });
  });

  it('draws both maps in the house’s own arrangement where it saved one', () => {
    const saved = { 'actor:a': { x: 900, y: -40 }, 'type:caw': { x: -500, y: 300 } };
    const maps = reportMaps(before, after, diff, saved);
    for (const map of [maps.before, maps.after!]) {
      expect(map.positions['actor:a']).toEqual({ x: 900, y: -40 });
      expect(map.positions['type:caw']).toEqual({ x: -500, y: 300 });
    }
    // Nodes the arrangement does not name keep the layout's place.
    expect(maps.before.positions['actor:b']).toEqual(reportMaps(before, after, diff).before.positions['actor:b']);
  });

  it('lists the proposals set aside or not decided as a parkeerlijst', async () => {
    const proposals = [
      proposal(1, 'accepted', 'OCMW', 'kernpartner', null),
      proposal(2, 'set_aside', 'Politie', 'minimaal', 'gemiddeld', { note: 'Eerst met de wijkagent praten', byName: 'Bert' }),
      proposal(3, 'pending', 'Bibliotheek', null, 'kernpartner'),
    ];
    const pdf = await workshopReportPdf({
      workshop: { code: 'VRSLG2', houseId: 'h', houseName: base.house.name, state: 'closed', opensAt: '2026-11-20T09:00:00.000Z', closesAt: '2026-11-20T12:00:00.000Z', closedAt: '2026-11-20T11:30:00.000Z', createdBy: 'u', createdByName: 'Eva (EXPOO)', beforeSnapshotId: 's1', afterSnapshotId: 's2', seq: 9, participants: 2 },
      before,
      after,
      now: after,
      diff,
      proposals,
      actions: [],
    }, new Date('2026-11-20T12:00:00.000Z'));
    const dir = path.resolve('test-results', 'workshop-verslag-parkeerlijst');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'verslag.pdf');
    writeFileSync(file, pdf);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text.status, text.stderr).toBe(0);
    const flat = text.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain('Parkeerlijst (2)');
    expect(flat).toContain('Politie: nu minimaal, gewenst gemiddeld · “Eerst met de wijkagent praten” · voorgesteld door Bert, opzij gelegd door Sofie');
    expect(flat).toContain('Bibliotheek: gewenst kernpartner · voorgesteld door An, niet beslist');
    expect(flat).toContain('Aanvaarde voorstellen (1)');
    // Rendered for review (poppler's pdftoppm), one PNG per page.
    const render = spawnSync('pdftoppm', ['-r', '60', '-png', file, path.join(dir, 'pagina')], { encoding: 'utf8' });
    expect(render.status, render.stderr).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(4);
  });
});
