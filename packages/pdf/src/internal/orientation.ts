/** A 2-D affine matrix `[a, b, c, d, e, f]`: a point (x, y) goes to (ax + cy + e, bx + dy + f). */
export type Matrix = [number, number, number, number, number, number];

/** `m` then `n`: the matrix that applies `m` first. */
export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** How a page is shown: from PDF user space to top-down points as displayed, and the shown size. */
export interface PageFrame {
  matrix: Matrix;
  width: number;
  height: number;
}

/**
 * The page as a viewer shows it: the crop box (`view`, PDF user space) turned by the page's
 * `/Rotate` (a multiple of 90, clockwise), with y counted down from the top-left corner. Without
 * this, a landscape table stored sideways on a portrait page with `/Rotate 90` reads transposed.
 */
export function displayFrame(view: readonly number[], rotate = 0): PageFrame {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  const width = x1 - x0;
  const height = y1 - y0;
  switch ((((Math.round(rotate / 90) % 4) + 4) % 4) as 0 | 1 | 2 | 3) {
    case 1:
      return { matrix: [0, 1, 1, 0, -y0, -x0], width: height, height: width };
    case 2:
      return { matrix: [-1, 0, 0, 1, x1, -y0], width, height };
    case 3:
      return { matrix: [0, -1, -1, 0, y1, x1], width: height, height: width };
    default:
      return { matrix: [1, 0, 0, -1, -x0, y1], width, height };
  }
}

/**
 * Direction of text on the shown page, in quarter turns clockwise from left-to-right: 0 reads
 * rightwards, 1 downwards, 2 leftwards (upside down), 3 upwards.
 */
export type Quarter = 0 | 1 | 2 | 3;

/** The quarter turn nearest to the direction (dx, dy), top-down coordinates. */
export function quarterOf(dx: number, dy: number): Quarter {
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 0 : 2;
  return dy > 0 ? 1 : 3;
}

/**
 * The frame turned so that text running in direction `quarter` reads left to right: a table
 * printed sideways (text running up or down the shown page) is read as it would be with the
 * page turned.
 */
export function turnFrame(frame: PageFrame, quarter: Quarter): PageFrame {
  const { width: w, height: h } = frame;
  if (quarter === 0) return frame;
  if (quarter === 1) return { matrix: multiply(frame.matrix, [0, -1, 1, 0, 0, w]), width: h, height: w };
  if (quarter === 2) return { matrix: multiply(frame.matrix, [-1, 0, 0, -1, w, h]), width: w, height: h };
  return { matrix: multiply(frame.matrix, [0, 1, -1, 0, h, 0]), width: h, height: w };
}

/**
 * The direction most of a page's characters run in (counts per quarter, as `readOperatorList`
 * gives them), when that is not left to right and holds more than half of them; else 0.
 */
export function readingQuarter(counts: readonly number[]): Quarter {
  const total = counts.reduce((sum, count) => sum + count, 0);
  let best: Quarter = 0;
  for (const quarter of [1, 2, 3] as const) {
    if ((counts[quarter] ?? 0) > (counts[best] ?? 0)) best = quarter;
  }
  return 2 * (counts[best] ?? 0) > total ? best : 0;
}
