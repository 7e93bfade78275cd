import { unshiftLigatureGlyph } from "@lianzheng/normalize";
import type { Ruling, TextRun } from "../types.js";
import { type DrawnGlyph, type PlacedGlyph, RunCollector, type RunStyle, trackingOf } from "./glyph-runs.js";
import { type Matrix, multiply } from "./orientation.js";
import type { PageOps } from "./page-ops.js";

export { PAGE_OP_NAMES, type PageOps } from "./page-ops.js";

/** A font as the page uses it: name, boldness and the matrix from glyph space to text space. */
export interface PageFont {
  fontName: string;
  bold: boolean;
  fontMatrix: readonly number[];
}

/** A glyph of a PDF.js `showText` operation (the fields read here). */
interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

// Drawing codes inside a PDF.js ≥ 5 constructPath buffer; PDF.js does not export them.
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** Thinner than this (pt), a filled rectangle is a line drawn as a rectangle. */
const MAX_RULE_THICKNESS = 3;
/** Shorter than this (pt), a segment is a tick or a dot, not a ruling. */
const MIN_RULE_LENGTH = 4;
/** Off the axis by less than this (pt), a segment counts as horizontal or vertical. */
const AXIS_TOLERANCE = 0.5;
/**
 * A glyph drawn further than this (in font sizes) after the one before, beyond the character
 * spacing, starts a new run: a word space left as a gap, or the next cell drawn in the same
 * operation. Kerning moves glyphs by a few hundredths of an em.
 */
const RUN_SPLIT = 0.15;
/** A glyph drawn back over the one before by more than this (font sizes) starts a new run. */
const RUN_BACKWARD = 0.3;

/** Least and greatest of a list, without spreading it (a path can hold any number of points). */
function extent(values: readonly number[]): [number, number] {
  let least = Number.POSITIVE_INFINITY;
  let most = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < least) least = value;
    if (value > most) most = value;
  }
  return [least, most];
}

const isWhite = (color: unknown): boolean => typeof color === "string" && /^#?f{6}$/i.test(color);

/**
 * Reads a page's operator list in one pass: text runs (from `showText`: the glyphs' Unicode,
 * each glyph placed by the text state as PDF.js's canvas renderer places it, overprints dropped)
 * and the horizontal and vertical ruling lines (stroked lines and rectangle edges, filled thin
 * rectangles; wider fills are backgrounds). The current transformation matrix is tracked through
 * save/restore/transform and form XObjects, because path and text coordinates are in user
 * space; `page` maps user space to the page as shown (top-down points, see `displayFrame`).
 * `directions` counts characters per text direction on the shown page.
 * Reading text from the operator list spares a second pass over the content (getTextContent).
 */
