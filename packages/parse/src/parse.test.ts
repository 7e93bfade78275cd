import { readFileSync } from "node:fs";
import { isParseError, isSeriousWarning } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import type { Input } from "./input.js";
import { layoutOfText } from "./layout.js";
import { parseLayout } from "./parse.js";

const seed = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url)));
const inputOf = (path: string, bytes: Uint8Array): Input => ({
  path,
  bytes,
  sha256: "ab".repeat(32),
  format: "text",
});
const parseText = (path: string, bytes: Uint8Array) =>
  parseLayout(inputOf(path, bytes), layoutOfText({ path, bytes }));

describe("parseLayout", () => {
  it("parses the 2023 plan's text into 9 strategies and 58 measures", () => {
    const plan = parseText("plan.txt", seed("001_6bac756fe4f12e99.txt"));
    if (plan.kind !== "action-plan") throw new Error(`kind ${plan.kind}`);
    expect(plan.strategies).toHaveLength(9);
    expect(plan.strategies.flatMap((s) => s.measures)).toHaveLength(58);
    expect(plan.id).toBe(`action-plan.zh-hant.${"ab".repeat(8)}`);
    expect(plan.source).toMatchObject({
      path: "plan.txt",
      format: "text",
      bytes: seed("001_6bac756fe4f12e99.txt").length,
    });
  });

  it("parses the 2018 report's text into 46 records, whatever the file is named", () => {
    const report = parseText("notes.md", seed("003_2d62c1db8ab3e0f0.txt"));
    if (report.kind !== "execution-report") throw new Error(`kind ${report.kind}`);
    expect(report.records).toHaveLength(46);
    expect(report.year).toBe(2018);
  });

  it("refuses a document titled as the plan or a report whose body was not read as one", () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    // The plan's title and its sections, but the table lost (a reader that took no columns).
    const plan =
      "國家廉政建設行動方案（核定本）\n\n壹、依據\n聯合國反貪腐公約施行法。\n\n肆、具體作為\n一、強化機關\n(一) 建構";
    const refused = (text: string) => {
      try {
        parseText("scan.txt", encode(text));
        return null;
      } catch (error) {
        return isParseError(error) ? [error.code, error.file, error.message.split(",")[0]] : error;
      }
    };
    expect(refused(plan)).toEqual(["unknown_kind", "scan.txt", "titled as the action plan"]);
    const report = `行政院 108 年 9 月 11 日院臺法字第 1080029452 號函核定\n國家廉政建設行動方案 107 年執行情形\n\n具體策略 一、強化`;
    expect(refused(report)).toEqual(["unknown_kind", "scan.txt", "titled as an execution report"]);
    // A text that only mentions the plan further in is some other document, passed over.
    expect(refused("會議紀錄\n\n一、報告事項\n\n本署依國家廉政建設行動方案辦理宣導。")).toBeNull();
    expect(parseText("README.md", seed("README.md")).kind).toBe("other");
  });

  it("parses the trip report and the narrative with their own parsers", () => {
    expect(parseText("a.txt", seed("002_9a82e845d717d122.txt")).kind).toBe("trip-report");
    expect(parseText("b.txt", seed("004_313756eaa13413cd.txt")).kind).toBe("narrative");
  });

  it("refuses binary bytes with a ParseError naming the input", () => {
    const bytes = new Uint8Array([0x61, 0x00, 0x00, 0x00, 0x62, 0x0a, 0x63, 0x64]);
    let error: unknown;
    try {
      parseText("blob.bin", bytes);
    } catch (caught) {
      error = caught;
    }
    expect(isParseError(error) && error.code).toBe("binary_input");
    expect(String((error as Error).message)).toMatch(/NUL/);
    expect((error as { file?: string }).file).toBe("blob.bin");
  });

  it("fails a report whose table plain pdftotext lost, naming the form and the fix", () => {
    const bytes = new Uint8Array(
      readFileSync(
        new URL("../../../fixtures/text/producers/report-2018-zh-chromium.raw.txt", import.meta.url),
      ),
    );
    let error: unknown;
    try {
      parseText("report.txt", bytes);
    } catch (caught) {
      error = caught;
    }
    expect(isParseError(error) && error.toLine()).toMatch(
      /^report\.txt: found no records.*pdftotext -layout/u,
    );
  });

  // The worst outcome is a plan read as a document of no kind with no warning: its lost table said
  // nothing. Each plan whose columns plain pdftotext lost fails naming the fix, or is partial.
  it.each([
    "plan-2023-en-chromium.raw.txt",
    "plan-2023-en-lo-unruled.raw.txt",
    "plan-2023-en-weasyprint.raw.txt",
    "plan-2023-zh-chromium.raw.txt",
    "plan-2023-zh-weasyprint.raw.txt",
  ])("reads %s as a plan whose table was lost, never as a document of no kind", (name) => {
    const bytes = new Uint8Array(
      readFileSync(new URL(`../../../fixtures/text/producers/${name}`, import.meta.url)),
    );
    try {
      const document = parseText("plan.txt", bytes);
      expect(document.kind).toBe("action-plan");
      expect(document.warnings.filter(isSeriousWarning).map((w) => w.code)).toContain("table_columns_lost");
    } catch (error) {
      expect(isParseError(error) && error.toLine()).toMatch(/pdftotext -layout/u);
    }
  });
});
