import { LEVEL_STYLES, MAP_COLOURS } from '../domain/level-style';
import { LINK_WIDTH, MAP_LEGEND, NODE_SIZE, TRAY_LEGEND, type LegendItem } from './legend';
import type { Positions } from './layouts';
import { dashArray, shapePath, type MapShape } from './shapes';
import { HOUSE_NODE_ID, forumNodeId, type MapModel } from './to-elements';
import { xmlText } from '../domain/plain-text';

export interface SvgOptions {
  title: string;
  /** Second title line, e.g. "Stand op 15-01-2027 · schikking: ringen". */
  subtitle: string;
  /** Draw the clusters as boxes around their nodes (clusters layout). */
  clusterBoxes?: boolean;
  /** Classes per entry key from a comparison, drawn as a coloured halo. */
  decorations?: Record<string, string>;
  /**
   * Points the drawing's frame must hold as well, as if a node stood there: two pictures of one
   * house (before and after a workshop) drawn in the same frame line up node for node.
   */
  frame?: { x: number; y: number }[];
}

const FONT = 'Inter, Segoe UI, DejaVu Sans, Arial, sans-serif';
const LEGEND_WIDTH = 270;
const MARGIN = 40;
const HEADER = 70;

export function escapeXml(text: string): string {
  // Characters XML cannot hold at all (a NUL from old data) become U+FFFD first (lib/domain/plain-text.ts).
  return xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Splits a label into lines of about `width` characters, at most `max` lines. */
export function wrapLabel(text: string, width = 18, max = 3): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > max) return [...lines.slice(0, max - 1), `${lines.slice(max - 1).join(' ').slice(0, width - 1)}…`];
  return lines;
}

interface NodeDraw {
  id: string;
  x: number;
  y: number;
  shape: MapShape;
  w: number;
  h: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dashed: boolean;
  label: string;
  labelColour: string;
  bold: boolean;
  inside?: boolean;
}

const HALO: Record<string, string> = { 'diff-added': '#067647', 'diff-changed': '#b54708', 'diff-removed': '#b42318' };

/**
 * The map as a standalone SVG document, with its title, date and legend: the same figures, colours
 * and line styles as the screen (all from lib/domain/level-style.ts). Pure; used by the SVG export, the
 * PNG export (drawn onto a canvas) and the print view.
 */
