import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runParseTask } from "./parse-task.js";

const dir = mkdtempSync(join(tmpdir(), "lianzheng-fuzz-"));
const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), "utf8");
const plan = seed("001_6bac756fe4f12e99.txt");
const report = seed("003_2d62c1db8ab3e0f0.txt");
let counter = 0;

/** Parse bytes through the whole pipeline (reader, detection, parser, validation). */
async function outcomeOf(content: string | Uint8Array) {
  const path = join(dir, `input-${counter++}.txt`);
  writeFileSync(path, content);
  return runParseTask({ path, options: {}, reusable: new Set() });
}

// Pieces of the real documents, cut and shuffled, so the parsers meet their own structures broken.
const documentSlices = fc
  .array(
    fc.tuple(fc.constantFrom(plan, report), fc.nat(), fc.nat({ max: 3000 })).map(([text, start, length]) => {
      const from = start % text.length;
      return text.slice(from, from + length);
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join("\n"));
const noise = fc.string({
  unit: fc.constantFrom("\t", "\n", " ", "序次", "(一)", "1.", "具體策略", "<p>", "</p>", "|", "--"),
});

// Titles that send the text to each parser (detection reads the title and the table header).
const titles = fc.constantFrom(
  "",
  "國家廉政建設行動方案\n\n具體策略\t執行措施\t績效目標\t辦理機關\n",
  "國家廉政建設行動方案 107 年執行情形\n",
);

describe("runParseTask on arbitrary input", () => {
  it("fails only with a ParseError, never with a bug, whatever the bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const outcome = await outcomeOf(bytes);
        if (outcome.result === "failed") expect(outcome.error).not.toContain("[internal_error]");
      }),
      { numRuns: 150 },
    );
  });

  it("parses or refuses cut and shuffled plans and reports without a bug", async () => {
    await fc.assert(
      fc.asyncProperty(titles, documentSlices, noise, async (title, text, extra) => {
        const outcome = await outcomeOf(`${title}${text}${extra}`);
        if (outcome.result === "failed") expect(outcome.error).not.toContain("[internal_error]");
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
