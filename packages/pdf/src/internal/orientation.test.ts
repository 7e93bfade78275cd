import { describe, expect, test } from "vitest";
import { displayFrame, type Matrix, quarterOf, readingQuarter, turnFrame } from "./orientation.js";

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

describe("displayFrame", () => {
  // A crop box not at the origin, 200 wide and 100 high in user space.
  const view = [10, 20, 210, 120];

  test("unrotated: y counted down from the top-left corner", () => {
    const frame = displayFrame(view, 0);
    expect([frame.width, frame.height]).toEqual([200, 100]);
    expect(apply(frame.matrix, 10, 120)).toEqual([0, 0]);
    expect(apply(frame.matrix, 210, 20)).toEqual([200, 100]);
  });

  test("/Rotate 90 turns the page clockwise: the user-space bottom-left corner is shown top left", () => {
    const frame = displayFrame(view, 90);
    expect([frame.width, frame.height]).toEqual([100, 200]);
    expect(apply(frame.matrix, 10, 20)).toEqual([0, 0]);
    expect(apply(frame.matrix, 210, 120)).toEqual([100, 200]);
    // User space's x axis runs down the shown page.
    expect(apply(frame.matrix, 110, 20)).toEqual([0, 100]);
  });

  test("/Rotate 180 and 270 (and -90, 450) are the other quarter turns", () => {
    expect(apply(displayFrame(view, 180).matrix, 210, 20)).toEqual([0, 0]);
    expect(apply(displayFrame(view, 270).matrix, 210, 120)).toEqual([0, 0]);
    expect(displayFrame(view, -90)).toEqual(displayFrame(view, 270));
    expect(displayFrame(view, 450)).toEqual(displayFrame(view, 90));
  });
});

describe("turning a page whose text runs sideways", () => {
  test("the direction of a baseline, in quarter turns", () => {
    expect([quarterOf(1, 0), quarterOf(0, 1), quarterOf(-1, 0.1), quarterOf(0.2, -1)]).toEqual([0, 1, 2, 3]);
  });

  test("text running up the page reads left to right once turned; the page becomes landscape", () => {
    const frame = turnFrame(displayFrame([0, 0, 100, 200]), 3);
    expect([frame.width, frame.height]).toEqual([200, 100]);
    // A baseline from (10, 150) up to (10, 50) on the shown page (user y = 50 → 150).
    const [sx, sy] = apply(frame.matrix, 10, 50);
    const [ex, ey] = apply(frame.matrix, 10, 150);
    expect(ex - sx).toBeGreaterThan(0);
    expect(ey - sy).toBeCloseTo(0);
  });

  test("turns only when most characters run one other way", () => {
    expect(readingQuarter([0, 0, 0, 0])).toBe(0);
    expect(readingQuarter([10, 90, 0, 0])).toBe(1);
    expect(readingQuarter([60, 40, 0, 0])).toBe(0);
    expect(readingQuarter([40, 30, 0, 30])).toBe(0);
    expect(readingQuarter([1, 0, 0, 5])).toBe(3);
  });
});
