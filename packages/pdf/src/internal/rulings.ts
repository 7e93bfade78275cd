import type { Ruling } from "../types.js";

/**
 * Parallel rulings closer than this (pt) draw one border: a double border (two strokes about
 * 1 pt apart), separate borders (each cell its own box, `border-spacing` apart), a thick frame
 * drawn around thin cell borders. No line of text fits between them.
 */
const DOUBLE_GAP = 4;

interface Lane {
  at: number;
  members: number[];
}

/** Groups positions that follow each other at most `gap` apart; each group's mean stands for it. */
function lanes(positions: readonly number[], gap: number): Map<number, number> {
  const order = positions.map((at, index) => ({ at, index })).sort((a, b) => a.at - b.at);
  const groups: Lane[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const { at, index } of order) {
    const group = groups.at(-1);
    if (group && at - last <= gap) group.members.push(index);
    else groups.push({ at, members: [index] });
    last = at;
  }
  const snapped = new Map<number, number>();
  for (const group of groups) {
    const mean = group.members.reduce((sum, i) => sum + (positions[i] as number), 0) / group.members.length;
    for (const i of group.members) snapped.set(i, mean);
  }
  return snapped;
}

/**
 * Rulings as one border each, whatever the producer's border style: parallel lines closer than
 * `DOUBLE_GAP` (a double border, separate cell boxes, a frame around the cell borders) move to
 * their mean position, and pieces of one line that such spacing left apart (each cell's own edge,
 * stopping short of its neighbour's) are bridged. Rulings further apart are left as they are.
 */
export function collapseDoubleRulings(rulings: readonly Ruling[]): Ruling[] {
  const horizontal = rulings.filter((r) => r.y0 === r.y1);
  const drawn = rulings.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1);
  const vertical = [...drawn, ...spacedColumnEdges(horizontal, drawn)];
  const hy = lanes(
    horizontal.map((r) => r.y0),
    DOUBLE_GAP,
  );
  const vx = lanes(
    vertical.map((r) => r.x0),
    DOUBLE_GAP,
  );
  // An end that stops within the spacing of a crossing line's lane ends on that line.
  const snapEnd = (value: number, positions: readonly number[]): number => {
    let best = value;
    let distance = DOUBLE_GAP;
    for (const at of positions) {
      if (Math.abs(at - value) <= distance) [best, distance] = [at, Math.abs(at - value)];
    }
    return best;
  };
  const ys = [...new Set(hy.values())];
  const xs = [...new Set(vx.values())];
  const out: Ruling[] = [];
  const join = (
    segments: Array<{ at: number; from: number; to: number }>,
    make: (at: number, from: number, to: number) => Ruling,
  ) => {
    segments.sort((a, b) => a.at - b.at || a.from - b.from);
    let current: { at: number; from: number; to: number } | undefined;
    for (const s of segments) {
      if (current && s.at === current.at && s.from <= current.to + DOUBLE_GAP) {
        current.to = Math.max(current.to, s.to);
        continue;
      }
      if (current) out.push(make(current.at, current.from, current.to));
      current = { ...s };
    }
    if (current) out.push(make(current.at, current.from, current.to));
  };
  join(
    horizontal.map((r, i) => ({
      at: hy.get(i) as number,
      from: snapEnd(Math.min(r.x0, r.x1), xs),
      to: snapEnd(Math.max(r.x0, r.x1), xs),
    })),
    (y, x0, x1) => ({ x0, y0: y, x1, y1: y }),
  );
  join(
    vertical.map((r, i) => ({
      at: vx.get(i) as number,
      from: snapEnd(Math.min(r.y0, r.y1), ys),
      to: snapEnd(Math.max(r.y0, r.y1), ys),
    })),
    (x, y0, y1) => ({ x0: x, y0, x1: x, y1 }),
  );
  return out;
}

/** Narrower than this (pt), a hole in a rule is no spacing between cells. */
const MIN_SPACING = 0.5;
/** A rule's end this close (pt) to a column edge stops at that edge. */
const END_NEAR = DOUBLE_GAP / 2 + 0.5;
/** Pieces of rules this close in y (pt) are drawn on one line (rounding apart). */
const SAME_LINE = 0.1;

