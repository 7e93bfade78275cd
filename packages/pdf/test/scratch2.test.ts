import { readFileSync } from "node:fs";
import { test } from "vitest";
import { extractPages } from "../src/index.js";
import { layoutPage } from "../src/internal/page.js";
test("bottoms", async () => {
  for (const name of ["report-2018-zh", "plan-2023-zh"]) {
    const pages = await extractPages(readFileSync(`../../fixtures/pdf/${name}.pdf`));
    for (const p of pages.slice(0, 8)) {
      const l = layoutPage(p);
      const tables = l.items.filter((i) => i.kind === "table");
      const last = tables.at(-1) as any;
      const lastText = last?.rows.at(-1)?.cells.map((c: any) => c.text.slice(-8)).join("|");
      const maxLine = Math.max(...p.runs.map((r) => r.y));
      console.log(name, p.page, last?.bottom.toFixed(1), lastText, "lowest run", maxLine.toFixed(1), "last table rows lines", last?.rows.length);
    }
  }
});
