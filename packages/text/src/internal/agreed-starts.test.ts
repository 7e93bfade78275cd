import { describe, expect, test } from "vitest";
import { agreedStarts, learnStarts } from "./agreed-starts.js";

describe("agreedStarts", () => {
  test("a line read one way teaches every start it has", () => {
    expect(agreedStarts([{ at: [0, 10, -1, 37, 46] }])).toEqual([0, 10, -1, 37, 46]);
  });

  test("a line read two ways teaches only the starts its readings share", () => {
    // `）。 協辦機關 2. 召開研商會議`: agency | indicator (協辦機關) | target (2.), or
    // agency (）。 協辦機關) | indicator (2.): where the indicator and target start is not known.
    const readings = [{ at: [10, 23, 37, 40, 46] }, { at: [10, 23, 37, 46, -1] }];
    expect(agreedStarts(readings)).toEqual([10, 23, 37, -1, -1]);
  });

  test("no reading, no starts", () => {
    expect(agreedStarts([])).toEqual([]);
  });
});

describe("learnStarts", () => {
  test("a column's start replaces that column's starts an earlier row set elsewhere", () => {
    // A row pulled left set its target (column 5) at 43; the next row sets it at 47, its
    // indicator (column 4) at 41: text at 43 is no longer known to be the target's.
    const aligned = new Map<number, number>();
    learnStarts(aligned, [-1, 4, 17, 30, 37, 43]);
    learnStarts(aligned, [-1, 4, 19, 32, 41, 47]);
    expect(aligned.get(43)).toBeUndefined();
    expect(aligned.get(47)).toBe(5);
    expect(aligned.get(41)).toBe(4);
  });

  test("keeps the row's own starts a grid column or two apart", () => {
    // `金融監督管 1. 辦理宣` (indicator at 34), then `理委員會 導活動場` (at 33): `次。 2. 參` at 34
    // on the row's next line is still the indicator's.
    const aligned = new Map<number, number>();
    learnStarts(aligned, [0, 5, 18, 28, 34, 41]);
    learnStarts(aligned, [0, 5, 18, 28, 33, 38]);
    expect(aligned.get(34)).toBe(4);
    expect(aligned.get(33)).toBe(4);
  });
});
