import { BARE_MARGIN } from './picture-margin';
import { LEVEL_STYLES, MAP_COLOURS } from '../level-style';
import { LABEL_BACKGROUND_PADDING, labelSpot, type LabelRule } from './labels/label-spot';
import { clusterFrames, clusterTitle } from './layouts/cluster-frames';
import { unionBox } from './layouts/geometry';
import { nodeBoxes } from './layouts/keep-and-place';
import type { Positions } from './layouts/types';
import { wantsMore } from '../desired-level';
import { DESIRED_MARKER, LINK_WIDTH, MAP_LEGEND, TRAY_LEGEND, type LegendItem } from './legend';
import type { MapEntry } from './map-entries';
import { BORDER, LINE_HEIGHT, MAP_FONTS, nodeSpecs, type NodeSpec } from './node-specs';
import { dashArray, shapePath, type MapShape } from './shapes';
import { HOUSE_NODE_ID, forumNodeId } from './node-ids';
import type { MapModel } from './to-elements';
import { xmlText } from '../plain-text';
import type { TieElement } from '../ties/tie-elements';
import type { TieKind } from '../ties/tie-kinds';
import { TIE_STYLES, type TieStyle } from '../ties/tie-style';

export interface SvgOptions {
  title: string;
  /** Second title line, e.g. "Stand op 15-01-2027 · schikking: ringen". */
  subtitle: string;
  /** Draw the clusters as boxes around their nodes (clusters layout). */
  clusterBoxes?: boolean;
  /** Classes per entry key from a comparison, drawn as a coloured halo. */
  decorations?: Record<string, string>;
  /**
   * Points the drawing's frame must hold as well (e.g. the corners of both pictures' nodes and
   * labels): two pictures of one house (before and after a workshop) drawn in the same frame line
   * up node for node.
   */
  frame?: { x: number; y: number }[];
  /** Node ids drawn with class "appear" (a presentation step fades in what is new to it). */
  appear?: ReadonlySet<string>;
  /**
   * The map alone, for a page that shows the title and the legend as its own text (the
   * presentation and the deellink): no title lines and no legend column, the viewBox tight
   * around the drawing, so on a phone the map takes the whole width.
   */
  bare?: boolean;
  /**
   * A phone's picture: only the kernpartners and gemiddeld partners carry their names, as on the
   * phone's screen (nodeSpecs' compact option).
   */
  compact?: boolean;
  /** The ties between partners, as the screen draws them (lib/domain/ties/tie-elements.ts). */
  ties?: readonly TieElement[];
}

const FONT = 'Inter, Segoe UI, DejaVu Sans, Arial, sans-serif';
const LEGEND_WIDTH = 270;
const MARGIN = 40;
const HEADER = 70;

