import type { Database } from "sql.js";
import type { Column, Table } from "./tables.js";

/** A document's JSON, stored beside the tables so nothing the model holds is lost. */
export interface DocumentJson {
  id: string;
  json: string;
}

let sqlJs: Promise<import("sql.js").SqlJsStatic> | undefined;

// sql.js (SQLite compiled to WebAssembly) is loaded on first use only: no native build, and
// `lianzheng parse` never pays for it.
function loadSqlJs(): Promise<import("sql.js").SqlJsStatic> {
  sqlJs ??= import("sql.js").then((module) => module.default());
  return sqlJs;
}

/**
 * Starts loading sql.js (reading and compiling its WebAssembly) now, so that `buildSqlite` does
 * not wait for it later: a caller that will write a database while other work runs (ingest's
 * parses) takes the load off the end of its run. A failed load fails `buildSqlite` as before.
 */
export function preloadSqlite(): void {
  loadSqlJs().catch(() => {
    sqlJs = undefined; // tried again, and reported, by buildSqlite
  });
}

const quote = (name: string) => `"${name}"`;

function columnSql(column: Column): string {
  return [
    quote(column.name),
    column.type,
    column.primaryKey ? "PRIMARY KEY" : "",
    column.notNull && !column.primaryKey ? "NOT NULL" : "",
    column.references ? `REFERENCES ${quote(column.references)}(id)` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** The statements that create a table and index each of its foreign keys. */
export function tableSql(table: Pick<Table, "name" | "columns">): string[] {
  const columns = table.columns.map(columnSql);
  if (table.name === "documents") columns.push(`"json" TEXT NOT NULL`);
  const statements = [`CREATE TABLE ${quote(table.name)} (\n  ${columns.join(",\n  ")}\n);`];
  for (const column of table.columns) {
    if (column.references) {
      statements.push(
        `CREATE INDEX ${quote(`${table.name}_${column.name}`)} ON ${quote(table.name)}(${quote(column.name)});`,
      );
    }
  }
  return statements;
}

/** The CREATE TABLE statements, then the CREATE INDEX ones, of all tables. */
function splitStatements(tables: readonly Table[]): [string[], string[]] {
  const statements = tables.flatMap((table) => tableSql(table));
  return [
    statements.filter((statement) => statement.startsWith("CREATE TABLE")),
    statements.filter((statement) => statement.startsWith("CREATE INDEX")),
  ];
}

function insertRows(db: Database, table: Table, json: ReadonlyMap<string, string>): void {
  const columns: Pick<Column, "name" | "type">[] = [...table.columns];
  if (table.name === "documents") columns.push({ name: "json", type: "TEXT" });
  // Text is bound as UTF-8 bytes and cast back to text: sql.js encodes a string argument
  // character by character in JavaScript, which made a large document most of the time and the
  // other text columns about a third of the database's build.
  const placeholders = columns.map((column) => (column.type === "TEXT" ? "CAST(? AS TEXT)" : "?"));
  const statement = db.prepare(
    `INSERT INTO ${quote(table.name)} (${columns.map((column) => quote(column.name)).join(", ")}) VALUES (${placeholders.join(", ")})`,
  );
  const utf8 = new TextEncoder();
  const bound = (value: unknown) => (typeof value === "string" ? utf8.encode(value) : (value ?? null));
  try {
    for (const row of table.rows) {
      const values = table.columns.map((column) => bound(row[column.name])) as (number | Uint8Array | null)[];
      if (table.name === "documents") values.push(utf8.encode(json.get(row.id as string) ?? "null"));
      statement.run(values);
    }
  } finally {
    statement.free();
  }
}

/**
 * The tables as an SQLite database file (bytes), with primary keys, foreign keys, an index on each
 * foreign key, and each document's JSON in `documents.json`. Throws when a foreign key does not
 * hold: that is a bug in flattening, and a broken database must not be written.
 */
export async function buildSqlite(
  tables: readonly Table[],
  documents: readonly DocumentJson[],
): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    const json = new Map(documents.map((document) => [document.id, document.json]));
    // The database is built whole in memory and thrown away on any error: a rollback journal
    // would only be written (sql.js keeps it in its in-memory file system) and never read.
    db.run("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
    db.run("BEGIN");
    const [creates, indexes] = splitStatements(tables);
    for (const statement of creates) db.run(statement);
    for (const table of tables) insertRows(db, table, json);
    // Indexes after the rows: one sort each instead of a b-tree grown row by row.
    for (const statement of indexes) db.run(statement);
    db.run("COMMIT");
    const broken = db.exec("PRAGMA foreign_key_check");
    if (broken.length > 0) {
      throw new Error(
        `foreign keys do not hold in the dataset: ${JSON.stringify(broken[0]?.values.slice(0, 5))}`,
      );
    }
    return db.export();
  } finally {
    db.close();
  }
}
