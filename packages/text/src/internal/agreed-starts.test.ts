import { describe, expect, test } from "vitest";
import { agreedStarts } from "./agreed-starts.js";

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