export function readOperatorList(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: PageOps,
  page: Matrix,
  fontOf: (id: string) => PageFont | undefined,
  pageSize?: { width: number; height: number },
): {
  runs: TextRun[];
  rulings: Ruling[];
  cutEdges: Ruling[];
  directions: [number, number, number, number];
} {
  const rulings: Ruling[] = [];
  const collector = new RunCollector();
  const stack: { ctm: Matrix; stroke: unknown; fill: unknown; clip: Box | null }[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  // The clipping path in force, as the box around it on the page (null: none). What a producer
  // draws and clips away is not on the page: wkhtmltopdf draws a page's table from its previous
  // page down and clips it to the text area, so a row cut by the page break has no drawn edge.
  let clip: Box | null = null;
  let clipPending = false;
  const cuts: ClipCuts = new Map();
  let strokeColor: unknown = "#000000";
  let fillColor: unknown = "#000000";
  // Text state, as PDF.js keeps it: a text matrix, and a position (x, y) in its space.
  let textMatrix: Matrix = [1, 0, 0, 1, 0, 0];
  let lineX = 0;
  let lineY = 0;
  let x = 0;
  let font: PageFont | undefined;
  let fontSize = 0;
  let charSpacing = 0;
  let wordSpacing = 0;
  let hScale = 1;
  let leading = 0;
  let rise = 0;
  // Marked content (BMC/BDC … EMC) nests; text is in the innermost one with an MCID (tagged
  // PDFs). Each level holds the MCID in force there, so the lookup is constant time.
  const marked: (number | undefined)[] = [];
  const currentMcid = (): number | undefined => marked.at(-1);

  const toPage = (px: number, py: number): [number, number] => {
    const ux = ctm[0] * px + ctm[2] * py + ctm[4];
    const uy = ctm[1] * px + ctm[3] * py + ctm[5];
    return [page[0] * ux + page[2] * uy + page[4], page[1] * ux + page[3] * uy + page[5]];
  };
  const addSegment = (ax: number, ay: number, bx: number, by: number): void => {
    if (Math.abs(ay - by) <= AXIS_TOLERANCE && Math.abs(ax - bx) >= MIN_RULE_LENGTH) {
      const y = (ay + by) / 2;
      addRuling(rulings, clip, cuts, { x0: Math.min(ax, bx), y0: y, x1: Math.max(ax, bx), y1: y });
    } else if (Math.abs(ax - bx) <= AXIS_TOLERANCE && Math.abs(ay - by) >= MIN_RULE_LENGTH) {
      const sx = (ax + bx) / 2;
      addRuling(rulings, clip, cuts, { x0: sx, y0: Math.min(ay, by), x1: sx, y1: Math.max(ay, by) });
    }
  };
  const addFilledBox = (points: [number, number][]): void => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1] = extent(xs);
    const [y0, y1] = extent(ys);
    const width = x1 - x0;
    const height = y1 - y0;
    if (height <= MAX_RULE_THICKNESS && width >= MIN_RULE_LENGTH) {
      addRuling(rulings, clip, cuts, { x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
    } else if (width <= MAX_RULE_THICKNESS && height >= MIN_RULE_LENGTH) {
      addRuling(rulings, clip, cuts, { x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
    }
    // A wider filled box is a background (cell shading), not a border: Word shades a cell with
    // an outer box and one inset by the cell padding, and their edges would split the cell.
  };
  /** Where text-space point (tx, ty) of the current line lands on the page. */
  const textToPage = (tx: number, ty: number): [number, number] => {
    const m = textMatrix;
    return toPage(m[0] * tx + m[2] * ty + m[4], m[1] * tx + m[3] * ty + m[5]);
  };
  // Each glyph is placed where it is drawn: pen position, then its own advance; character and
  // word spacing and TJ adjustments move the pen but are not part of the glyph. A run ends where
  // the next glyph is drawn apart from it (a gap beyond the character spacing, or back over it).
  const showText = (glyphs: ReadonlyArray<Glyph | number | null>): void => {
    if (!font || fontSize === 0) return;
    // A clip that is the page's own box hides nothing of the page: a glyph it cuts runs off the
    // page, and is kept to be warned of as such (text_off_page), not dropped unseen.
    const glyphClip = clip && !coversPage(clip, pageSize) ? clip : null;
    const advanceScale = fontSize * (font.fontMatrix[0] ?? 0.001);
    // The font size on the page: the text space's vertical unit through both matrices.
    const [ox, oy] = textToPage(x, lineY);
    const [ux, uy] = textToPage(x, lineY + fontSize);
    const [rx, ry] = textToPage(x + fontSize, lineY);
    const size = Math.hypot(ux - ox, uy - oy);
    const along = Math.hypot(rx - ox, ry - oy) || 1;
    const style: RunStyle = {
      size,
      fontName: font.fontName,
      bold: font.bold,
      dx: (rx - ox) / along,
      dy: (ry - oy) / along,
      mcid: currentMcid(),
    };
    // The baseline on the page: its origin and the step per unit of advance (text space).
    const [bx, by] = textToPage(x, lineY + rise);
    const [sx, sy] = textToPage(x + hScale, lineY + rise);
    const [stepX, stepY] = [sx - bx, sy - by];
    let advance = 0; // along the line, in text space before hScale
    const drawn: DrawnGlyph[] = [];
    for (const glyph of glyphs) {
      if (glyph === null) continue;
      if (typeof glyph === "number") {
        advance -= (glyph * fontSize) / 1000;
        continue;
      }
      // A ligature whose ToUnicode gives its letters shifted up a byte (Ghostscript: 昀椀 for ﬁ) is
      // read as its letters here, where it is known to be one glyph: line joins measure words.
      const text = unshiftLigatureGlyph(glyph.unicode ?? "");
      // isSpace is the byte 32, which word spacing applies to; in a two-byte font it can be any
      // character (a CJK ideograph), so whether a glyph is a space is read from its text, and
      // from isSpace only when the font maps it to no text at all.
      const space = text === "" ? glyph.isSpace === true : text.trim() === "";
      const own = (glyph.width ?? 0) * advanceScale + (glyph.isSpace ? wordSpacing : 0);
      const start = advance;
      const end = start + own;
      advance = end + charSpacing;
      const placed: DrawnGlyph = {
        text: space ? " " : text,
        x0: bx + start * stepX,
        y0: by + start * stepY,
        x1: bx + end * stepX,
        y1: by + end * stepY,
        space,
        start,
        end,
      };
      if (!collector.isOverprint(placed, size) && !clippedAway(placed, style, size, glyphClip))
        drawn.push(placed);
    }
    // Letter spacing as such (Tc, or the same TJ gap after every glyph) joins, a wider gap splits.
    const spacing = Math.max(0, charSpacing);
    const tracked = spacing + trackingOf(drawn, fontSize, spacing);
    let piece: PlacedGlyph[] = [];
    let pieceEnd = 0;
    for (const placed of drawn) {
      const { start, end } = placed;
      const gap = start - pieceEnd;
      if (piece.length > 0 && (gap < -RUN_BACKWARD * fontSize || gap - tracked > RUN_SPLIT * fontSize)) {
        collector.add(piece, style);
        piece = [];
      }
      piece.push(placed);
      pieceEnd = end;
    }
    collector.add(piece, style);
    x += advance * hScale;
  };
  const moveText = (tx: number, ty: number): void => {
    lineX += tx;
    lineY += ty;
    x = lineX;
  };

  const strokeOps = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fillOps = new Set([ops.fill, ops.eoFill]);

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case ops.save:
        stack.push({ ctm, stroke: strokeColor, fill: fillColor, clip });
        break;
      case ops.restore:
      case ops.paintFormXObjectEnd: {
        const top = stack.pop();
        if (top) ({ ctm, stroke: strokeColor, fill: fillColor, clip } = top);
        break;
      }
      case ops.clip:
      case ops.eoClip:
        clipPending = true;
        break;
      case ops.transform:
        if (args) ctm = multiply(args as Matrix, ctm);
        break;
      case ops.paintFormXObjectBegin:
        stack.push({ ctm, stroke: strokeColor, fill: fillColor, clip });
        if (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0]))
          ctm = multiply(Array.from(args[0] as ArrayLike<number>) as Matrix, ctm);
        break;
      case ops.setStrokeRGBColor:
        strokeColor = args?.[0];
        break;
      case ops.setFillRGBColor:
        fillColor = args?.[0];
        break;
      case ops.beginText:
        textMatrix = [1, 0, 0, 1, 0, 0];
        lineX = lineY = x = 0;
        break;
      case ops.setTextMatrix: {
        // PDF.js ≥ 5 passes the matrix as one Float32Array argument.
        const matrix =
          ArrayBuffer.isView(args?.[0]) || Array.isArray(args?.[0])
            ? (args[0] as ArrayLike<number>)
            : (args as ArrayLike<number>);
        textMatrix = Array.from(matrix).slice(0, 6) as Matrix;
        lineX = lineY = x = 0;
        break;
      }
      case ops.moveText:
        moveText(Number(args?.[0]), Number(args?.[1]));
        break;
      case ops.setLeadingMoveText:
        leading = Number(args?.[1]);
        moveText(Number(args?.[0]), Number(args?.[1]));
        break;
      case ops.setLeading:
        leading = -Number(args?.[0]);
        break;
      case ops.nextLine:
        moveText(0, leading);
        break;
      case ops.setFont:
        font = fontOf(String(args?.[0]));
        fontSize = Math.abs(Number(args?.[1]) || 0);
        break;
      case ops.setCharSpacing:
        charSpacing = Number(args?.[0]) || 0;
        break;
      case ops.setWordSpacing:
        wordSpacing = Number(args?.[0]) || 0;
        break;
      case ops.setHScale:
        hScale = (Number(args?.[0]) || 100) / 100;
        break;
      case ops.setTextRise:
        rise = Number(args?.[0]) || 0;
        break;
      case ops.showText:
        if (Array.isArray(args?.[0])) showText(args[0] as Glyph[]);
        break;
      case ops.beginMarkedContent:
        marked.push(currentMcid());
        break;
      case ops.beginMarkedContentProps: {
        const mcid = args?.[1];
        marked.push(typeof mcid === "number" && Number.isInteger(mcid) ? mcid : currentMcid());
        break;
      }
      case ops.endMarkedContent:
        marked.pop();
        break;
      case ops.constructPath: {
        if (!args) break;
        // W n (or W f …): the path's box, under the clip already in force, clips what follows.
        if (clipPending) {
          clipPending = false;
          const box = pathBox(args[2], toPage);
          if (box) clip = clip ? intersect(clip, box) : box;
        }
        const paintOp = args[0] as number;
        const stroked = strokeOps.has(paintOp);
        const filled = fillOps.has(paintOp);
        if (!stroked && !filled) break; // clip-only paths and invisible ones
        if ((stroked && isWhite(strokeColor)) || (filled && isWhite(fillColor))) break;
        const buffer = (args[1] as unknown[] | undefined)?.[0];
        if (!(buffer instanceof Float32Array) && !Array.isArray(buffer)) break;
        // An even-odd fill of nested boxes paints the rings between them: a border drawn as a
        // filled frame (WeasyPrint draws every cell border so). A ring thin enough to be a line
        // gives its drawn sides as rulings, as the clip shows them; the boxes are no backgrounds.
        const shapes: [number, number][][] = [];
        readPath(
          buffer as ArrayLike<number>,
          toPage,
          stroked ? addSegment : null,
          filled ? (points) => shapes.push(points) : null,
        );
        if (paintOp === ops.eoFill && shapes.length >= 2)
          addFrames(shapes.map(boxOf), (ruling) => addRuling(rulings, clip, cuts, ruling));
        else for (const shape of shapes) addFilledBox(shape);
        break;
      }
    }
  }
  return { runs: collector.runs, rulings, cutEdges: cutEdges(cuts), directions: collector.directions };
}

