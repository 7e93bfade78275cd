import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { TABLE_NAMES } from "@lianzheng/dataset";
import type { Document } from "@lianzheng/model";
import { cli, readCsv, repoRoot as root, snapshot } from "@lianzheng/test-support";
import initSqlJs from "sql.js";
import { beforeAll, describe, expect, it } from "vitest";
import { editionLineage } from "../src/editions.js";

// Seeds and fixtures in one run, as `pnpm ingest` does, checked against the JSON it wrote.
const out = join(mkdtempSync(join(tmpdir(), "lianzheng-dataset-")), "out");
let run: ReturnType<typeof cli>;
let manifest: {
  inputs: { path: string; status: string; documentId: string | null; copyOf?: string }[];
  totals: Record<string, number>;
};
let documents: Document[];

const csv = (name: string) => readFileSync(join(out, "csv", `${name}.csv`), "utf8");
const csvRows = (name: string) => readCsv(csv(name).replace(/^\uFEFF/, "")).slice(1);

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** Rows each table should have, counted from the documents' JSON (not from the tables code). */
function countFromJson(): Record<string, number> {
  const counts: Record<string, number> = {
    documents: documents.length,
    strategies: 0,
    measures: 0,
    performance_goals: 0,
    agency_roles: 0,
    report_records: 0,
    quantities: 0,
    evaluations: 0,
    agencies: JSON.parse(readFileSync(join(out, "agencies.json"), "utf8")).length,
  };
  const add = (table: string, n: number) => {
    counts[table] = (counts[table] ?? 0) + n;
  };
  // A copy (the same document in another form) is a row of documents, its content is not repeated.
  const copies = new Set(manifest.inputs.flatMap((entry) => (entry.copyOf ? [entry.documentId] : [])));
  // Editions and their lineage are of the documents that are not copies, as the ingest computes them.
  const editions = documents.filter((document) => !copies.has(document.id));
  add("editions", editions.filter((document) => document.kind === "action-plan").length);
  add(
    "measure_lineage",
    editionLineage(editions)
      .flatMap((pair) => pair.entries)
      .reduce((sum, entry) => sum + Math.max(1, entry.from.length) * Math.max(1, entry.to.length), 0),
  );
  for (const document of documents) {
    add("warnings", document.warnings.length);
    if (copies.has(document.id)) continue;
    if (document.kind === "action-plan") {
      add("strategies", document.strategies.length);
      for (const measure of document.strategies.flatMap((strategy) => strategy.measures)) {
        add("measures", 1);
        const en = measure.translations?.en;
        add("performance_goals", measure.performanceGoals.length + (en?.performanceGoals.length ?? 0));
        add("agency_roles", measure.agencies.length + (en?.agencies?.length ?? 0));
        add("measure_indicators", measure.indicators?.length ?? 0);
        add("measure_targets", measure.targets?.length ?? 0);
      }
    }
    if (document.kind === "execution-report") {
      for (const record of document.records) {
        add("report_records", 1);
        add("performance_goals", record.performanceGoals.length + record.indicators.length);
        add("agency_roles", record.agencies.length);
        add("quantities", record.target.quantities.length + record.achievement.quantities.length);
        add("evaluations", record.evaluations.length);
      }
    }
  }
  return counts;
}

beforeAll(() => {
  run = cli("ingest", "seeds", "fixtures", "--out", out, "--jobs", "2");
  manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
  documents = readdirSync(join(out, "documents")).map((name) =>
    JSON.parse(readFileSync(join(out, "documents", name), "utf8")),
  );
  // Every seed and fixture (the whole producer matrix and the text forms): about 20 s of CPU, past
  // 3 minutes of wall time on two busy cores (load 30). No timing is asserted: the limit only
  // catches a run that hangs.
}, 600_000);

