import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COLUMN_DESCRIPTIONS, TABLE_COLUMNS, TABLE_NAMES } from "@lianzheng/dataset";
import { cliPath, readCsv, repoRoot as root } from "@lianzheng/test-support";
import { Package } from "datapackage";
import initSqlJs, { type Database } from "sql.js";
import { beforeAll, describe, expect, it } from "vitest";

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
    expect(inputs).toContain("seeds/001_6bac756fe4f12e99.txt");
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

describe("CSV in a spreadsheet", () => {
  it("writes no id or measure label that a spreadsheet would read as a number (8.10 → 8.1)", () => {
    const numberLike = /^[+-]?(\d+\.?\d*|\.\d+)$/;
    for (const table of TABLE_NAMES) {
      const [header = [], ...body] = readCsv(readFileSync(join(out, `csv/${table}.csv`), "utf8").slice(1));
      header.forEach((name, column) => {
        const textual = TABLE_COLUMNS[table].find((c) => c.name === name)?.type === "TEXT";
        if (!textual || !(name === "id" || name.endsWith("_id") || name === "measure")) return;
        const coerced = body.map((row) => row[column] ?? "").filter((cell) => numberLike.test(cell));
        expect(coerced, `${table}.${name}`).toEqual([]);
      });
    }
    const [header = [], ...measures] = readCsv(readFileSync(join(out, "csv/measures.csv"), "utf8").slice(1));
    const labels = measures.map((row) => row[header.indexOf("measure")]);
    expect(labels).toContain("M8.10");
    expect(labels).toContain("M8.20");
  });
});

// Checked with Frictionless' own JavaScript library (datapackage 1.1.10): the descriptor against
// the Tabular Data Package profile, then every CSV row cast to its Table Schema with the foreign
// keys resolved. That library does not skip a UTF-8 byte-order mark (Python's frictionless does),
// so it reads copies of the CSVs without one.
describe("datapackage.json", () => {
  it("describes every column of every table, with a type and a description", () => {
    const descriptor = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual(
      TABLE_NAMES.map((t) => `csv/${t}.csv`),
    );
    for (const table of TABLE_NAMES) {
      const described = Object.keys(COLUMN_DESCRIPTIONS[table]).sort();
      expect(described, table).toEqual(TABLE_COLUMNS[table].map((column) => column.name).sort());
    }
    for (const resource of descriptor.resources) {
      for (const field of resource.schema.fields)
        expect(field.description, `${resource.name}.${field.name}`).not.toBe("");
      expect(resource.schema.primaryKey).toBe("id");
    }
    expect(descriptor.licenses[0].name).toBeTruthy();
    expect(descriptor.sources.length).toBe(rows("SELECT count(*) FROM documents")[0]?.[0]);
  });

  it("validates, and every CSV row fits its schema and its foreign keys", async () => {
    const copy = mkdtempSync(join(tmpdir(), "lianzheng-datapackage-"));
    cpSync(join(out, "datapackage.json"), join(copy, "datapackage.json"));
    mkdirSync(join(copy, "csv"));
    for (const name of readdirSync(join(out, "csv"))) {
      writeFileSync(
        join(copy, "csv", name),
        readFileSync(join(out, "csv", name), "utf8").replace(/^\uFEFF/, ""),
      );
    }
    const dataPackage = await Package.load(join(copy, "datapackage.json"), { strict: true });
    expect(dataPackage.errors.map(String)).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    for (const resource of dataPackage.resources) {
      const read = await resource.read({ cast: true, relations: true, keyed: true });
      expect(read.length, resource.name).toBe(
        rows(`SELECT count(*) FROM "${resource.name.replaceAll("-", "_")}"`)[0]?.[0],
      );
    }
  });

  it("would fail a row that breaks its schema (the check can fail)", async () => {
    const copy = mkdtempSync(join(tmpdir(), "lianzheng-datapackage-bad-"));
    cpSync(join(out, "datapackage.json"), join(copy, "datapackage.json"));
    mkdirSync(join(copy, "csv"));
    for (const name of readdirSync(join(out, "csv"))) {
      let text = readFileSync(join(out, "csv", name), "utf8").replace(/^\uFEFF/, "");
      if (name === "strategies.csv")
        text = text.replace(/\r\n([^,\r\n]+),([^,\r\n]+),\d+,/, "\r\n$1,$2,nine,");
      writeFileSync(join(copy, "csv", name), text);
    }
    const dataPackage = await Package.load(join(copy, "datapackage.json"), { strict: true });
    const strategies = dataPackage.getResource("strategies");
    await expect(strategies?.read({ cast: true })).rejects.toThrow();
  });
});