type Box = { x0: number; y0: number; x1: number; y1: number };

// A ruling this close outside a clip's edge is the edge's own border (drawn on it, half inside).
const CLIP_SLACK = 1.5;

/** The box on the page around a path whose user-space bounds PDF.js gives as [x0, y0, x1, y1]. */
function pathBox(minMax: unknown, toPage: (x: number, y: number) => [number, number]): Box | null {
  if (!(ArrayBuffer.isView(minMax) || Array.isArray(minMax))) return null;
  const [ux0, uy0, ux1, uy1] = Array.from(minMax as ArrayLike<number>);
  if (![ux0, uy0, ux1, uy1].every((v) => typeof v === "number" && Number.isFinite(v))) return null;
  const corners = [
    toPage(ux0 as number, uy0 as number),
    toPage(ux1 as number, uy0 as number),
    toPage(ux0 as number, uy1 as number),
    toPage(ux1 as number, uy1 as number),
  ];
  return boxOf(corners);
}

/**
 * Whether a glyph is outside the clip in force: the middle of its em box (a third of the size
 * above its baseline's middle) is. wkhtmltopdf draws a line that a page break cuts on both pages;
 * the page where most of it is clipped away does not show it.
 */
function clippedAway(
  glyph: { x0: number; y0: number; x1: number; y1: number },
  direction: { dx: number; dy: number },
  size: number,
  clip: Box | null,
): boolean {
  if (!clip) return false;
  const x = (glyph.x0 + glyph.x1) / 2 + (direction.dy * size) / 3;
  const y = (glyph.y0 + glyph.y1) / 2 - (direction.dx * size) / 3;
  return x < clip.x0 || x > clip.x1 || y < clip.y0 || y > clip.y1;
}

