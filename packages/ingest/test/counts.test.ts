import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import initSqlJs, { type Database } from "sql.js";
import { beforeAll, describe, expect, it } from "vitest";
import { cliPath, root } from "./support/cli.js";
import { readCsv } from "./support/csv.js";

// `pnpm ingest` as the README runs it (the same inputs as the root package.json's script), then
// the README's queries on the SQLite file: each document counted once, whatever forms it came in.
const script: string = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts.ingest;
const inputs = (/cli\.js ingest (.*?) --out/.exec(script)?.[1] ?? "").split(" ").flatMap((arg) => {
  if (!arg.includes("*")) return [arg];
  const [dir, pattern] = [arg.slice(0, arg.lastIndexOf("/")), arg.slice(arg.lastIndexOf("/") + 1)];
  const suffix = pattern.replace("*", "");
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith(suffix))
    .map((name) => `${dir}/${name}`);
});

const readme = readFileSync(join(root, "packages/ingest/README.md"), "utf8");
/** The README's numbered query, as written there. */
function query(number: number): string {
  const start = readme.indexOf(`-- ${number}. `);
  const end = readme.indexOf(";", start);
  return readme.slice(start, end + 1);
}

const out = join(mkdtempSync(join(tmpdir(), "lianzheng-counts-")), "out");
let db: Database;
let manifest: { inputs: { path: string; documentId: string | null; copyOf?: string; status: string }[] };

beforeAll(async () => {
  const run = spawnSync(process.execPath, [cliPath, "ingest", ...inputs, "--out", out, "--quiet"], {
    cwd: root,
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
  db = new (await initSqlJs()).Database(readFileSync(join(out, "lianzheng.sqlite")));
}, 180_000);

const rows = (sql: string) => db.exec(sql)[0]?.values ?? [];

describe("pnpm ingest, then the README's queries", () => {
  it("reads the 2023 plan in three forms and keeps one canonical document", () => {
    expect(inputs).toContain("seeds");
    const plans = manifest.inputs.filter(
      (entry) => entry.path.includes("001_6bac756fe4f12e99") || /plan-2023-zh/.test(entry.path),
    );
    expect(plans).toHaveLength(3);
    const canonical = plans.find((entry) => entry.copyOf === undefined);
    expect(canonical?.path).toBe("seeds/001_6bac756fe4f12e99.txt");
    for (const copy of plans.filter((entry) => entry !== canonical))
      expect(copy.copyOf).toBe(canonical?.documentId);
  });

  it("query 1: 法務部廉政署 leads or executes 22 measures in the 2023 plan", () => {
    const result = rows(query(1));
    const aac = result.find(([name]) => name === "法務部廉政署");
    expect(aac?.[2]).toBe(22);
    // Counted from the seed's own text: the 辦理機關 cells naming 廉政署 as 主辦 or 執行.
    expect(result[0]?.[0]).toBe("法務部廉政署");
  });

  it("query 2: each record's evaluation once", () => {
    const result = rows(query(2));
    expect(result.length).toBeGreaterThan(0);
    const perRecord = new Map<string, number>();
    for (const [year, seq, target, actual] of result) {
      const key = `${year}/${seq}/${target}/${actual}`;
      perRecord.set(key, (perRecord.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perRecord.values())).toBe(1);
    expect(
      new Set(
        rows("SELECT year FROM documents WHERE kind = 'execution-report' AND copy_of IS NULL").map(String),
      ).size,
    ).toBe(rows("SELECT year FROM documents WHERE kind = 'execution-report' AND copy_of IS NULL").length);
  });

  it("marks copies in documents.csv and in SQLite, with no content rows of their own", () => {
    const copies = manifest.inputs.filter((entry) => entry.copyOf !== undefined);
    expect(copies.length).toBeGreaterThanOrEqual(2);
    const [header = [], ...csvRows] = readCsv(readFileSync(join(out, "csv/documents.csv"), "utf8").slice(1));
    const copyOfColumn = header.indexOf("copy_of");
    expect(copyOfColumn).toBeGreaterThan(0);
    for (const copy of copies) {
      const row = csvRows.find((r) => r[0] === copy.documentId);
      expect(row?.[copyOfColumn], copy.path).toBe(copy.copyOf);
      expect(rows(`SELECT copy_of FROM documents WHERE id = '${copy.documentId}'`)).toEqual([[copy.copyOf]]);
      expect(rows(`SELECT count(*) FROM measures WHERE document_id = '${copy.documentId}'`)).toEqual([[0]]);
      expect(rows(`SELECT count(*) FROM report_records WHERE document_id = '${copy.documentId}'`)).toEqual([
        [0],
      ]);
    }
  });
});
