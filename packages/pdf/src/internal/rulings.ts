import type { Ruling } from "../types.js";

/** The PDF.js operator codes this module reads (`OPS` of the loaded build, passed in). */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  setStrokeRGBColor: number;
  setFillRGBColor: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];

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

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const isWhite = (color: unknown): boolean => typeof color === "string" && /^#?f{6}$/i.test(color);

/**
 * Horizontal and vertical ruling lines of a page from its operator list: stroked lines and the
 * edges of stroked rectangles, and filled thin rectangles (borders are often drawn that way).
 * The current transformation matrix is tracked through save/restore/transform because path
 * coordinates are in user space. Output is in top-down page coordinates (origin top left).
 */
export function extractRulings(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: PathOps,
  view: readonly number[],
): Ruling[] {
  const [vx0 = 0, , , vy1 = 0] = view;
  const rulings: Ruling[] = [];
  const stack: { ctm: Matrix; stroke: unknown; fill: unknown }[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let strokeColor: unknown = "#000000";
  let fillColor: unknown = "#000000";

  const toPage = (x: number, y: number): [number, number] => [
    ctm[0] * x + ctm[2] * y + ctm[4] - vx0,
    vy1 - (ctm[1] * x + ctm[3] * y + ctm[5]),
  ];
  const addSegment = (ax: number, ay: number, bx: number, by: number): void => {
    if (Math.abs(ay - by) <= AXIS_TOLERANCE && Math.abs(ax - bx) >= MIN_RULE_LENGTH) {
      const y = (ay + by) / 2;
      rulings.push({ x0: Math.min(ax, bx), y0: y, x1: Math.max(ax, bx), y1: y });
    } else if (Math.abs(ax - bx) <= AXIS_TOLERANCE && Math.abs(ay - by) >= MIN_RULE_LENGTH) {
      const x = (ax + bx) / 2;
      rulings.push({ x0: x, y0: Math.min(ay, by), x1: x, y1: Math.max(ay, by) });
    }
  };
  const addFilledBox = (points: [number, number][]): void => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const y0 = Math.min(...ys);
    const y1 = Math.max(...ys);
    const width = x1 - x0;
    const height = y1 - y0;
    if (height <= MAX_RULE_THICKNESS && width >= MIN_RULE_LENGTH) {
      rulings.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 });
    } else if (width <= MAX_RULE_THICKNESS && height >= MIN_RULE_LENGTH) {
      rulings.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 });
    } else if (width >= MIN_RULE_LENGTH && height >= MIN_RULE_LENGTH) {
      // A shaded box: its edges bound a cell like drawn borders do.
      addSegment(x0, y0, x1, y0);
      addSegment(x0, y1, x1, y1);
      addSegment(x0, y0, x0, y1);
      addSegment(x1, y0, x1, y1);
    }
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
    if (fn === ops.save) stack.push({ ctm, stroke: strokeColor, fill: fillColor });
    else if (fn === ops.restore) {
      const top = stack.pop();
      if (top) ({ ctm, stroke: strokeColor, fill: fillColor } = top);
    } else if (fn === ops.transform && args) ctm = multiply(args as Matrix, ctm);
    else if (fn === ops.setStrokeRGBColor && args) strokeColor = args[0];
    else if (fn === ops.setFillRGBColor && args) fillColor = args[0];
    else if (fn === ops.constructPath && args) {
      const paintOp = args[0] as number;
      const stroked = strokeOps.has(paintOp);
      const filled = fillOps.has(paintOp);
      if (!stroked && !filled) continue; // clip-only paths and invisible ones
      if ((stroked && isWhite(strokeColor)) || (filled && isWhite(fillColor))) continue;
      const buffer = (args[1] as unknown[] | undefined)?.[0];
      if (!(buffer instanceof Float32Array) && !Array.isArray(buffer)) continue;
      readPath(
        buffer as ArrayLike<number>,
        toPage,
        stroked ? addSegment : null,
        filled ? addFilledBox : null,
      );
    }
  }
  return rulings;
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
