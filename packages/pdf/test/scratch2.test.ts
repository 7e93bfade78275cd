import { readFileSync } from "node:fs";
import { test } from "vitest";
import { extractPages } from "../src/index.js";
import { groupLines } from "../src/internal/lines.js";
test("debug", async () => {
  const pages = await extractPages(readFileSync(`../../fixtures/pdf/plan-2023-zh-unruled.pdf`));
  const p = pages[0]!;
  const pieces = groupLines(p.runs, 1);
  const start = pieces.findIndex((x) => x.text === "具體策略");
  for (const x of pieces.slice(start, start + 400)) if (x.y > 600) console.log(x.x0.toFixed(1), x.x1.toFixed(1), x.y.toFixed(1), x.fontSize, JSON.stringify(x.text));
});
