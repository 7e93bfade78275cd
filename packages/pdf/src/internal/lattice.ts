import type { Ruling } from "../types.js";

/** A cell of a ruled table: a rectangle of grid bands, spanning rows and columns when merged. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A ruled table found on a page: its column edges, row edges and cells (top-down points). */
export interface Grid {
  xs: number[];
  ys: number[];
  cells: GridCell[];
  /** True when a ruling closes the table at its top edge. */
  closedTop: boolean;
  /** True when a ruling is drawn anywhere along the table's bottom edge. */
  closedBottom: boolean;
  /**
   * True when the table's outer left and right edges are drawn lines, down into its last row: a
   * framed table. (A table drawn with inner borders only has neither; its outer edges are where
   * its inner lines end.)
   */
  framed: boolean;
}

/** Rulings this close (pt) are one line; touching within this distance counts as meeting. */
const SNAP = 2;
/** Without text to measure by, a band narrower than this (pt) holds no line of text. */
const DEFAULT_BAND_LIMIT = 6;

/** Where text is drawn on the page (top-down points): glyph boxes, to tell bands that hold text. */
export interface TextBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A grid line: where it is drawn (`at`), and the positions of the rulings it stands for. */
interface Edge {
  at: number;
  lo: number;
  hi: number;
}

const pointEdge = (at: number): Edge => ({ at, lo: at, hi: at });

/** Narrower than the smallest text in the grid, a band cannot hold a line of it. */
function bandLimit(text: readonly TextBox[]): number {
  if (text.length === 0) return DEFAULT_BAND_LIMIT;
  return text.reduce((least, box) => Math.min(least, box.y1 - box.y0), Number.POSITIVE_INFINITY);
}

/**
 * Joins the two lines of a band that no text falls in and that is too narrow to hold any (a
 * double border, the inset edge of a shaded cell): such rulings do not split cells. The joined
 * line stands for both, so a cell border drawn on either still closes the cell.
 */
function collapseEmptyBands(
  edges: Edge[],
  text: ReadonlyArray<readonly [number, number]>,
  limit: number,
): Edge[] {
  const out: Edge[] = [];
  for (const edge of edges) {
    const last = out.at(-1);
    const empty =
      last !== undefined &&
      edge.at - last.at < limit &&
      !text.some(([from, to]) => Math.min(to, edge.at) - Math.max(from, last.at) > 0.5);
    if (last && empty) {
      out[out.length - 1] = { at: (last.at + edge.at) / 2, lo: last.lo, hi: edge.hi };
    } else out.push(edge);
  }
  return out;
}

interface Segment {
  at: number; // y of a horizontal, x of a vertical
  from: number;
  to: number;
}

/** Snaps lines at (nearly) the same position together and merges overlapping pieces. */
function mergeSegments(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const lanes: Segment[][] = [];
  for (const segment of sorted) {
    const lane = lanes.at(-1);
    if (lane && Math.abs(segment.at - (lane[0] as Segment).at) <= SNAP) lane.push(segment);
    else lanes.push([segment]);
  }
  const merged: Segment[] = [];
  for (const lane of lanes) {
    const at = lane.reduce((sum, s) => sum + s.at, 0) / lane.length;
    lane.sort((a, b) => a.from - b.from);
    let current: Segment | undefined;
    for (const s of lane) {
      if (current && s.from <= current.to + SNAP) current.to = Math.max(current.to, s.to);
      else {
        current = { at, from: s.from, to: s.to };
        merged.push(current);
      }
    }
  }
  return merged;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const value of sorted) {
    if (group.length > 0 && value - (group.at(-1) as number) > SNAP) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(value);
  }
  if (group.length > 0) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}

