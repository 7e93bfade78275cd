import { readFileSync } from "node:fs";

/** The 107 target and achievement texts of seed 003 (with their continuation lines), one per record that has them. */
export interface ReportText {
  seq: number;
  field: "target" | "achievement";
  text: string;
}

export function readSeed003Texts(): ReportText[] {
  const seed = readFileSync(new URL("../../../seeds/003_2d62c1db8ab3e0f0.txt", import.meta.url), "utf8");
  const texts: ReportText[] = [];
  let seq = 0;
  // The value being read: a target or achievement runs on over lines without a label of their own
  // (a page break leaves `<TAB>3. …`, lists continue on lines of their own) until the next label.
  let open: ReportText | null = null;
  for (const line of seed.split("\n")) {
    const [key = "", ...rest] = line.split("\t");
    const value = rest.join("\t");
    const labelled = line.includes("\t") && key.trim() !== "";
    if (!labelled) {
      if (open && line.trim() !== "") open.text += `\n${line}`;
      continue;
    }
    open = null;
    if (key === "序次") seq = Number(value);
    else if (/^107\s*年績效目標值$/.test(key)) open = { seq, field: "target", text: value };
    else if (/^107\s*年度.*績效目標達成情形$/.test(key)) open = { seq, field: "achievement", text: value };
    if (open) texts.push(open);
  }
  return texts;
}
