import { agencies, plan, report } from "@lianzheng/test-support";
import initSqlJs from "sql.js";
import { describe, expect, it } from "vitest";
import { buildSqlite, preloadSqlite, tableSql } from "./sqlite.js";
import { flattenDocuments, TABLE_COLUMNS } from "./tables.js";

async function open(bytes: Uint8Array) {
  const SQL = await initSqlJs();
  return new SQL.Database(bytes);
}

const query = (db: Awaited<ReturnType<typeof open>>, sql: string) => db.exec(sql)[0]?.values ?? [];

describe("buildSqlite", () => {
  const { tables } = flattenDocuments([plan, report], { agencies });
  const json = [plan, report].map((document) => ({ id: document.id, json: JSON.stringify(document) }));

  it("holds every row of every table, the documents' JSON, and foreign keys that hold", async () => {
    const db = await open(await buildSqlite(tables, json));
    for (const table of tables) {
      expect(query(db, `SELECT count(*) FROM "${table.name}"`)[0]?.[0], table.name).toBe(table.rows.length);
    }
    expect(query(db, "PRAGMA foreign_key_check")).toEqual([]);
    const stored = query(db, `SELECT json FROM documents WHERE id = '${plan.id}'`)[0]?.[0] as string;
    expect(JSON.parse(stored)).toEqual(plan);
    // Stored as text (it is bound as UTF-8 bytes and cast), so json_extract and LIKE work on it.
    expect(
      query(db, `SELECT typeof(json), json_extract(json, '$.kind') FROM documents WHERE id = '${plan.id}'`),
    ).toEqual([["text", "action-plan"]]);
  });

  it("stores every value as its column's type, text as text however it is bound (empty, CJK, digits, astral)", async () => {
    const odd = ["", "廉政", "8.10", "𠀀 x", "0"];
    const changed = tables.map((table) =>
      table.name === "measures"
        ? {
            ...table,
            rows: [
              ...table.rows,
              ...odd.map((text, i) => ({ ...table.rows[0], id: `M-odd-${i}`, number: 90 + i, text })),
            ],
          }
        : table,
    );
    const rows = changed.find((table) => table.name === "measures")?.rows ?? [];
    const db = await open(await buildSqlite(changed, json));
    const stored = query(db, "SELECT id, text, typeof(text), typeof(number) FROM measures ORDER BY rowid");
    expect(stored).toEqual(
      rows.map((row) => [row.id, row.text, row.text === null ? "null" : "text", "integer"]),
    );
  });

  it("is the same bytes when built twice", async () => {
    expect(await buildSqlite(tables, json)).toEqual(await buildSqlite(tables, json));
  });

  it("is the same bytes when its engine was preloaded (ingest preloads it while parsing)", async () => {
    const before = await buildSqlite(tables, json);
    preloadSqlite();
    preloadSqlite();
    expect(await buildSqlite(tables, json)).toEqual(before);
  });

  it("declares the foreign keys and indexes them", async () => {
    const db = await open(await buildSqlite(tables, json));
    const keys = query(
      db,
      'SELECT "from", "table" FROM pragma_foreign_key_list(\'evaluations\') ORDER BY "from"',
    );
    expect(keys).toEqual([
      ["actual_quantity_id", "quantities"],
      ["document_id", "documents"],
      ["record_id", "report_records"],
      ["target_quantity_id", "quantities"],
    ]);
    const indexes = query(
      db,
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'evaluations' AND sql IS NOT NULL ORDER BY name",
    );
    expect(indexes.flat()).toEqual([
      "evaluations_actual_quantity_id",
      "evaluations_document_id",
      "evaluations_record_id",
      "evaluations_target_quantity_id",
    ]);
  });

  it("answers the README's first question: measures per agency", async () => {
    const db = await open(await buildSqlite(tables, json));
    const rows = query(
      db,
      `SELECT a.name_zh, count(DISTINCT r.measure_id) FROM agency_roles r JOIN agencies a ON a.id = r.agency_id
       WHERE r.measure_id IS NOT NULL GROUP BY a.id ORDER BY a.id`,
    );
    expect(rows).toEqual([
      ["法務部廉政署", 1],
      ["外交部", 1],
      ["法務部", 1],
    ]);
  });

  it("refuses to write a database whose foreign keys do not hold", async () => {
    const broken = tables.map((table) =>
      table.name === "measures"
        ? { ...table, rows: table.rows.map((row) => ({ ...row, strategy_id: "nowhere" })) }
        : table,
    );
    await expect(buildSqlite(broken, json)).rejects.toThrow(/foreign keys do not hold/);
  });

  it("gives the same bytes for the same tables", async () => {
    expect(
      Buffer.from(await buildSqlite(tables, json)).equals(Buffer.from(await buildSqlite(tables, json))),
    ).toBe(true);
  });

  it("creates each table after the tables it references", () => {
    const created: string[] = [];
    for (const [name, columns] of Object.entries(TABLE_COLUMNS)) {
      for (const column of columns)
        if (column.references && column.references !== name) expect(created).toContain(column.references);
      created.push(name);
      expect(tableSql({ name: name as keyof typeof TABLE_COLUMNS, columns })[0]).toMatch(/^CREATE TABLE/);
    }
  });
});
