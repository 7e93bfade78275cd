import { describe, expect, test } from "vitest";
import { extractRulings, type PathOps } from "./rulings.js";

// Codes as PDF.js numbers them; the module takes them as an argument.
const OPS: PathOps = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
};
const END_PATH = 28;
const view = [0, 0, 600, 800];
const path = (paint: number, ...codes: number[]) => [paint, [Float32Array.from(codes)], null];

function rulingsOf(ops: Array<[number, unknown]>) {
  return extractRulings(
    ops.map(([fn]) => fn),
    ops.map(([, args]) => args),
    OPS,
    view,
  );
}

describe("extractRulings", () => {
  test("a stroked line, flipped to top-down coordinates", () => {
    expect(rulingsOf([[OPS.constructPath, path(OPS.stroke, 0, 50, 700, 1, 550, 700)]])).toEqual([
      { x0: 50, y0: 100, x1: 550, y1: 100 },
    ]);
  });

  test("a stroked rectangle gives its four edges", () => {
    const rect = path(OPS.stroke, 0, 100, 100, 1, 200, 100, 1, 200, 150, 1, 100, 150, 4);
    const rulings = rulingsOf([[OPS.constructPath, rect]]);
    expect(rulings).toHaveLength(4);
    expect(rulings).toContainEqual({ x0: 100, y0: 650, x1: 100, y1: 700 });
    expect(rulings).toContainEqual({ x0: 100, y0: 700, x1: 200, y1: 700 });
  });

  test("a filled thin rectangle is a line along its long side", () => {
    const rect = path(OPS.fill, 0, 100, 400, 1, 300, 400, 1, 300, 401, 1, 100, 401, 4);
    expect(rulingsOf([[OPS.constructPath, rect]])).toEqual([{ x0: 100, y0: 399.5, x1: 300, y1: 399.5 }]);
  });

  test("the transformation matrix applies and is restored", () => {
    const line = path(OPS.stroke, 0, 0, 0, 1, 0, 100);
    const rulings = rulingsOf([
      [OPS.save, null],
      [OPS.transform, [1, 0, 0, 1, 50, 100]],
      [OPS.constructPath, line],
      [OPS.restore, null],
      [OPS.constructPath, line],
    ]);
    expect(rulings).toEqual([
      { x0: 50, y0: 600, x1: 50, y1: 700 },
      { x0: 0, y0: 700, x1: 0, y1: 800 },
    ]);
  });

  test("clip-only, white, curved and diagonal paths are not rulings", () => {
    const rulings = rulingsOf([
      [OPS.constructPath, [END_PATH, [null], null]],
      [OPS.setStrokeRGBColor, ["#ffffff"]],
      [OPS.constructPath, path(OPS.stroke, 0, 10, 10, 1, 300, 10)],
      [OPS.setStrokeRGBColor, ["#000000"]],
      [OPS.constructPath, path(OPS.stroke, 0, 10, 10, 2, 20, 20, 30, 30, 40, 10)],
      [OPS.constructPath, path(OPS.stroke, 0, 10, 10, 1, 100, 100)],
    ]);
    expect(rulings).toEqual([]);
  });
});
