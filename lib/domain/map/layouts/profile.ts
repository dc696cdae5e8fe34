const TAU = 2 * Math.PI;

/**
 * How far out a ring reaches in each direction: its nodes' radii by angle, read between them by
 * straight interpolation (round the circle). The next ring starts outside it.
 */
export class Profile {
  private readonly points: { angle: number; r: number }[];

  constructor(
    points: { angle: number; r: number }[],
    private readonly floor: Profile | null = null,
    private readonly constant = 0,
  ) {
    this.points = points.map((p) => ({ angle: ((p.angle % TAU) + TAU) % TAU, r: p.r })).sort((a, b) => a.angle - b.angle);
  }

  static flat(r: number): Profile {
    return new Profile([], null, r);
  }

  at(angle: number): number {
    const below = this.floor?.at(angle) ?? this.constant;
    const n = this.points.length;
    if (n === 0) return below;
    if (n === 1) return Math.max(below, this.points[0].r);
    const a = ((angle % TAU) + TAU) % TAU;
    let i = this.points.findIndex((p) => p.angle > a);
    if (i === -1) i = n;
    const before = this.points[(i - 1 + n) % n];
    const after = this.points[i % n];
    let span = after.angle - before.angle;
    let from = a - before.angle;
    if (span <= 0) span += TAU;
    if (from < 0) from += TAU;
    const r = before.r + ((after.r - before.r) * from) / span;
    return Math.max(below, r);
  }

  /** This profile pushed out by `by`, never inside `floor`. */
  grown(by: number): Profile {
    return new Profile(
      this.points.map((p) => ({ angle: p.angle, r: p.r + by })),
      this.floor,
      this.constant,
    );
  }
}
