import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { generateJsonSchemas, schemaVersion } from "@lianzheng/model";
import type { Dataset } from "./build.js";
import { formatCsv } from "./csv.js";
import { buildDataPackage } from "./datapackage.js";
import { buildSqlite } from "./sqlite.js";

/** What a dataset folder holds besides the documents: CSV tables, an SQLite database. */
export type DatasetFormat = "json" | "csv" | "sqlite";
export const DATASET_FORMATS: readonly DatasetFormat[] = ["json", "csv", "sqlite"];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Write a file, creating its folder. */
async function writeOutput(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/**
 * Writes a dataset into `dir`: `documents/<id>.json`, `agencies.json` and `schema/*.json` (format
 * `json`), `csv/<table>.csv` (UTF-8 with BOM, CRLF) with `datapackage.json` describing them (format
 * `csv`), and `lianzheng.sqlite`. Files of formats not
 * asked for are not written; nothing else in `dir` is touched.
 *
 * @example await writeDataset("out", buildDataset(documents), ["json", "csv"]);
 */
export async function writeDataset(
  dir: string,
  dataset: Dataset,
  formats: readonly DatasetFormat[] = DATASET_FORMATS,
): Promise<void> {
  if (formats.includes("json")) {
    for (const document of dataset.documents)
      await writeOutput(join(dir, "documents", `${document.id}.json`), json(document));
    await writeOutput(join(dir, "agencies.json"), json(dataset.agencies));
    for (const [name, text] of Object.entries(generateJsonSchemas())) {
      await writeOutput(join(dir, "schema", name), text);
    }
  }
  if (formats.includes("csv")) {
    for (const table of dataset.tables)
      await writeOutput(join(dir, "csv", `${table.name}.csv`), formatCsv(table));
    const sources = dataset.documents.map((document) => ({
      title: document.title,
      path: document.source.path,
    }));
    await writeOutput(
      join(dir, "datapackage.json"),
      json(buildDataPackage({ version: schemaVersion, sources })),
    );
  }
  if (formats.includes("sqlite")) {
    const documentsJson = dataset.documents.map((document) => ({
      id: document.id,
      json: JSON.stringify(document),
    }));
    await writeOutput(join(dir, "lianzheng.sqlite"), await buildSqlite(dataset.tables, documentsJson));
  }
}