// How far inside the page's edge a clip's side may lie and still be the page's own box.
const PAGE_EDGE = 1;

/** Whether a clip box covers the whole page shown (`size`: unknown, never). */
function coversPage(clip: Box, size: { width: number; height: number } | undefined): boolean {
  return (
    size !== undefined &&
    clip.x0 <= PAGE_EDGE &&
    clip.y0 <= PAGE_EDGE &&
    clip.x1 >= size.width - PAGE_EDGE &&
    clip.y1 >= size.height - PAGE_EDGE
  );
}

/** Two boxes' common part (an empty one when they do not meet: what it clips shows nothing). */
const intersect = (a: Box, b: Box): Box => ({
  x0: Math.max(a.x0, b.x0),
  y0: Math.max(a.y0, b.y0),
  x1: Math.min(a.x1, b.x1),
  y1: Math.min(a.y1, b.y1),
});

/**
 * Where a clip cut the page's vertical rulings: at each cut edge (its y), the leftmost and
 * rightmost x cut there. A table cut there by a page break is drawn on across it, and a column
 * spanning all its rows on the page (a strategy cell) meets no other line: the edge joins them.
 */
type ClipCuts = Map<number, [number, number]>;

/** A ruling as the clip shows it: cut to the clip's box (cuts noted), or gone when it lies outside. */
function addRuling(rulings: Ruling[], clip: Box | null, cuts: ClipCuts, ruling: Ruling): void {
  if (!clip) {
    rulings.push(ruling);
    return;
  }
  const horizontal = ruling.y0 === ruling.y1;
  // Outside the clip by more than a border's half (drawn on its edge): not shown.
  const at = horizontal ? ruling.y0 : ruling.x0;
  const [lo, hi] = horizontal ? [clip.y0, clip.y1] : [clip.x0, clip.x1];
  if (at < lo - CLIP_SLACK || at > hi + CLIP_SLACK) return;
  const [from, to] = horizontal ? [ruling.x0, ruling.x1] : [ruling.y0, ruling.y1];
  const [min, max] = horizontal ? [clip.x0, clip.x1] : [clip.y0, clip.y1];
  const start = from < min - CLIP_SLACK ? min : from;
  const end = to > max + CLIP_SLACK ? max : to;
  if (end - start < MIN_RULE_LENGTH) return;
  rulings.push(horizontal ? { x0: start, y0: at, x1: end, y1: at } : { x0: at, y0: start, x1: at, y1: end });
  if (horizontal) return;
  for (const edge of [start !== from ? start : null, end !== to ? end : null]) {
    if (edge === null) continue;
    const seen = cuts.get(edge);
    cuts.set(edge, seen ? [Math.min(seen[0], at), Math.max(seen[1], at)] : [at, at]);
  }
}

