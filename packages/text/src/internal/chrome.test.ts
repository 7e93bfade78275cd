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

  it("finds the running head of a two-page text, which meets one page boundary, by the top of the first page", () => {
    // WeasyPrint: the running head, then the title (the same words) on page 1; page 2 opens with
    // the head, then a table row cut by the page break goes on.
    const two = [
      "                          國家廉政建設行動方案",
      "",
      "                   國家廉政建設行動方案",
      "肆、具體作為",
      "1. 落實機關廉政風險評估     1. 各機關針對易滋弊端業務辦理",
      "",
      "                           第 1 頁／共 2 頁",
      "\f                       國家廉政建設行動方案",
      "",
      "2. 推動行政透明，防杜不當   推動機關業務流程公開透明",
      "",
      "                        第 2 頁／共 2 頁",
      "\f",
    ];
    expect(
      findChrome(two)
        .chrome.map((marked, index) => (marked ? index : -1))
        .filter((i) => i >= 0),
    ).toEqual([6, 7, 11]);
    // A first line of other words leaves a head met once for text.
    const other = two.map((line, index) => (index === 0 ? "某某計畫" : line));
    expect(findChrome(other).chrome[7]).toBe(false);
  });

  it("marks the first page's running head set right over the title it repeats, not the title", () => {
    // Chromium on A5 with small margins: no blank line between the head and the title, so the
    // two were read as one title of the words twice.
    const lines = [...page(1), ...page(2), ...page(3)];
    lines.splice(0, 2, "                         國家廉政建設行動方案", "    國家廉政建設行動方案");
    const { chrome } = findChrome(lines);
    expect([chrome[0], chrome[1]]).toEqual([true, false]);
    // With a blank line between, the first page's head stays (read as the title, as before).
    const apart = [...page(1), ...page(2), ...page(3)];
    apart.splice(0, 2, "                         國家廉政建設行動方案", "", "    國家廉政建設行動方案");
    expect(findChrome(apart).chrome[0]).toBe(false);
  });
});

describe("findChrome: a saved web page's top", () => {
  // The law database's page made a Word document (fixtures/text/producers/word/*-lawdb): the
  // page's title with the site's name, wrapped, over the breadcrumb; the document's own title below.
  const top = [
    "行政院 108 年 9 月 11 日院臺法字第 1080029452 號",
    "          函核定 - 全國法規資料庫",
    "首頁 > 法規內容",
    "行政院 108 年 9 月 11 日院臺法字第 1080029452 號函核定",
    "國家廉政建設行動方案 107 年執行情形",
  ];
  const marked = (lines: string[]) => findChrome(lines).chrome.slice(0, lines.length);

  it("marks the site's title and breadcrumb, not the document's title", () => {
    expect(marked(top)).toEqual([true, true, true, false, false]);
    expect(
      marked(["  國家廉政建設行動方案（核定本） - 全國法規資料庫", "首頁 > 法規內容", "", "壹、依據"]),
    ).toEqual([true, true, false, false]);
  });

  it("marks nothing where the lines above the breadcrumb name no site, or no breadcrumb follows", () => {
    expect(marked(["國家廉政建設行動方案", ...top.slice(2)])).toEqual([false, false, false, false]);
    expect(marked([top[0] as string, top[1] as string, ...top.slice(3)])).toEqual([
      false,
      false,
      false,
      false,
    ]);
    // A breadcrumb further down than a title's few lines is the document's text.
    expect(marked(["一", "二", "三", "四", "首頁 > 法規內容"])).toEqual([false, false, false, false, false]);
  });
});
