import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One page of a PDF rendered by poppler's pdftoppm, as raw RGB pixels. */
export interface RenderedPage {
  file: string;
  width: number;
  height: number;
  /** Pixels in the box (fractions of the page) for which `test(r, g, b)` holds. */
  count: (test: (r: number, g: number, b: number) => boolean, box?: { x0: number; y0: number; x1: number; y1: number }) => number;
}

/** Renders every page of `pdf` at `dpi` into `dir` (PPM for reading, PNG for review) and reads them. */
export function renderPdf(pdf: string, dir: string, dpi: number): RenderedPage[] {
  const base = path.join(dir, path.basename(pdf, '.pdf'));
  for (const args of [['-r', String(dpi), pdf, base], ['-r', '60', '-png', pdf, `${base}-pagina`]]) {
    const run = spawnSync('pdftoppm', args, { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  }
  return readdirSync(dir)
    .filter((f) => f.startsWith(path.basename(base)) && f.endsWith('.ppm'))
    .sort()
    .map((f) => readPpm(path.join(dir, f)));
}

function readPpm(file: string): RenderedPage {
  const bytes = readFileSync(file);
  // Header: "P6", width, height, max value, each followed by whitespace (pdftoppm writes no comments).
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at]))) at++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(bytes[at]))) field += String.fromCharCode(bytes[at++]);
    fields.push(field);
  }
  at++;
  if (fields[0] !== 'P6' || fields[3] !== '255') throw new Error(`${file} is not an 8-bit PPM`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  const pixels = bytes.subarray(at);
  return {
    file,
    width,
    height,
    count(test, box = { x0: 0, y0: 0, x1: 1, y1: 1 }) {
      let n = 0;
      for (let y = Math.floor(box.y0 * height); y < Math.floor(box.y1 * height); y++) {
        for (let x = Math.floor(box.x0 * width); x < Math.floor(box.x1 * width); x++) {
          const i = (y * width + x) * 3;
          if (test(pixels[i], pixels[i + 1], pixels[i + 2])) n++;
        }
      }
      return n;
    },
  };
}

/** Anything not (nearly) white paper. */
export const inked = (r: number, g: number, b: number) => r < 235 || g < 235 || b < 235;

/** A colour within `tolerance` of a hex colour, per channel. */
export function near(hex: string, tolerance = 40) {
  const [R, G, B] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return (r: number, g: number, b: number) => Math.abs(r - R) <= tolerance && Math.abs(g - G) <= tolerance && Math.abs(b - B) <= tolerance;
}
