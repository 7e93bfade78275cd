import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capWarnings } from "./cap-warnings.js";
import type { Warning } from "./common.js";
import { createWarning, type WarningCode } from "./warnings.js";

const missing = (seq: number): Warning =>
  createWarning("missing_target", `序次 ${seq} has no target row`, { at: { seq } });

describe("capWarnings", () => {
  it("keeps the first of a code, then counts the rest with their span", () => {
    const warnings = [1, 2, 3, 4, 5].map(missing);
    const capped = capWarnings(warnings, 2);
    expect(capped.slice(0, 2)).toEqual(warnings.slice(0, 2));
    expect(capped[2]).toEqual({
      code: "warnings_capped",
      severity: "info",
      message: '3 more "missing_target" warnings left out (序次 3–5); the first 2 are listed',
      at: { seq: 3 },
    });
    expect(capped).toHaveLength(3);
  });

  it("leaves a list within the limit as it is", () => {
    const warnings = [1, 2].map(missing);
    expect(capWarnings(warnings, 2)).toEqual(warnings);
  });

  it("names pages when the warnings have no 序次, and nothing when they name no place", () => {
    const paged = [1, 2, 3].map((page) => createWarning("page_without_text", "no text", { at: { page } }));
    expect(capWarnings(paged, 1).at(-1)?.message).toContain("(pages 2–3)");
    const bare = [1, 2].map(() => createWarning("row_too_wide", "wide"));
    expect(capWarnings(bare, 1).at(-1)?.message).toBe(
      '1 more "row_too_wide" warnings left out; the first 1 are listed',
    );
  });

  const codes: WarningCode[] = ["missing_target", "row_split", "plan_link_weak", "strategy_missing"];
  const lists = fc.array(
    fc.record({ code: fc.constantFrom(...codes), seq: fc.integer({ min: 1, max: 500 }) }),
    { maxLength: 300 },
  );

  it("loses no count: kept plus the counts it names equal the input, per code", () => {
    fc.assert(
      fc.property(lists, fc.integer({ min: 1, max: 20 }), (drafts, limit) => {
        const warnings = drafts.map(({ code, seq }) => createWarning(code, "m", { at: { seq } }));
        const capped = capWarnings(warnings, limit);
        for (const code of codes) {
          const before = warnings.filter((w) => w.code === code).length;
          const kept = capped.filter((w) => w.code === code).length;
          const note = capped.find((w) => w.code === "warnings_capped" && w.message.includes(`"${code}"`));
          const counted = note ? Number(note.message.split(" ")[0]) : 0;
          expect(kept).toBe(Math.min(before, limit));
          expect(kept + counted).toBe(before);
        }
        // Order kept, and capping again changes nothing.
        const keptOnly = capped.filter((w) => w.code !== "warnings_capped");
        expect(keptOnly).toEqual(warnings.filter((w) => keptOnly.includes(w)));
        expect(capWarnings(capped, limit)).toEqual(capped);
      }),
    );
  });
});
