import { readFileSync } from "node:fs";

/** One row of fixtures/normalize/gold.tsv: a function, its input, the expected JSON result. */
export interface GoldRow {
  fn: string;
  input: string;
  expected: unknown;
  note: string;
  line: number;
}

const unescapeCell = (cell: string): string => cell.replace(/\\n/g, "\n");

export function readGoldTable(): GoldRow[] {
  const text = readFileSync(new URL("../../../fixtures/normalize/gold.tsv", import.meta.url), "utf8");
  const [header, ...lines] = text.split("\n").filter((line) => line !== "");
  if (header !== "function\tinput\texpected\tnote") throw new Error(`unexpected gold.tsv header: ${header}`);
  return lines.map((line, index) => {
    const [fn = "", input = "", expected = "", note = ""] = line.split("\t");
    return { fn, input: unescapeCell(input), expected: JSON.parse(expected), note, line: index + 2 };
  });
}
