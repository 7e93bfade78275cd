import { describe, expect, it } from "vitest";
import { Warning } from "./common.js";
import { createWarning, isWarningCode, severityOf, WARNING_CATALOG, WARNING_CODES } from "./warnings.js";

describe("the warning catalog", () => {
  it("has snake_case codes, each with a severity and a one-line meaning", () => {
    expect(WARNING_CODES.length).toBeGreaterThan(50);
    for (const code of WARNING_CODES) {
      const entry = WARNING_CATALOG[code];
      expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(["info", "warning"]).toContain(entry.severity);
      expect(entry.meaning.length, code).toBeGreaterThan(10);
      expect(entry.meaning, code).not.toContain("\n");
    }
  });

  it("makes info only the repairs that lose nothing and remarks on the source", () => {
    const info = WARNING_CODES.filter((code) => severityOf(code) === "info").sort();
    expect(info).toEqual([
      "agenda_row_rejoined",
      "cell_from_page_before",
      "hyphen_restored",
      "label_from_next_page",
      "label_rejoined",
      "label_tail_in_value",
      "line_end_cuts_joined",
      "line_end_hyphens_removed",
      "measure_number_implied",
      "mention_foreign",
      "missing_achievement",
      "missing_agencies",
      "missing_indicators",
      "missing_measure",
      "missing_performance_goals",
      "missing_target",
      "plan_link_other_strategy",
      "plan_link_weak",
      "record_head_repeated",
      "row_shifted",
      "row_split",
      "saved_text_label_by_shape",
      "structure_tree_unread",
      "table_from_block_order_checked",
      "title_inferred",
      "warnings_capped",
    ]);
  });

  it("knows its codes and nothing else", () => {
    expect(isWarningCode("row_split")).toBe(true);
    expect(isWarningCode("toString")).toBe(false);
    expect(isWarningCode("no_such_code")).toBe(false);
  });
});

describe("createWarning", () => {
  it("writes severity only for info, and at and subject only when given", () => {
    expect(createWarning("row_split", "split")).toEqual({
      code: "row_split",
      message: "split",
      severity: "info",
    });
    expect(createWarning("seq_gap", "gap", { at: { seq: 3 } })).toEqual({
      code: "seq_gap",
      message: "gap",
      at: { seq: 3 },
    });
    const unresolved = createWarning("unresolved_agency", "x", {
      at: undefined,
      subject: { kind: "agency", name: "臺北市政府" },
    });
    expect(Object.keys(unresolved)).toEqual(["code", "message", "subject"]);
    expect(Warning.parse(unresolved)).toEqual(unresolved);
  });

  it("gives warnings the model validates, for every code", () => {
    for (const code of WARNING_CODES) {
      expect(Warning.safeParse(createWarning(code, "m", { at: { line: 1 } })).success, code).toBe(true);
    }
  });
});