describe("lianzheng ingest seeds fixtures", () => {
  it("lists every input file in the manifest, and exits 1 exactly when one failed", () => {
    expect(manifest.inputs.map((entry) => entry.path)).toEqual(
      [...filesUnder("seeds"), ...filesUnder("fixtures")].sort(),
    );
    expect(run.code).toBe(manifest.totals.failed && manifest.totals.failed > 0 ? 1 : 0);
    for (const entry of manifest.inputs.filter((input) => input.path.startsWith("fixtures/pdf/bad/"))) {
      expect(entry.status, entry.path).toBe("failed");
    }
    expect(run.stdout).toContain(`documents written to ${out}`);
  });

  it("writes one document per distinct parsed input, the schemas and the agencies", () => {
    const ids = new Set(manifest.inputs.flatMap((entry) => (entry.documentId ? [entry.documentId] : [])));
    expect(documents.map((document) => document.id).sort()).toEqual([...ids].sort());
    expect(existsSync(join(out, "schema", "document.json"))).toBe(true);
    expect(Array.isArray(JSON.parse(readFileSync(join(out, "agencies.json"), "utf8")))).toBe(true);
  });

  it("has as many rows in every CSV as the JSON documents hold", () => {
    const expected = countFromJson();
    // Every table the dataset declares; the trip and narrative tables' rows are counted in the
    // dataset package's own tests.
    expect(readdirSync(join(out, "csv")).sort()).toEqual(TABLE_NAMES.map((name) => `${name}.csv`).sort());
    for (const [table, count] of Object.entries(expected)) expect(csvRows(table).length, table).toBe(count);
  });

  it("writes CSV that Excel in Taiwan reads: BOM, CRLF, one header, readable Chinese", () => {
    for (const name of readdirSync(join(out, "csv"))) {
      const text = readFileSync(join(out, "csv", name));
      expect(text.subarray(0, 3), name).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(text.toString("utf8").endsWith("\r\n"), name).toBe(true);
    }
    expect(csv("documents")).toContain("國家廉政建設行動方案");
  });

  it("writes an SQLite database with the same rows and foreign keys that hold", async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database(readFileSync(join(out, "lianzheng.sqlite")));
    expect(db.exec("PRAGMA foreign_key_check")).toEqual([]);
    for (const [table, count] of Object.entries(countFromJson())) {
      expect(db.exec(`SELECT count(*) FROM "${table}"`)[0]?.values[0]?.[0], table).toBe(count);
    }
    const json = db
      .exec("SELECT json FROM documents ORDER BY id")[0]
      ?.values.map(([text]) => JSON.parse(text as string));
    expect(json).toEqual([...documents].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it("writes the same dataset with --jobs 1 as with --jobs 2, apart from timings", () => {
    const single = join(mkdtempSync(join(tmpdir(), "lianzheng-jobs1-")), "out");
    cli("ingest", "seeds", "fixtures", "--out", single, "--jobs", "1");
    expect(snapshot(single)).toEqual(snapshot(out));
    // The fixtures hold the whole producer matrix and the editions' prints: one ingest on one job.
  }, 600_000);
});

// Seed 001's table, read straight from the text: a measure starts with (一), (二) … at the start
// of the 執行措施 cell or of a paragraph in it (a page break can put two in one cell), or at the
// start of a line when a stray line break cut its row.
function measuresInSeed001(): string[] {
  const text = readFileSync(join(root, "seeds/001_6bac756fe4f12e99.txt"), "utf8");
  const numerals = "一二三四五六七八九";
  const numberOf = (chinese: string) =>
    chinese === "十"
      ? 10
      : chinese.startsWith("十")
        ? 10 + numerals.indexOf(chinese[1] as string) + 1
        : chinese.endsWith("十")
          ? (numerals.indexOf(chinese[0] as string) + 1) * 10
          : chinese.length === 1
            ? numerals.indexOf(chinese) + 1
            : Number.NaN;
  const ids: string[] = [];
  let strategy = 0;
  const start = text.indexOf("具體策略\t執行措施");
  for (const line of text.slice(start).split("\n")) {
    const cells = line.split("\t");
    const head = /^(?:<p>)?([一二三四五六七八九])、/u.exec(cells[0] ?? "");
    if (head && cells.length > 1) strategy = numerals.indexOf(head[1] as string) + 1;
    const measureCell = /^\s*\(/.test(cells[0] ?? "") ? cells[0] : cells[1];
    for (const match of (measureCell ?? "").matchAll(/(?:^|<p>)\s*\(([一二三四五六七八九十]+)\)\s/gu)) {
      ids.push(`${strategy}.${numberOf(match[1] as string)}`);
    }
  }
  return ids;
}

describe("measures.csv", () => {
  const seed001 = () =>
    documents.find(
      (document) => document.source.sha256 && document.source.path.endsWith("001_6bac756fe4f12e99.txt"),
    );

  it("finds 58 measures in seed 001's text (the gold list the next test uses)", () => {
    const ids = measuresInSeed001();
    expect(ids).toHaveLength(58);
    expect(new Set(ids).size).toBe(58);
    expect(ids.filter((id) => id.startsWith("8."))).toHaveLength(20);
    expect(ids.filter((id) => id.startsWith("9."))).toEqual([
      "9.1",
      "9.2",
      "9.3",
      "9.4",
      "9.5",
      "9.6",
      "9.7",
      "9.8",
      "9.9",
    ]);
  });

  it("has one row per measure of seed 001, in readable Chinese", () => {
    const seed = seed001();
    if (!seed) throw new Error("seed 001 was not ingested");
    // Seed 001 may be a copy (the same plan in another form of the run): its rows are the canonical's.
    const copyOf = manifest.inputs.find((entry) => entry.documentId === seed.id)?.copyOf;
    const document = { id: copyOf ?? seed.id };
    const header = readCsv(csv("measures").replace(/^\uFEFF/, ""))[0] ?? [];
    const rows = csvRows("measures").filter((row) => row[header.indexOf("document_id")] === document.id);
    expect(rows.map((row) => row[header.indexOf("measure")])).toEqual(
      measuresInSeed001().map((id) => `M${id}`),
    );
    expect(
      rows.map((row) => `${row[header.indexOf("strategy_number")]}.${row[header.indexOf("number")]}`),
    ).toEqual(measuresInSeed001());
    expect(csv("measures")).toContain("廉政風險評估");
  });
});
