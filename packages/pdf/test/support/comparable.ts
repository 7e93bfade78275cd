// How two parses of the same document are compared across readers (PDF, text forms): only
// \`source\` and \`provenance\` (lines vs pages) may differ. Two allowances, both about what a
// layout cannot carry:
// - white space next to a CJK character: a text layer keeps no space at a line break, and in
//   CJK text a paragraph break and a wrap before a list item look alike; so text is compared
//   with white space beside CJK characters removed; and a line break inside an English cell
//   may be a paragraph's end or a wrap, so runs of white space compare as one space;
// - warnings are compared by code (their locations are lines for text and pages for PDF), less
//   the text reader's repairs of extraction scars (shifted or split rows, a cell left at a page's
//   foot, a row label cut in two and joined again by the report parser) a layout does not have.

const TEXT_SCAR_REPAIRS = new Set([
  "row_shifted",
  "row_split",
  "continuation_without_break",
  "cell_from_page_before",
  "label_rejoined",
]);
const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef";
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, "gu");

/** Drops `source` and `provenance` everywhere; warnings become their codes. */
export function comparable(value: unknown): unknown {
  if (typeof value === "string") return value.replace(SPACE_BY_CJK, "").replace(/\s+/gu, " ");
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (key === "provenance" || key === "source") continue;
      out[key] =
        key === "warnings"
          ? (field as { code: string }[])
              .map((w) => w.code)
              .filter((code) => !TEXT_SCAR_REPAIRS.has(code))
              .sort()
          : comparable(field);
    }
    return out;
  }
  return value;
}
