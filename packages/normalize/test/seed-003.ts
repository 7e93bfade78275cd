import { readFileSync } from "node:fs";

/** The 107 target and achievement texts of seed 003, one per record that has them. */
export interface ReportText {
  seq: number;
  field: "target" | "achievement";
  text: string;
}

export function readSeed003Texts(): ReportText[] {
  const seed = readFileSync(new URL("../../../seeds/003_2d62c1db8ab3e0f0.txt", import.meta.url), "utf8");
  const texts: ReportText[] = [];
  let seq = 0;
  for (const line of seed.split("\n")) {
    const [key = "", ...rest] = line.split("\t");
    const value = rest.join("\t");
    if (key === "序次") seq = Number(value);
    else if (/^107\s*年績效目標值$/.test(key)) texts.push({ seq, field: "target", text: value });
    else if (/^107\s*年度.*績效目標達成情形$/.test(key))
      texts.push({ seq, field: "achievement", text: value });
  }
  return texts;
}
