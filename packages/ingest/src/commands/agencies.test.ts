import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Document } from "@lianzheng/model";
import { captureOutput } from "@lianzheng/test-support";
import { describe, expect, it } from "vitest";
import { UsageError } from "../usage.js";
import { findUnresolvedMentions, run } from "./agencies.js";

const output = captureOutput();

const source = { path: "plan.txt", format: "text", sha256: "0".repeat(64), bytes: 1 } as const;

function planWith(cells: { zh: string; en?: string }[]): Document {
  return {
    id: "action-plan.zh-hant.0000000000000000",
    kind: "action-plan",
    language: "zh-Hant",
    title: "國家廉政建設行動方案",
    source,
    warnings: [],
    goals: [],
    sections: [],
    strategies: [
      {
        number: 9,
        title: "推動國際合作",
        measures: cells.map((cell, i) => ({
          id: `9.${i + 1}`,
          strategy: 9,
          number: i + 1,
          text: "措施",
          performanceGoals: [],
          agencies: [],
          agencyText: cell.zh,
          provenance: { lines: [10 + i, 10 + i] },
          ...(cell.en === undefined
            ? {}
            : { translations: { en: { text: "m", performanceGoals: [], agencyText: cell.en } } }),
        })),
      },
    ],
  };
}

describe("lianzheng agencies", () => {
  it("lists the registry, one agency a line", async () => {
    expect(await run([])).toBe(0);
    const lines = output.out.trimEnd().split("\n");
    expect(lines).toContain(
      "moj-aac\t法務部廉政署\tAgency Against Corruption, Ministry of Justice\tmoj\tagency",
    );
    expect(lines.length).toBeGreaterThan(50);
  });

  it("lists the registry as JSON with --json", async () => {
    expect(await run(["--json"])).toBe(0);
    const agencies = JSON.parse(output.out) as { id: string }[];
    expect(agencies.map((a) => a.id)).toContain("amlo");
  });

  it("--resolve prints the match and its confidence", async () => {
    expect(await run(["--resolve", "MOJ AAC"])).toBe(0);
    expect(output.out).toBe("moj-aac\t0.81\t法務部廉政署\tAgency Against Corruption, Ministry of Justice\n");
  });

  it("--resolve exits 1 and says so when nothing matches", async () => {
    expect(await run(["--resolve", "保密局"])).toBe(1);
    expect(output.out).toBe('no agency matches "保密局"\n');
  });

  it("rejects wrong calls with a UsageError", async () => {
    await expect(run(["--resolve"])).rejects.toBeInstanceOf(UsageError);
    await expect(run(["--unresolved"])).rejects.toBeInstanceOf(UsageError);
    await expect(run(["--resolve", "x", "--unresolved", "seeds"])).rejects.toBeInstanceOf(UsageError);
    await expect(run(["MOJ", "AAC"])).rejects.toBeInstanceOf(UsageError);
    await expect(run(["--bogus"])).rejects.toBeInstanceOf(UsageError);
  });

  it("--unresolved prints nothing and exits 0 for documents whose agencies all resolve", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lianzheng-agencies-"));
    try {
      writeFileSync(join(dir, "note.txt"), "一份沒有辦理機關的文件\n");
      expect(await run(["--unresolved", dir])).toBe(0);
      expect(output.out).toBe("");
      expect(output.err).toBe("");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("findUnresolvedMentions", () => {
  it("finds nothing when every mention resolves, in both languages", () => {
    const plan = planWith([
      {
        zh: "主辦機關：法務部(廉政署) 協辦機關：外交部",
        en: "Authority in charge: the Ministry of Justice (Agency Against Corruption)",
      },
      { zh: "法務部(檢察司、調查局)" },
    ]);
    expect(findUnresolvedMentions(plan)).toEqual([]);
  });

  it("lists each mention that did not resolve with where it is", () => {
    const plan = planWith([
      { zh: "法務部(廉政署)、臺北市政府", en: "the Ministry of Justice and the Bureau of Nowhere" },
      { zh: "" },
    ]);
    expect(findUnresolvedMentions(plan).map(({ where, line, name }) => ({ where, line, name }))).toEqual([
      { where: "measure 9.1", line: 10, name: "臺北市政府" },
      { where: "measure 9.1 (en)", line: undefined, name: "the Bureau of Nowhere" },
    ]);
  });

  it("gives each mention the resolver's warning about that mention (its subject), not the n-th", () => {
    const plan = planWith([{ zh: "主辦機關：臺北市政府、法務部(廉政署)、高雄市政府 協辦機關：" }]);
    const found = findUnresolvedMentions(plan);
    expect(found.map((mention) => mention.name)).toEqual(["臺北市政府", "高雄市政府"]);
    for (const mention of found) expect(mention.message).toContain(`"${mention.name}"`);
  });
});
