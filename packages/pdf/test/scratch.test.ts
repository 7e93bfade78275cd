import { readFileSync, writeFileSync } from "node:fs";
import { readText } from "@lianzheng/layout";
import { test } from "vitest";
import { readPdf } from "../src/index.js";
const pairs: [string, string][] = [["plan-2023-zh", "001_6bac756fe4f12e99"], ["plan-2023-en-strategy9", "000_b54d29a4c767afd7"], ["report-2018-zh", "003_2d62c1db8ab3e0f0"], ["plan-2023-zh-unruled", "001_6bac756fe4f12e99"]];
for (const [name, seed] of pairs) {
  test(name, async () => {
    const file = `../../fixtures/pdf/${name}.pdf`;
    const doc = await readPdf(readFileSync(file), { file });
    const text = readText(readFileSync(`../../seeds/${seed}.txt`, "utf8"));
    const flat = (d: typeof doc) => d.blocks.flatMap((b) => b.kind === "table" ? [`TABLE ${JSON.stringify(b.header)}`, ...b.rows.map((r) => r.cells.map((c) => c.text).join(" ¦ "))] : [`${b.kind}: ${b.text}`]);
    writeFileSync(`/tmp/pv/${name}.pdf.txt`, flat(doc).join("\n") + "\n" + JSON.stringify(doc.warnings));
    writeFileSync(`/tmp/pv/${name}.seed.txt`, flat(text).join("\n") + "\n" + JSON.stringify(text.warnings));
  });
}