class UnionFind {
  private parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    while (this.parent[i] !== root) {
      const next = this.parent[i] as number;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Does a drawn segment lie on the grid line `edge` (all it stands for) at `mid`? */
const covers = (segments: Segment[], edge: Edge, mid: number): boolean =>
  segments.some(
    (s) => s.at >= edge.lo - SNAP && s.at <= edge.hi + SNAP && s.from - SNAP <= mid && mid <= s.to + SNAP,
  );

/**
 * Ruled tables of a page: rulings are snapped and merged, connected into groups (a horizontal
 * and a vertical line meet when they cross or touch), and each group with at least two lines
 * each way becomes a grid. A grid band not separated from its neighbour by a drawn line is
 * merged with it, which yields cells spanning rows or columns. With the page's `text`, a band
 * too narrow for any of it and holding none does not count (see `collapseEmptyBands`).
 */
export function findGrids(rulings: readonly Ruling[], text: readonly TextBox[] = []): Grid[] {
  const horizontals = mergeSegments(
    rulings.filter((r) => r.y0 === r.y1).map((r) => ({ at: r.y0, from: r.x0, to: r.x1 })),
  );
  const verticals = mergeSegments(
    rulings.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1).map((r) => ({ at: r.x0, from: r.y0, to: r.y1 })),
  );
  const all = [...horizontals, ...verticals];
  const groups = new UnionFind(all.length);
  horizontals.forEach((h, i) => {
    verticals.forEach((v, j) => {
      const meets =
        v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;
      if (meets) groups.union(i, horizontals.length + j);
    });
  });
  joinLoneSides(verticals, horizontals.length, groups);
  const members = new Map<number, number[]>();
  all.forEach((_, i) => {
    const root = groups.find(i);
    members.set(root, [...(members.get(root) ?? []), i]);
  });

  const grids: Grid[] = [];
  for (const indices of members.values()) {
    const hs = indices.filter((i) => i < horizontals.length).map((i) => horizontals[i] as Segment);
    const vs = indices
      .filter((i) => i >= horizontals.length)
      .map((i) => verticals[i - horizontals.length] as Segment);
    for (const part of splitStackedTables(hs, vs)) {
      // One drawn line one way is enough where the lines of the other way run past it on both
      // sides (inner borders only: a header's line over a cell spanning the page's rows; a
      // record's repeated first row over the rest of a cell, two lines crossing).
      if (part.hs.length < 1 || part.vs.length < 1) continue;
      const grid = buildGrid(part.hs, part.vs, text);
      if (grid) grids.push(grid);
    }
  }
  return grids.sort((a, b) => (a.ys[0] ?? 0) - (b.ys[0] ?? 0));
}

/**
 * A table's side that meets no rule on the page (beside a cell spanning down the whole page, whose
 * rules are on the pages before and after) is the table's all the same: a vertical alone whose
 * ends are level with those of a vertical that meets rules joins that one's group.
 */
function joinLoneSides(verticals: readonly Segment[], offset: number, groups: UnionFind): void {
  const sizes = new Map<number, number>();
  const total = offset + verticals.length;
  for (let i = 0; i < total; i++) sizes.set(groups.find(i), (sizes.get(groups.find(i)) ?? 0) + 1);
  const alone = (j: number) => sizes.get(groups.find(offset + j)) === 1;
  verticals.forEach((v, j) => {
    if (!alone(j)) return;
    const level = verticals.findIndex(
      (w, k) => !alone(k) && Math.abs(w.from - v.from) <= SNAP && Math.abs(w.to - v.to) <= SNAP,
    );
    if (level >= 0) groups.union(offset + j, offset + level);
  });
}

/**
 * Tables drawn one right under the other, with no space between (wkhtmltopdf prints the report's
 * key/value tables so), share their border lines and connect into one group of rulings. Where a
 * line across the whole group has every inner vertical line above it end there and every one
 * below it start there, at other positions, the columns change there: two tables, each read on
 * its own. (A table's own rows share column lines; a row spanning all columns has none above.)
 */
function splitStackedTables(hs: Segment[], vs: Segment[]): Array<{ hs: Segment[]; vs: Segment[] }> {
  const left = Math.min(...vs.map((v) => v.at));
  const right = Math.max(...vs.map((v) => v.at));
  const inner = vs.filter((v) => v.at > left + SNAP && v.at < right - SNAP);
  const cuts = cluster(hs.map((h) => h.at)).filter((y) => columnsChangeAt(y, hs, inner, left, right));
  if (cuts.length === 0) return [{ hs, vs }];
  const bounds = [Number.NEGATIVE_INFINITY, ...cuts, Number.POSITIVE_INFINITY];
  return bounds.slice(1).map((to, i) => {
    const from = bounds[i] as number;
    return {
      hs: hs.filter((h) => h.at >= from - SNAP && h.at <= to + SNAP),
      vs: vs
        .map((v) => ({ at: v.at, from: Math.max(v.from, from), to: Math.min(v.to, to) }))
        .filter((v) => v.to - v.from > SNAP),
    };
  });
}

function columnsChangeAt(y: number, hs: Segment[], inner: Segment[], left: number, right: number): boolean {
  const across = hs.some((h) => Math.abs(h.at - y) <= SNAP && h.from <= left + SNAP && h.to >= right - SNAP);
  if (!across || inner.some((v) => v.from < y - SNAP && v.to > y + SNAP)) return false;
  const above = inner.filter((v) => Math.abs(v.to - y) <= SNAP).map((v) => v.at);
  const below = inner.filter((v) => Math.abs(v.from - y) <= SNAP).map((v) => v.at);
  return (
    above.length > 0 && below.length > 0 && above.every((a) => below.every((b) => Math.abs(a - b) > SNAP))
  );
}

/**
 * A table drawn with inner borders only (no frame) has no line at its left or right edge: its row
 * lines run on past the outer column lines to the table's edges. The edge two of them reach is the
 * table's, or the edge one reaches with text between it and the column line (a strategy cell
 * spanning every row on the page leaves only the header's line to reach it): so the first and last
 * columns are not lost. (One line alone over no text, a rule that touches the table, is no edge.)
 */
function addUndrawnSides(xEdges: Edge[], hs: Segment[], vs: Segment[], text: readonly TextBox[]): void {
  const first = xEdges[0]?.at ?? 0;
  const last = xEdges.at(-1)?.at ?? 0;
  const top = Math.min(...vs.map((v) => v.from));
  const bottom = Math.max(...vs.map((v) => v.to));
  const holdsText = (x0: number, x1: number) =>
    text.some((box) => box.x0 >= x0 - SNAP && box.x1 <= x1 + SNAP && box.y0 >= top && box.y1 <= bottom);
  const edgeAt = (
    ends: number[],
    beyond: (end: number) => boolean,
    band: (end: number) => [number, number],
  ) =>
    cluster(ends.filter(beyond)).filter((at) => {
      const reaching = ends.filter((end) => Math.abs(end - at) <= SNAP).length;
      return reaching >= 2 || (reaching === 1 && holdsText(...band(at)));
    });
  const lefts = hs.map((h) => h.from);
  const rights = hs.map((h) => h.to);
  const left = edgeAt(
    lefts,
    (end) => end < first - SNAP,
    (at) => [at, first],
  )[0];
  const right = edgeAt(
    rights,
    (end) => end > last + SNAP,
    (at) => [last, at],
  ).at(-1);
  if (left !== undefined) xEdges.unshift(pointEdge(left));
  if (right !== undefined) xEdges.push(pointEdge(right));
}

function buildGrid(hs: Segment[], vs: Segment[], text: readonly TextBox[]): Grid | null {
  const xEdges = cluster(vs.map((v) => v.at)).map(pointEdge);
  const yEdges = cluster(hs.map((h) => h.at)).map(pointEdge);
  const top = vs.reduce((y, v) => Math.min(y, v.from), Number.POSITIVE_INFINITY);
  if (top < (yEdges[0]?.at ?? 0) - SNAP) yEdges.unshift(pointEdge(top)); // top edge not drawn
  const bottom = vs.reduce((y, v) => Math.max(y, v.to), Number.NEGATIVE_INFINITY);
  if (bottom > (yEdges.at(-1)?.at ?? 0) + SNAP) yEdges.push(pointEdge(bottom));
  addUndrawnSides(xEdges, hs, vs, text);
  const inside = text.filter(
    (box) =>
      box.x1 > (xEdges[0]?.at ?? 0) &&
      box.x0 < (xEdges.at(-1)?.at ?? 0) &&
      box.y1 > (yEdges[0]?.at ?? 0) &&
      box.y0 < (yEdges.at(-1)?.at ?? 0),
  );
  const narrow = bandLimit(inside);
  const cols = collapseEmptyBands(
    xEdges,
    inside.map((box) => [box.x0, box.x1]),
    narrow,
  );
  const rowEdges = collapseEmptyBands(
    yEdges,
    inside.map((box) => [box.y0, box.y1]),
    narrow,
  );
  const xs = cols.map((edge) => edge.at);
  const ys = rowEdges.map((edge) => edge.at);
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  if (rows < 1 || columns < 1) return null;
  // A grid from one line one way: only where it makes rows and columns (not a rule beside a bar),
  // or where the lines the other way hang from one rule with text on both sides of them (a table
  // with inner borders only, its one row on the page under the rule that tops it).
  const hanging =
    hs.length === 1 && columns >= 2 && vs.every((v) => Math.abs(v.from - (hs[0] as Segment).at) <= SNAP);
  if ((hs.length < 2 || vs.length < 2) && (rows < 2 || columns < 2) && !hanging) return null;
  const index = (r: number, c: number): number => r * columns + c;
  const bands = new UnionFind(rows * columns);
  for (let r = 0; r < rows; r++) {
    const midY = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
    for (let c = 0; c < columns; c++) {
      const midX = ((xs[c] as number) + (xs[c + 1] as number)) / 2;
      if (c + 1 < columns && !covers(vs, cols[c + 1] as Edge, midY))
        bands.union(index(r, c), index(r, c + 1));
      if (r + 1 < rows && !covers(hs, rowEdges[r + 1] as Edge, midX))
        bands.union(index(r, c), index(r + 1, c));
    }
  }
  const spans = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const root = bands.find(index(r, c));
      const span = spans.get(root);
      if (!span) spans.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        span.r1 = Math.max(span.r1, r);
        span.c1 = Math.max(span.c1, c);
        span.c0 = Math.min(span.c0, c);
      }
    }
  }
  const cells: GridCell[] = [...spans.values()].map((s) => ({
    row: s.r0,
    col: s.c0,
    rowSpan: s.r1 - s.r0 + 1,
    colSpan: s.c1 - s.c0 + 1,
    x0: xs[s.c0] as number,
    x1: xs[s.c1 + 1] as number,
    y0: ys[s.r0] as number,
    y1: ys[s.r1 + 1] as number,
  }));
  const first = rowEdges[0] as Edge;
  const closedTop = first.lo === top || hs.some((h) => h.at >= first.lo - SNAP && h.at <= first.hi + SNAP);
  const last = rowEdges.at(-1) as Edge;
  const closedBottom = hs.some((h) => h.at >= last.lo - SNAP && h.at <= last.hi + SNAP);
  const lastRowMiddle = ((ys.at(-2) as number) + (ys.at(-1) as number)) / 2;
  const framed = [cols[0] as Edge, cols.at(-1) as Edge].every((edge) => covers(vs, edge, lastRowMiddle));
  return { xs, ys, cells, closedTop, closedBottom, framed };
}

/** The cell of `grid` that contains the point, if any. */
export function cellAt(grid: Grid, x: number, y: number): GridCell | undefined {
  return grid.cells.find((cell) => x >= cell.x0 && x < cell.x1 && y >= cell.y0 && y < cell.y1);
}