function escapeXml(text: string): string {
  // Characters XML cannot hold at all (a NUL from old data) become U+FFFD first (lib/domain/plain-text.ts).
  return xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const HALO: Record<string, string> = { 'diff-added': '#067647', 'diff-changed': '#b54708', 'diff-removed': '#b42318', spotlight: '#b42318' };

const r1 = (n: number) => Math.round(n * 10) / 10;

interface NodeLook {
  shape: MapShape;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dashed: boolean;
  text: string;
}

/** How a node is drawn: the same figure, colours and border as the screen's stylesheet. */
function lookOf(spec: NodeSpec, entry: MapEntry | undefined): NodeLook {
  if (spec.kind === 'house')
    return { shape: 'round-rectangle', fill: MAP_COLOURS.brand, stroke: '#0a3f42', strokeWidth: BORDER.house, dashed: false, text: '#ffffff' };
  if (spec.kind === 'forum')
    return { shape: 'round-rectangle', fill: '#ffffff', stroke: MAP_COLOURS.forum, strokeWidth: BORDER.forum, dashed: false, text: MAP_COLOURS.forum };
  if (spec.kind === 'missing')
    return {
      shape: 'triangle',
      fill: MAP_COLOURS.warningFill,
      stroke: MAP_COLOURS.warning,
      strokeWidth: BORDER.missing,
      dashed: true,
      text: MAP_COLOURS.warning,
    };
  const style = LEVEL_STYLES[spec.level ?? 'niet'];
  const warn = entry?.missingMandatory ?? false;
  return {
    shape: style.shape,
    fill: style.fill,
    stroke: warn ? MAP_COLOURS.warning : style.border,
    strokeWidth: warn ? 3 : spec.level === 'kernpartner' ? BORDER.core : BORDER.other,
    dashed: warn || spec.level === 'nog_niet',
    text: spec.level === 'nog_niet' ? LEVEL_STYLES.nog_niet.text : MAP_COLOURS.ink,
  };
}

/** A label's lines as SVG text, set in its box as the screen sets it (lib/domain/map/labels). */
function labelSvg(
  spec: NodeSpec,
  cx: number,
  cy: number,
  justify: 'left' | 'center' | 'right',
  colour: string,
  background: boolean,
  tx: (x: number) => number,
  ty: (y: number) => number,
): string {
  if (spec.lines.length === 0) return '';
  const { size, bold, italic } = spec.font;
  const left = cx - spec.textW / 2;
  const top = cy - spec.textH / 2;
  const x = justify === 'left' ? left : justify === 'right' ? left + spec.textW : cx;
  const anchor = justify === 'left' ? 'start' : justify === 'right' ? 'end' : 'middle';
  const pad = LABEL_BACKGROUND_PADDING;
  const back = background
    ? `<rect x="${r1(tx(left - pad))}" y="${r1(ty(top - pad))}" width="${r1(spec.textW + 2 * pad)}" height="${r1(spec.textH + 2 * pad)}" rx="2" fill="#ffffff" fill-opacity="0.88"/>`
    : '';
  const spans = spec.lines.map((l, i) => `<tspan x="${r1(tx(x))}" y="${r1(ty(top + size * (i * LINE_HEIGHT + BASELINE)))}">${escapeXml(l)}</tspan>`).join('');
  return `${back}<text text-anchor="${anchor}" font-size="${size}" fill="${colour}"${bold ? ' font-weight="700"' : ''}${italic ? ' font-style="italic"' : ''}>${spans}</text>`;
}

/**
 * The "gewenst" marker (the plan wants the actor stronger): the screen's badge (lib/domain/map/stylesheet.ts),
 * the same figure at the same size, centred on the node's top right corner.
 */
function desiredMarkerSvg(spec: NodeSpec, x: number, y: number): string {
  const m = DESIRED_MARKER;
  const scale = m.size / 16;
  const cx = x + spec.bodyW / 2;
  const cy = y - spec.bodyH / 2;
  return `<path data-marker="desired" d="${shapePath(m.shape, r1(cx), r1(cy + 0.5 * scale), r1(13 * scale), r1(12 * scale))}" fill="${m.fill}" stroke="#ffffff" stroke-width="${r1(1.5 * scale)}"/>`;
}

/** Where the first line's baseline sits below the top of its line box, as a share of the size. */
const BASELINE = 0.8;

/**
 * The map as a standalone SVG document, with its title, date and legend: the same figures,
 * colours, line styles, label lines and label places as the screen (lib/domain/map/node-specs.ts and
 * lib/domain/map/labels/label-spot.ts), at the positions given. Pure; used by the SVG export, the PNG
 * export (drawn onto a canvas), the print view and the workshop report.
 */
export function toSvg(houseName: string, model: MapModel, positions: Positions, options: SvgOptions): string {
  const specs = nodeSpecs(houseName, model, { list: options.clusterBoxes, compact: options.compact }).filter((s) => positions[s.id]);
  const entries = new Map(model.entries.map((e) => [e.key, e]));
  const house = positions[HOUSE_NODE_ID] ?? { x: 0, y: 0 };
  // The label rule of the layout drawn: lists in the clusters, outward from the house otherwise.
  const rule = (spec: NodeSpec): LabelRule => (options.clusterBoxes && !spec.inside ? 'right' : 'outward');
  const frames = options.clusterBoxes ? clusterFrames(specs, positions) : [];

  const edges: string[] = [];
  for (const forum of model.forums) {
    const p = positions[forumNodeId(forum.id)];
    if (p) edges.push(line(house, p, MAP_COLOURS.forumLink, 1.2, null));
  }
  for (const entry of model.entries) {
    const p = positions[entry.key];
    if (entry.placement !== 'ring' || !p) continue;
    const from = entry.level === 'indirect' && entry.via ? (positions[forumNodeId(entry.via.id)] ?? house) : house;
    if (entry.kind === 'missing') edges.push(line(from, p, MAP_COLOURS.warning, 1.6, dashArray('dotted')));
    else {
      const style = LEVEL_STYLES[entry.level!];
      edges.push(line(from, p, style.border, LINK_WIDTH[entry.level!], dashArray(style.line)));
    }
  }

  for (const tie of options.ties ?? []) {
    const [a, b] = [positions[tie.data.source], positions[tie.data.target]];
    if (a && b) edges.push(tieCurve(a, b, tie.data.cpd, TIE_STYLES[tie.data.kind as TieKind]));
  }

  // Bounds of the drawing: nodes, labels, cluster frames with their names, and the points the
  // caller wants held as well (options.frame: the corners of another picture's drawing).
  const held = (options.frame ?? []).map((p) => ({ x1: p.x, y1: p.y, x2: p.x, y2: p.y }));
  const bounds = unionBox([...specs.flatMap((s) => nodeBoxes(s, positions[s.id], house, rule(s))), ...frames.flatMap((f) => [f.frame, f.title]), ...held]);
  const margin = options.bare ? BARE_MARGIN : MARGIN;
  const minX = bounds.x1 - margin;
  const minY = bounds.y1 - margin;
  const mapW = bounds.x2 - minX + margin;
  const mapH = bounds.y2 - minY + margin;
  const tray = model.entries.filter((e) => e.placement === 'tray');
  const legendH = 40 + (MAP_LEGEND.length + 1) * 26 + 40 + TRAY_LEGEND.length * 24 + 30;
  const width = Math.round(mapW + LEGEND_WIDTH + MARGIN);
  const height = Math.round(Math.max(mapH, legendH) + HEADER + MARGIN / 2);
  const header = options.bare ? 0 : HEADER;
  const tx = (x: number) => x - minX;
  const ty = (y: number) => y - minY + header;

  const clusterBoxes = frames.map((f) => {
    const title = clusterTitle(f.name, f.frame.x2 - f.frame.x1);
    const titleSpec = { lines: f.titleLines, textW: title.w, textH: title.h, font: MAP_FONTS.cluster } as NodeSpec;
    return (
      `<rect x="${r1(tx(f.frame.x1))}" y="${r1(ty(f.frame.y1))}" width="${r1(f.frame.x2 - f.frame.x1)}" height="${r1(f.frame.y2 - f.frame.y1)}" rx="8" fill="${MAP_COLOURS.paper}" stroke="#c9ccd1"/>` +
      labelSvg(
        { ...titleSpec, textW: f.title.x2 - f.title.x1 },
        (f.title.x1 + f.title.x2) / 2,
        (f.title.y1 + f.title.y2) / 2,
        'center',
        MAP_COLOURS.ink,
        false,
        tx,
        ty,
      )
    );
  });

  const halos = Object.entries(options.decorations ?? {})
    .map(([key, cls]) => {
      const p = positions[key];
      const colour = HALO[cls];
      return p && colour ? `<circle cx="${r1(tx(p.x))}" cy="${r1(ty(p.y))}" r="26" fill="${colour}" fill-opacity="0.3"/>` : '';
    })
    .join('');

  const nodeSvg = specs
    .map((spec) => {
      const p = positions[spec.id];
      const entry = entries.get(spec.id);
      const look = lookOf(spec, entry);
      const path = `<path d="${shapePath(look.shape, r1(tx(p.x)), r1(ty(p.y)), spec.bodyW, spec.bodyH)}" fill="${look.fill}" stroke="${look.stroke}" stroke-width="${look.strokeWidth}"${look.dashed ? ' stroke-dasharray="5 3"' : ''}/>`;
      const spot = labelSpot(spec, p, house, rule(spec));
      const text = labelSvg(spec, p.x + spot.dx, p.y + spot.dy, spot.justify, look.text, !spec.inside, tx, ty);
      const marker = entry && wantsMore(entry.desired, entry.level) ? desiredMarkerSvg(spec, tx(p.x), ty(p.y)) : '';
      // data-x/y: the node's place in the map's own units (the screen's), for checks and tools.
      const appear = options.appear?.has(spec.id) ? ' class="appear"' : '';
      return `<g${appear} data-id="${escapeXml(spec.id)}" data-x="${r1(p.x)}" data-y="${r1(p.y)}"><title>${escapeXml(spec.fullName)}</title>${path}${marker}${text}</g>`;
    })
    .join('\n');

  const drawing = [
    `<g id="clusters">${clusterBoxes.join('')}</g>`,
    `<g id="halos">${halos}</g>`,
    `<g id="edges" stroke-linecap="round">${edges.map((e) => e.replace(/\{(-?[\d.]+),(-?[\d.]+)\}/g, (_, x, y) => `${r1(tx(Number(x)))},${r1(ty(Number(y)))}`)).join('')}</g>`,
    `<g id="nodes">${nodeSvg}</g>`,
  ];
  if (options.bare) {
    const [w, h] = [Math.round(mapW), Math.round(mapH)];
    return [
      // data-house: where the house stands in the picture, for a page that centres the map on it.
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="${FONT}" data-house="${r1(tx(house.x))} ${r1(ty(house.y))}">`,
      `<title>${escapeXml(options.title)}</title>`,
      ...drawing,
      `</svg>`,
    ].join('\n');
  }
  const legendX = Math.round(mapW);
  const legend = legendSvg(legendX, HEADER, tray.length);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="34" font-size="22" font-weight="700" fill="${MAP_COLOURS.ink}">${escapeXml(options.title)}</text>`,
    `<text x="${MARGIN}" y="56" font-size="13" fill="${MAP_COLOURS.muted}">${escapeXml(options.subtitle)}</text>`,
    ...drawing,
    legend,
    `</svg>`,
  ].join('\n');
}

/**
 * A tie as Cytoscape draws it: an unbundled bezier whose one control point lies `cpd` to one side
 * of the straight line's middle (control-point-distances), the same quadratic curve here, in the
 * kind's colour and line style. (It passes half as far out: put at twice the distance, as before,
 * the curves bent twice as far as on the canvas and changed shape when Cytoscape took over.)
 */
function tieCurve(a: { x: number; y: number }, b: { x: number; y: number }, cpd: number, style: TieStyle): string {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const cx = (a.x + b.x) / 2 + ((b.y - a.y) / length) * cpd;
  const cy = (a.y + b.y) / 2 + ((a.x - b.x) / length) * cpd;
  const dash = dashArray(style.line);
  return `<path d="M{${a.x},${a.y}}Q{${cx},${cy}} {${b.x},${b.y}}" stroke="${style.colour}" stroke-width="${style.width}" fill="none"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

function line(a: { x: number; y: number }, b: { x: number; y: number }, colour: string, width: number, dash: string | null): string {
  // Coordinates are placeholders {x,y}, translated once the bounds are known.
  return `<path d="M{${a.x},${a.y}}L{${b.x},${b.y}}" stroke="${colour}" stroke-width="${width}" fill="none"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

function legendRow(item: LegendItem, x: number, y: number): string {
  const lineSvg =
    item.line !== 'none'
      ? `<line x1="${x}" y1="${y}" x2="${x + 24}" y2="${y}" stroke="${item.lineColour}" stroke-width="${Math.min(item.lineWidth, 4)}"${dashArray(item.line) ? ` stroke-dasharray="${dashArray(item.line)}"` : ''}/>`
      : '';
  const shape = `<path d="${shapePath(item.shape, x + 34, y, 18, item.shape === 'triangle' ? 16 : 18)}" fill="${item.fill}" stroke="${item.border}" stroke-width="2"${item.borderStyle === 'dashed' ? ' stroke-dasharray="3 2"' : ''}/>`;
  return `${lineSvg}${shape}<text x="${x + 52}" y="${y + 4}" font-size="12" fill="${MAP_COLOURS.ink}">${escapeXml(item.label)}</text>`;
}

function legendSvg(x: number, y: number, trayCount: number): string {
  const rows: string[] = [`<text x="${x}" y="${y + 14}" font-size="12" font-weight="700" fill="${MAP_COLOURS.muted}">LEGENDE</text>`];
  let cy = y + 40;
  for (const item of MAP_LEGEND) {
    rows.push(legendRow(item, x, cy));
    cy += 26;
  }
  rows.push(`<text x="${x}" y="${cy + 4}" font-size="12" fill="${MAP_COLOURS.ink}">‘via …’: indirect, via een overleg</text>`);
  cy += 34;
  rows.push(`<text x="${x}" y="${cy}" font-size="12" fill="${MAP_COLOURS.muted}">Niet op de kaart (${trayCount}):</text>`);
  cy += 22;
  for (const item of TRAY_LEGEND) {
    rows.push(legendRow({ ...item, line: 'none' }, x - 24, cy));
    cy += 24;
  }
  return `<g id="legend" data-testid="legend">${rows.join('')}</g>`;
}