/** The edges where a clip cut vertical rulings apart, as rulings joining them. */
function cutEdges(cuts: ClipCuts): Ruling[] {
  return [...cuts]
    .filter(([, [x0, x1]]) => x1 - x0 >= MIN_RULE_LENGTH)
    .map(([y, [x0, x1]]) => ({ x0, y0: y, x1, y1: y }));
}

const boxOf = (points: [number, number][]): Box => ({
  x0: Math.min(...points.map((p) => p[0])),
  y0: Math.min(...points.map((p) => p[1])),
  x1: Math.max(...points.map((p) => p[0])),
  y1: Math.max(...points.map((p) => p[1])),
});

/** Thinner than this (pt), a side of a ring is not drawn: the two boxes share that edge. */
const NO_SIDE = 0.05;

/**
 * The drawn sides of each ring between a box and the next box inside it, when the ring is thin.
 * Boxes nest by area (a ring open on two sides has boxes of one width). A side where the boxes
 * share their edge is not drawn (WeasyPrint fills a cell's border as one ring even where a side
 * has none, and clips the ring to each side's own strip when the sides differ: the clip shows
 * that side only).
 */
function addFrames(boxes: Box[], add: (ruling: Ruling) => void): void {
  const area = (box: Box) => (box.x1 - box.x0) * (box.y1 - box.y0);
  const sorted = [...boxes].sort((a, b) => area(b) - area(a));
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [outer, inner] = [sorted[i] as Box, sorted[i + 1] as Box];
    const gaps = [inner.x0 - outer.x0, outer.x1 - inner.x1, inner.y0 - outer.y0, outer.y1 - inner.y1];
    if (gaps.some((gap) => gap < -NO_SIDE || gap > MAX_RULE_THICKNESS)) continue;
    const [leftGap, rightGap, topGap, bottomGap] = gaps as [number, number, number, number];
    const [left, right] = [(outer.x0 + inner.x0) / 2, (outer.x1 + inner.x1) / 2];
    const [top, bottom] = [(outer.y0 + inner.y0) / 2, (outer.y1 + inner.y1) / 2];
    if (topGap > NO_SIDE) add({ x0: left, y0: top, x1: right, y1: top });
    if (bottomGap > NO_SIDE) add({ x0: left, y0: bottom, x1: right, y1: bottom });
    if (leftGap > NO_SIDE) add({ x0: left, y0: top, x1: left, y1: bottom });
    if (rightGap > NO_SIDE) add({ x0: right, y0: top, x1: right, y1: bottom });
  }
}

