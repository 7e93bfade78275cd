import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Document, documentId, generateJsonSchemas, ParseError, Quantity, Warning } from "./index.js";

const schemaDir = new URL("../schema/", import.meta.url);

describe("JSON Schema files", () => {
  it("are generated from the zod schemas and up to date (run the model build to refresh)", () => {
    const generated = generateJsonSchemas();
    const committed = readdirSync(schemaDir).filter((name) => name.endsWith(".json"));
    expect(committed.sort()).toEqual(Object.keys(generated).sort());
    for (const [name, text] of Object.entries(generated)) {
      expect(readFileSync(new URL(name, schemaDir), "utf8"), name).toBe(text);
    }
  });

  it("describe the document union with every kind", () => {
    const schema = JSON.parse(generateJsonSchemas()["document.json"] ?? "{}");
    const text = JSON.stringify(schema);
    for (const kind of ["action-plan", "execution-report", "trip-report", "narrative", "other"]) {
      expect(text).toContain(`"const":"${kind}"`);
    }
  });
});

const source = { path: "a.txt", format: "text", sha256: "0".repeat(64), bytes: 3 } as const;

describe("Document", () => {
  it("accepts a minimal document of kind other and rejects an unknown kind", () => {
    const base = { id: "other.en.0000", language: "en", title: "x", source, warnings: [] };
    expect(Document.parse({ ...base, kind: "other" }).kind).toBe("other");
    expect(Document.safeParse({ ...base, kind: "memo" }).success).toBe(false);
  });

  it("requires the action plan's arrays", () => {
    const base = { id: "action-plan.zh-hant.0", language: "zh-Hant", title: "x", source, warnings: [] };
    expect(Document.safeParse({ ...base, kind: "action-plan" }).success).toBe(false);
    expect(
      Document.safeParse({ ...base, kind: "action-plan", goals: [], strategies: [], sections: [] }).success,
    ).toBe(true);
  });

  it("rejects a measure id that does not match <strategy>.<measure>", () => {
    const measure = {
      id: "9-3",
      strategy: 9,
      number: 3,
      text: "t",
      performanceGoals: [],
      agencies: [],
      agencyText: "",
    };
    const plan = {
      id: "action-plan.zh-hant.0",
      kind: "action-plan",
      language: "zh-Hant",
      title: "x",
      source,
      warnings: [],
      goals: [],
      sections: [],
      strategies: [{ number: 9, title: "t", measures: [measure] }],
    };
    expect(Document.safeParse(plan).success).toBe(false);
    expect(
      Document.safeParse({
        ...plan,
        strategies: [{ number: 9, title: "t", measures: [{ ...measure, id: "9.3" }] }],
      }).success,
    ).toBe(true);
  });
});

describe("small schemas", () => {
  it("want snake_case warning codes", () => {
    expect(Warning.safeParse({ code: "measure_number_skips", message: "m" }).success).toBe(true);
    expect(Warning.safeParse({ code: "MeasureSkips", message: "m" }).success).toBe(false);
  });

  it("want an ISO currency code on quantities", () => {
    const q = { value: 1, unit: "元", kind: "money", raw: "1 元" };
    expect(Quantity.safeParse({ ...q, currency: "TWD" }).success).toBe(true);
    expect(Quantity.safeParse({ ...q, currency: "新臺幣" }).success).toBe(false);
  });
});

describe("documentId", () => {
  it("is stable and derived from kind, language and hash", () => {
    const sha = "6bac756fe4f12e99aaaabbbbccccddddeeeeffff00001111222233334444555566";
    expect(documentId("action-plan", "zh-Hant", sha)).toBe("action-plan.zh-hant.6bac756fe4f12e99");
    expect(documentId("action-plan", "en", sha)).not.toBe(documentId("action-plan", "zh-Hant", sha));
  });
});

describe("ParseError", () => {
  it("prints one line naming the file, page and code", () => {
    const error = new ParseError("encrypted_pdf", "the PDF is encrypted", { file: "a.pdf", at: { page: 2 } });
    expect(error.toLine()).toBe("a.pdf (page 2): the PDF is encrypted [encrypted_pdf]");
  });
});