interface Span {
  from: number;
  to: number;
}

/** A rule as drawn at one height: its pieces united, in order. */
interface Line {
  y: number;
  spans: Span[];
}

/** The rules at each height, their overlapping and touching pieces united. */
function linesOf(horizontal: readonly Ruling[]): Line[] {
  const sorted = [...horizontal].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const rule of sorted) {
    const [from, to] = [Math.min(rule.x0, rule.x1), Math.max(rule.x0, rule.x1)];
    let line = lines.at(-1);
    if (!line || rule.y0 - line.y > SAME_LINE) {
      line = { y: rule.y0, spans: [] };
      lines.push(line);
    }
    line.spans.push({ from, to });
  }
  for (const line of lines) {
    line.spans.sort((a, b) => a.from - b.from);
    const united: Span[] = [];
    for (const span of line.spans) {
      const last = united.at(-1);
      if (last && span.from <= last.to + MIN_SPACING / 2) last.to = Math.max(last.to, span.to);
      else united.push({ ...span });
    }
    line.spans = united;
  }
  return lines;
}

/**
 * Heights at which a rule runs from `from` to `to`, its pieces united: a rule between two rows
 * of a table drawn without column lines, whose producer draws it as one piece per cell.
 */
export function rulesAcross(horizontal: readonly Ruling[], from: number, to: number): number[] {
  return linesOf(horizontal)
    .filter((line) => line.spans.some((s) => s.from <= from + END_NEAR && s.to >= to - END_NEAR))
    .map((line) => line.y);
}

/** Where a rule stops to go on a border-spacing further: each hole's middle and width. */
const holesOf = (line: Line): Array<{ at: number; width: number }> =>
  line.spans.slice(1).flatMap((span, i) => {
    const before = line.spans[i] as Span;
    const width = span.from - before.to;
    return width >= MIN_SPACING && width <= DOUBLE_GAP ? [{ at: (span.from + before.to) / 2, width }] : [];
  });

/**
 * Where a rule stops under (or over) a longer one drawn within a spacing of it, the frame's: the
 * edge of a cell spanning on from the page before, whose own rules are there; the column edge is
 * half a spacing (`half`) beyond the rule's end.
 */
function innerEndsOf(line: Line, lines: readonly Line[], half: number): number[] {
  const beside = lines.filter((other) => other !== line && Math.abs(other.y - line.y) <= DOUBLE_GAP);
  const runsPast = (x: number) =>
    beside.some((other) => other.spans.some((s) => s.from < x - DOUBLE_GAP && s.to > x + DOUBLE_GAP));
  return line.spans.flatMap((s) => [s.from - half, s.to + half]).filter(runsPast);
}

/** Whether a rule runs across `x`. */
const crosses = (line: Line, x: number): boolean =>
  line.spans.some((s) => s.from < x - END_NEAR && s.to > x + END_NEAR);

/** Whether a rule stops at `x` (ends or starts there) and runs nowhere across it. */
const stopsAt = (line: Line, x: number): boolean =>
  line.spans.some((s) => Math.abs(s.from - x) <= END_NEAR || Math.abs(s.to - x) <= END_NEAR) &&
  !crosses(line, x);

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/** Whether a rule reaches `x`: runs across it or stops there. */
const reaches = (line: Line, x: number): boolean =>
  line.spans.some((s) => s.from - END_NEAR <= x && x <= s.to + END_NEAR);

/**
 * Column edges of a table with separate borders and no side borders (CSS `border-collapse:
 * separate` with cells ruled above and below only, as WeasyPrint prints it): each cell's own
 * rules stop where the cell does, and the next cell's start a border-spacing further on. Where a
 * rule has such a hole, a column edge is. It runs down from each rule that stops there to the
 * next rule that reaches it (a rule running across it tops a cell spanning the edge), or, under
 * the last, to the foot of the frame around it (a row the page's foot cut has no rule below it).
 * Only where no vertical is drawn: these are the edges the page does not draw.
 */
