import type { LevelStyle } from '../level-style';

export type MapShape = LevelStyle['shape'] | 'triangle' | 'house' | 'forum';

/**
 * SVG path of a node shape centred on (cx, cy), matching the Cytoscape shapes the stylesheet
 * uses, so the legend, the SVG export and the map draw the same figure.
 */
export function shapePath(shape: MapShape, cx: number, cy: number, w: number, h: number): string {
  const x = cx - w / 2;
  const y = cy - h / 2;
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (shape) {
    case 'ellipse':
    case 'house': {
      const rx = w / 2;
      const ry = h / 2;
      return `M${f(cx - rx)},${f(cy)}a${f(rx)},${f(ry)} 0 1,0 ${f(2 * rx)},0a${f(rx)},${f(ry)} 0 1,0 ${f(-2 * rx)},0Z`;
    }
    case 'diamond':
      return `M${f(cx)},${f(y)}L${f(x + w)},${f(cy)}L${f(cx)},${f(y + h)}L${f(x)},${f(cy)}Z`;
    case 'hexagon':
      return `M${f(x + w * 0.25)},${f(y)}L${f(x + w * 0.75)},${f(y)}L${f(x + w)},${f(cy)}L${f(x + w * 0.75)},${f(y + h)}L${f(x + w * 0.25)},${f(y + h)}L${f(x)},${f(cy)}Z`;
    case 'tag':
      return `M${f(x)},${f(y)}L${f(x + w * 0.75)},${f(y)}L${f(x + w)},${f(cy)}L${f(x + w * 0.75)},${f(y + h)}L${f(x)},${f(y + h)}Z`;
    case 'triangle':
      return `M${f(cx)},${f(y)}L${f(x + w)},${f(y + h)}L${f(x)},${f(y + h)}Z`;
    case 'round-rectangle':
    case 'forum':
    default: {
      const r = Math.min(w, h) * 0.22;
      return `M${f(x + r)},${f(y)}H${f(x + w - r)}Q${f(x + w)},${f(y)} ${f(x + w)},${f(y + r)}V${f(y + h - r)}Q${f(x + w)},${f(y + h)} ${f(x + w - r)},${f(y + h)}H${f(x + r)}Q${f(x)},${f(y + h)} ${f(x)},${f(y + h - r)}V${f(y + r)}Q${f(x)},${f(y)} ${f(x + r)},${f(y)}Z`;
    }
  }
}

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'double' | 'none';

/**
 * The dash pattern of a line style (dash, gap in px at zoom 1), one for every drawing of the map:
 * the SVG (first picture, exports, print) and the canvas. Cytoscape's own 'dotted' draws dots a
 * pixel long with barely a gap, which at a line width of 2 to 3 reads as a solid line: the canvas
 * draws dotted lines as this short dash instead (cytoscapeLine), so they look as in the SVG.
 */
function dashPattern(line: LineStyle): [number, number] | null {
  return line === 'dashed' ? [6, 4] : line === 'dotted' ? [1.5, 3] : null;
}

/** SVG stroke-dasharray for a line style. */
export function dashArray(line: LineStyle): string | null {
  return dashPattern(line)?.join(' ') ?? null;
}

/** Cytoscape's style properties for a line style, with the same dashes as the SVG. */
export function cytoscapeLine(line: LineStyle): Record<string, string> {
  const pattern = dashPattern(line);
  if (pattern) return { 'line-style': 'dashed', 'line-dash-pattern': pattern as unknown as string };
  return { 'line-style': line === 'double' ? 'double' : 'solid' };
}