/** Walks one path buffer: segments go to `onSegment`, closed shapes' corners to `onShape`. */
function readPath(
  buffer: ArrayLike<number>,
  toPage: (x: number, y: number) => [number, number],
  onSegment: ((ax: number, ay: number, bx: number, by: number) => void) | null,
  onShape: ((points: [number, number][]) => void) | null,
): void {
  let shape: [number, number][] = [];
  let current: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  const flush = (): void => {
    if (onShape && shape.length >= 3) onShape(shape);
    shape = [];
  };
  for (let k = 0; k < buffer.length; ) {
    const code = buffer[k++];
    if (code === MOVE_TO) {
      flush();
      current = toPage(buffer[k] ?? 0, buffer[k + 1] ?? 0);
      start = current;
      shape.push(current);
      k += 2;
    } else if (code === LINE_TO) {
      const next = toPage(buffer[k] ?? 0, buffer[k + 1] ?? 0);
      onSegment?.(current[0], current[1], next[0], next[1]);
      current = next;
      shape.push(current);
      k += 2;
    } else if (code === CURVE_TO) {
      current = toPage(buffer[k + 4] ?? 0, buffer[k + 5] ?? 0);
      shape = []; // curved shapes are not table borders
      k += 6;
    } else if (code === QUADRATIC_CURVE_TO) {
      current = toPage(buffer[k + 2] ?? 0, buffer[k + 3] ?? 0);
      shape = [];
      k += 4;
    } else if (code === CLOSE_PATH) {
      onSegment?.(current[0], current[1], start[0], start[1]);
      current = start;
      flush();
    } else {
      break; // an unknown code: stop rather than misread the coordinates
    }
  }
  flush();
}
