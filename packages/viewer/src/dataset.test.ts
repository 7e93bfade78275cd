import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { measure, plan } from "../test/documents.js";
import { readDataset } from "./dataset.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "viewer-dataset-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("readDataset", () => {
  it("reads the documents, and goes without agencies.json and manifest.json", async () => {
    await mkdir(join(dir, "documents"));
    const document = { ...plan("action-plan.zh-hant.aaaa", [measure("1.1", "措施")]), futureField: [1] };
    await writeFile(join(dir, "documents", "a.json"), JSON.stringify(document));
    const dataset = await readDataset(dir);
    expect(dataset.documents).toEqual([document]);
    expect(dataset.agencies).toEqual([]);
  });

  it("says which folder is not a dataset", async () => {
    await expect(readDataset(dir)).rejects.toMatchObject({
      code: "not_a_dataset",
      message: expect.stringContaining(`${dir}: no documents/ folder`),
    });
  });

  it("names the file that is not JSON or not a Document", async () => {
    await mkdir(join(dir, "documents"));
    await writeFile(join(dir, "documents", "bad.json"), "{ nope");
    await expect(readDataset(dir)).rejects.toMatchObject({
      code: "bad_file",
      message: expect.stringContaining(join(dir, "documents", "bad.json")),
    });
    await writeFile(join(dir, "documents", "bad.json"), JSON.stringify({ id: "x" }));
    await expect(readDataset(dir)).rejects.toThrow(/bad\.json: not a lianzheng Document/);
  });
});

describe("readDataset lineage", () => {
  it("reads csv/measure_lineage.csv when the dataset has it, and names it when it is broken", async () => {
    await mkdir(join(dir, "documents"));
    await mkdir(join(dir, "csv"));
    const columns =
      "id,from_edition,to_edition,kind,from_measure_id,to_measure_id,similarity,renumbered,words_removed,words_added,agencies_added,agencies_dropped,goals_changed";
    await writeFile(
      join(dir, "csv", "measure_lineage.csv"),
      `\uFEFF${columns}\r\nx,a,b,kept,a/1.1,b/1.1,1,0,,,,,0\r\n`,
    );
    const dataset = await readDataset(dir);
    expect(dataset.lineage).toMatchObject([{ from: "a", to: "b", kind: "kept", fromMeasure: "1.1" }]);
    await writeFile(join(dir, "csv", "measure_lineage.csv"), "id,kind\r\nx,kept\r\n");
    await expect(readDataset(dir)).rejects.toMatchObject({
      code: "bad_file",
      message: expect.stringContaining(join(dir, "csv", "measure_lineage.csv")),
    });
  });
});
