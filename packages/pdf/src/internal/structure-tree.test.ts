import { describe, expect, test } from "vitest";
import { tablesOfStructTree } from "./structure-tree.js";

// Trees in the shape PDF.js's page.getStructTree() gives: { role, children } elements and
// { type: "content", id: "p<page object>_mc<MCID>" } leaves.
const content = (mcid: number, page = "10R") => ({ type: "content", id: `p${page}_mc${mcid}` });
const el = (role: string, ...children: unknown[]) => ({ role, children });
const cell = (role: "TD" | "TH", ...mcids: number[]) => el(role, el("P", ...mcids.map((m) => content(m))));

describe("tablesOfStructTree", () => {
  test("rows and cells of a table, under row groups too, with their MCIDs on this page", () => {
    const tree = el(
      "Root",
      el(
        "Document",
        el("H1", content(0)),
        el(
          "Table",
          el("THead", el("TR", cell("TH", 1), cell("TH", 2))),
          el("TBody", el("TR", cell("TD", 3, 4), cell("TD", 5)), el("TR", cell("TD", 6))),
        ),
      ),
    );
    expect(tablesOfStructTree(tree, "10R", 1000)).toEqual([
      {
        columns: 2,
        rowCount: 3,
        rows: [
          {
            index: 0,
            cells: [
              { header: true, mcids: [1] },
              { header: true, mcids: [2] },
            ],
          },
          {
            index: 1,
            cells: [
              { header: false, mcids: [3, 4] },
              { header: false, mcids: [5] },
            ],
          },
          { index: 2, cells: [{ header: false, mcids: [6] }] },
        ],
      },
    ]);
  });

  test("content of other pages is left out, and rows with none on this page too (keeping indexes)", () => {
    const tree = el(
      "Table",
      el("TR", el("TD", content(1, "8R")), el("TD", content(2, "8R"))),
      el("TR", el("TD", content(3, "8R")), el("TD", content(0, "10R"))),
    );
    expect(tablesOfStructTree(tree, "10R", 1000)).toEqual([
      {
        columns: 2,
        rowCount: 2,
        rows: [
          {
            index: 1,
            cells: [
              { header: false, mcids: [] },
              { header: false, mcids: [0] },
            ],
          },
        ],
      },
    ]);
  });

  test("no table, no tree, or junk: no tables", () => {
    expect(tablesOfStructTree(el("Root", el("P", content(0))), "10R", 1000)).toEqual([]);
    expect(tablesOfStructTree(null, "10R", 1000)).toEqual([]);
    expect(tablesOfStructTree({ role: "Table", children: "x" }, "10R", 1000)).toEqual([]);
    expect(
      tablesOfStructTree(el("Table", el("TR", el("TD", { type: "content", id: 7 }))), "10R", 10),
    ).toEqual([]);
  });

  test("a tree past the node budget is too_large, however it is shaped", () => {
    const wide = el("Table", ...Array.from({ length: 200 }, (_, i) => el("TR", cell("TD", i))));
    expect(tablesOfStructTree(wide, "10R", 100)).toBe("too_large");
    // A node shared by both children of every level: 2^40 paths, a budget's worth of visits.
    let shared: unknown = cell("TD", 1);
    for (let level = 0; level < 40; level++) shared = el("Div", shared, shared);
    expect(tablesOfStructTree(el("Table", el("TR", el("TD", shared))), "10R", 10_000)).toBe("too_large");
  });

  test("runs from its own source text (it is sent to the PDF.js child that way)", () => {
    const again = new Function(`return (${String(tablesOfStructTree)})`)() as typeof tablesOfStructTree;
    expect(again(el("Table", el("TR", cell("TD", 4))), "10R", 100)).toEqual([
      { columns: 1, rowCount: 1, rows: [{ index: 0, cells: [{ header: false, mcids: [4] }] }] },
    ]);
  });
});
