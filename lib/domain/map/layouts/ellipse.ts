import type { Point } from './geometry';

const STEPS = 720;

/**
 * An ellipse `aspect` times wider than tall, walked by arc length: angle 0 is straight up,
 * growing clockwise. The table is for a vertical semi-axis of 1; every ring scales it.
 */
export class Ellipse {
  private readonly cumulative: Float64Array;
  readonly perimeter: number;

  constructor(
    readonly aspect: number,
    readonly squareness = 2,
  ) {
    this.cumulative = new Float64Array(STEPS + 1);
    let previous = this.unit(0);
    for (let k = 1; k <= STEPS; k += 1) {
      const p = this.unit((2 * Math.PI * k) / STEPS);
      this.cumulative[k] = this.cumulative[k - 1] + Math.hypot(p.x - previous.x, p.y - previous.y);
      previous = p;
    }
    this.perimeter = this.cumulative[STEPS];
  }

  private unit(angle: number): Point {
    return { x: this.aspect * this.bend(Math.sin(angle)), y: -this.bend(Math.cos(angle)) };
  }

  /** A superellipse: squarer than an ellipse when `squareness` > 2, filling a screen's corners. */
  private bend(v: number): number {
    if (this.squareness === 2) return v;
    if (this.squareness === 3) return v < 0 ? -Math.cbrt(v * v) : Math.cbrt(v * v);
    return Math.sign(v) * Math.abs(v) ** (2 / this.squareness);
  }

  /** The point at `angle` on the ring of vertical semi-axis `s`. */
  point(angle: number, s: number): Point {
    const u = this.unit(angle);
    return { x: Math.round(u.x * s * 10) / 10, y: Math.round(u.y * s * 10) / 10 };
  }

  /** Unit tangent (clockwise) at `angle`. */
  tangent(angle: number): Point {
    const a = this.unit(angle - 1e-4);
    const b = this.unit(angle + 1e-4);
    const n = Math.hypot(b.x - a.x, b.y - a.y);
    return { x: (b.x - a.x) / n, y: (b.y - a.y) / n };
  }

  /** Arc length from the top to `angle`, on the unit ring. */
  arcAt(angle: number): number {
    const a = ((angle % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    const f = (a / (2 * Math.PI)) * STEPS;
    const k = Math.floor(f);
    return this.cumulative[k] + (this.cumulative[Math.min(k + 1, STEPS)] - this.cumulative[k]) * (f - k);
  }

  /** The angle at arc length `arc` from the top, on the unit ring (wraps around). */
  angleAt(arc: number): number {
    const a = ((arc % this.perimeter) + this.perimeter) % this.perimeter;
    let lo = 0;
    let hi = STEPS;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] <= a) lo = mid;
      else hi = mid;
    }
    const span = this.cumulative[hi] - this.cumulative[lo];
    const f = span > 0 ? (a - this.cumulative[lo]) / span : 0;
    return ((lo + f) / STEPS) * 2 * Math.PI;
  }

  /** The "radius" of a point: the vertical semi-axis of the ring through it. */
  radiusOf(p: Point): number {
    const n = this.squareness;
    return (Math.abs(p.x / this.aspect) ** n + Math.abs(p.y) ** n) ** (1 / n);
  }

  /** The angle of a point, as `point` measures it. */
  angleOf(p: Point): number {
    const n = this.squareness / 2;
    const x = p.x / this.aspect;
    const y = -p.y;
    // Undo the bend: |sin|^(2/n) = |x|/r, so sin ∝ |x|^(n/2).
    const a = Math.atan2(Math.sign(x) * Math.abs(x) ** n, Math.sign(y) * Math.abs(y) ** n);
    return a < 0 ? a + 2 * Math.PI : a;
  }
}
