import { describe, expect, it } from "vitest";
import { findChrome } from "./chrome.js";

describe("findChrome: running heads and feet", () => {
  // Three pages; each ends with a cell's 。 wrapped onto a line of its own, then the page number,
  // and the next opens under the title as running head.
  const page = (n: number) => [
    `\f                    國家廉政建設行動方案`,
    "",
    ...Array.from({ length: 8 }, (_, row) => `${row + 1}. 研議第${n}頁第${row + 1}項   強化職權行使法規`),
    "                                  。",
    "",
    `                              -${n}-`,
  ];
  const lines = [...page(1), ...page(2), ...page(3)];

  it("takes the title on every page for a running head, never a 。 that ends a cell at every page foot", () => {
    const { chrome } = findChrome(lines);
    const marked = (text: string) =>
      lines.flatMap((line, index) => (line.trim().replace(/\f/gu, "") === text ? [chrome[index]] : []));
    expect(marked("國家廉政建設行動方案").slice(1)).toEqual([true, true]);
    expect(marked("。")).toEqual([false, false, false]);
  });
});