export function toSvg(houseName: string, model: MapModel, positions: Positions, options: SvgOptions): string {
  const nodes: NodeDraw[] = [];
  const house = positions[HOUSE_NODE_ID] ?? { x: 0, y: 0 };
  nodes.push({ id: HOUSE_NODE_ID, ...house, shape: 'ellipse', w: 96, h: 96, fill: MAP_COLOURS.brand, stroke: '#0a3f42', strokeWidth: 4, dashed: false, label: houseName, labelColour: '#ffffff', bold: true, inside: true });
  for (const forum of model.forums) {
    const p = positions[forumNodeId(forum.id)];
    if (p) nodes.push({ id: forumNodeId(forum.id), ...p, shape: 'round-rectangle', w: 22, h: 22, fill: '#ffffff', stroke: MAP_COLOURS.forum, strokeWidth: 2.5, dashed: false, label: forum.name, labelColour: MAP_COLOURS.forum, bold: false });
  }
  const edges: string[] = [];
  for (const forum of model.forums) {
    const p = positions[forumNodeId(forum.id)];
    if (p) edges.push(line(house, p, MAP_COLOURS.forumLink, 1.2, null));
  }
  for (const entry of model.entries) {
    if (entry.placement !== 'ring') continue;
    const p = positions[entry.key];
    if (!p) continue;
    const missing = entry.kind === 'missing';
    const style = entry.level ? LEVEL_STYLES[entry.level] : LEVEL_STYLES.niet;
    const size = missing ? 34 : NODE_SIZE[entry.level!];
    nodes.push({
      id: entry.key,
      ...p,
      shape: missing ? 'triangle' : style.shape,
      w: size,
      h: missing ? 30 : size,
      fill: missing ? MAP_COLOURS.warningFill : style.fill,
      stroke: missing || entry.missingMandatory ? MAP_COLOURS.warning : style.border,
      strokeWidth: missing || entry.missingMandatory || entry.level === 'kernpartner' ? 3 : 2,
      dashed: missing || entry.level === 'nog_niet',
      label: missing ? `! ${entry.name}` : entry.name,
      labelColour: missing ? MAP_COLOURS.warning : entry.level === 'nog_niet' ? LEVEL_STYLES.nog_niet.text : MAP_COLOURS.ink,
      bold: missing || entry.level === 'kernpartner',
    });
    const from = entry.level === 'indirect' && entry.via ? positions[forumNodeId(entry.via.id)] ?? house : house;
    if (missing) edges.push(line(from, p, MAP_COLOURS.warning, 1.6, '1.5 3'));
    else edges.push(line(from, p, style.border, LINK_WIDTH[entry.level!], dashArray(style.line)));
  }

  // Bounds of the drawing, labels included.
  const framed = [...nodes, ...(options.frame ?? []).map((p) => ({ ...p, w: 34, h: 34, inside: false }))];
  const xs = framed.flatMap((n) => [n.x - Math.max(n.w, 110) / 2, n.x + Math.max(n.w, 110) / 2]);
  const ys = framed.flatMap((n) => [n.y - n.h / 2, n.y + n.h / 2 + (n.inside ? 0 : 48)]);
  const minX = Math.min(...xs) - MARGIN;
  // Cluster boxes reach above their nodes, with their names above that.
  const minY = Math.min(...ys) - MARGIN - (options.clusterBoxes ? 40 : 0);
  const mapW = Math.max(...xs) - minX + MARGIN;
  const mapH = Math.max(...ys) - minY + MARGIN;
  const tray = model.entries.filter((e) => e.placement === 'tray');
  const legendH = 40 + (MAP_LEGEND.length + 1) * 26 + 40 + TRAY_LEGEND.length * 24 + 30;
  const width = Math.round(mapW + LEGEND_WIDTH + MARGIN);
  const height = Math.round(Math.max(mapH, legendH) + HEADER + MARGIN / 2);
  const tx = (x: number) => Math.round((x - minX) * 10) / 10;
  const ty = (y: number) => Math.round((y - minY + HEADER) * 10) / 10;

  const clusterBoxes: string[] = [];
  if (options.clusterBoxes) {
    const groups = new Map<string, { name: string; xs: number[]; ys: number[] }>();
    for (const entry of model.entries) {
      const p = positions[entry.key];
      if (entry.placement !== 'ring' || !p) continue;
      const g = groups.get(entry.cluster) ?? { name: entry.clusterName, xs: [], ys: [] };
      g.xs.push(p.x);
      g.ys.push(p.y);
      groups.set(entry.cluster, g);
    }
    for (const g of groups.values()) {
      const x0 = Math.min(...g.xs) - 55;
      const y0 = Math.min(...g.ys) - 45;
      const x1 = Math.max(...g.xs) + 55;
      const y1 = Math.max(...g.ys) + 70;
      // The cluster's name above its box, on two lines at most (the report's names are long).
      const name = wrapLabel(g.name, Math.max(30, Math.round((x1 - x0) / 7)), 2);
      const nameY = ty(y0) - 6 - (name.length - 1) * 14;
      clusterBoxes.push(
        `<rect x="${tx(x0)}" y="${ty(y0)}" width="${Math.round(x1 - x0)}" height="${Math.round(y1 - y0)}" rx="10" fill="${MAP_COLOURS.paper}" stroke="#c9ccd1"/>` +
          `<text text-anchor="middle" font-size="12" font-weight="700" fill="${MAP_COLOURS.ink}">` +
          name.map((l, i) => `<tspan x="${tx((x0 + x1) / 2)}" y="${Math.round((nameY + i * 14) * 10) / 10}">${escapeXml(l)}</tspan>`).join('') +
          `</text>`,
      );
    }
  }

  const halos = Object.entries(options.decorations ?? {})
    .map(([key, cls]) => {
      const p = positions[key];
      const colour = HALO[cls];
      return p && colour ? `<circle cx="${tx(p.x)}" cy="${ty(p.y)}" r="30" fill="${colour}" fill-opacity="0.3"/>` : '';
    })
    .join('');

  const nodeSvg = nodes
    .map((n) => {
      const path = `<path d="${shapePath(n.shape, tx(n.x), ty(n.y), n.w, n.h)}" fill="${n.fill}" stroke="${n.stroke}" stroke-width="${n.strokeWidth}"${n.dashed ? ' stroke-dasharray="5 3"' : ''}/>`;
      const lines = wrapLabel(n.label, n.inside ? 14 : 18, n.inside ? 4 : 3);
      const startY = n.inside ? ty(n.y) - ((lines.length - 1) * 13) / 2 + 4 : ty(n.y) + n.h / 2 + 14;
      const text = lines
        .map((l, i) => `<tspan x="${tx(n.x)}" y="${Math.round((startY + i * 13) * 10) / 10}">${escapeXml(l)}</tspan>`)
        .join('');
      const halo = n.inside ? '' : ` paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"`;
      return `<g data-id="${escapeXml(n.id)}"><title>${escapeXml(n.label)}</title>${path}<text text-anchor="middle" font-size="${n.inside ? 12 : 11}" fill="${n.labelColour}"${n.bold ? ' font-weight="700"' : ''}${halo}>${text}</text></g>`;
    })
    .join('\n');

  const legendX = Math.round(mapW);
  const legend = legendSvg(legendX, HEADER, tray.length);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="34" font-size="22" font-weight="700" fill="${MAP_COLOURS.ink}">${escapeXml(options.title)}</text>`,
    `<text x="${MARGIN}" y="56" font-size="13" fill="${MAP_COLOURS.muted}">${escapeXml(options.subtitle)}</text>`,
    `<g id="clusters">${clusterBoxes.join('')}</g>`,
    `<g id="halos">${halos}</g>`,
    `<g id="edges" stroke-linecap="round">${edges.map((e) => e.replace(/\{(-?[\d.]+),(-?[\d.]+)\}/g, (_, x, y) => `${tx(Number(x))},${ty(Number(y))}`)).join('')}</g>`,
    `<g id="nodes">${nodeSvg}</g>`,
    legend,
    `</svg>`,
  ].join('\n');
}

function line(a: { x: number; y: number }, b: { x: number; y: number }, colour: string, width: number, dash: string | null): string {
  // Coordinates are placeholders {x,y}, translated once the bounds are known.
  return `<path d="M{${a.x},${a.y}}L{${b.x},${b.y}}" stroke="${colour}" stroke-width="${width}" fill="none"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

function legendRow(item: LegendItem, x: number, y: number): string {
  const lineSvg = item.line !== 'none' ? `<line x1="${x}" y1="${y}" x2="${x + 24}" y2="${y}" stroke="${item.lineColour}" stroke-width="${Math.min(item.lineWidth, 4)}"${dashArray(item.line) ? ` stroke-dasharray="${dashArray(item.line)}"` : ''}/>` : '';
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