export function spacedColumnEdges(horizontal: readonly Ruling[], drawn: readonly Ruling[]): Ruling[] {
  const lines = linesOf(horizontal);
  const holes = lines.flatMap(holesOf);
  const half = holes.length > 0 ? median(holes.map((hole) => hole.width)) / 2 : MIN_SPACING;
  const ends = [...holes.map((hole) => hole.at), ...lines.flatMap((line) => innerEndsOf(line, lines, half))];
  const edges = [...new Set(lanes(ends, MIN_SPACING).values())];
  const out: Ruling[] = [];
  const isDrawn = (x: number, y0: number, y1: number) =>
    drawn.some(
      (v) =>
        Math.abs(v.x0 - x) <= DOUBLE_GAP &&
        Math.min(v.y0, v.y1) <= (y0 + y1) / 2 &&
        (y0 + y1) / 2 <= Math.max(v.y0, v.y1),
    );
  // The foot of the frame: the lowest end of the drawn lines beside a rule at `y`.
  const footOf = (y: number) =>
    drawn.reduce(
      (foot, v) =>
        Math.min(v.y0, v.y1) <= y && y < Math.max(v.y0, v.y1) ? Math.max(foot, v.y0, v.y1) : foot,
      y,
    );
  for (const x of edges) {
    lines.forEach((line, i) => {
      if (!stopsAt(line, x)) return;
      const below = lines.slice(i + 1);
      // The next row's own rule, a spacing below, running across the edge: that row spans it.
      if (below.some((other) => other.y - line.y <= DOUBLE_GAP && crosses(other, x))) return;
      const next = below.find((other) => other.y - line.y > DOUBLE_GAP && reaches(other, x));
      const foot = next?.y ?? footOf(line.y);
      if (foot - line.y > DOUBLE_GAP && !isDrawn(x, line.y, foot))
        out.push({ x0: x, y0: line.y, x1: x, y1: foot });
    });
  }
  return out;
}

/**
 * Rulings cut to what the page shows. Producers draw a cell's borders whole and let a clipping
 * path hide what falls outside the page's text area (Chromium draws the sides of a row cut by a
 * page break from far above the page): a line that runs off the page is cut at the last line
 * crossing it on the page (the edge of the text area, where the table's visible part starts or
 * ends), or at the page's edge when none crosses it. Lines wholly off the page go.
 */
export function clipToPage(rulings: readonly Ruling[], width: number, height: number): Ruling[] {
  const horizontal = rulings.filter((r) => r.y0 === r.y1 && r.y0 >= 0 && r.y0 <= height);
  const vertical = rulings.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1 && r.x0 >= 0 && r.x0 <= width);
  const spanOf = (r: Ruling, axis: "x" | "y"): [number, number] =>
    axis === "x"
      ? [Math.min(r.x0, r.x1), Math.max(r.x0, r.x1)]
      : [Math.min(r.y0, r.y1), Math.max(r.y0, r.y1)];
  /** `[from, to]` along a line at `at`, cut to `[0, limit]` and to the crossing lines' positions. */
  const cut = (
    at: number,
    from: number,
    to: number,
    limit: number,
    crossing: Array<[number, number, number]>,
  ) => {
    if (from >= 0 && to <= limit) return [from, to] as const;
    const crossings = crossing
      .filter(([position, lo, hi]) => lo - 2 <= at && at <= hi + 2 && position >= from && position <= to)
      .map(([position]) => position);
    const start = from >= 0 ? from : crossings.length > 0 ? Math.min(...crossings) : 0;
    const end = to <= limit ? to : crossings.length > 0 ? Math.max(...crossings) : limit;
    return [Math.max(0, start), Math.min(limit, end)] as const;
  };
  const hs: Array<[number, number, number]> = horizontal.map((h) => [h.y0, ...spanOf(h, "x")]);
  const vs: Array<[number, number, number]> = vertical.map((v) => [v.x0, ...spanOf(v, "y")]);
  const out: Ruling[] = [];
  for (const h of horizontal) {
    const [x0, x1] = cut(h.y0, ...spanOf(h, "x"), width, vs);
    if (x0 < x1) out.push({ x0, y0: h.y0, x1, y1: h.y0 });
  }
  for (const v of vertical) {
    const [y0, y1] = cut(v.x0, ...spanOf(v, "y"), height, hs);
    if (y0 < y1) out.push({ x0: v.x0, y0, x1: v.x0, y1 });
  }
  return out;
}
