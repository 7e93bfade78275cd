import type { Revision } from "@lianzheng/model";
import { parseRocDate } from "@lianzheng/normalize";

// 行政院112年8月18日院臺法字第1120184947號函修正 / 中華民國107年7月27日行政院核定 / 103年4月15日修正:
// who, when, by which document, and what (核定 or 修正). The document number is optional.
// 98年7月8日院臺法字第0980087657號函頒 / 民國 112 年 08 月 18 日修正 (the law database) too.
const APPROVAL =
  /(?:(?:中華)?民國\s*)?(行政院)?\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(行政院)?\s*([\p{Script=Han}]{1,6}字\s*第\s*[\dA-Za-z]+\s*[號号])?\s*(函頒|函?\s*(?:核定|修正|頒布|頒行|訂定))/u;

/**
 * The edition's approval, from the lines before the plan's first section: the date in ISO and ROC
 * form, the authority, the document number where the line gives one, and the action as a label
 * when the title carries none.
 */
export function readApproval(lines: readonly string[]): Revision | null {
  for (const raw of lines) {
    const line = raw.normalize("NFKC").replace(/\s+/gu, " ").trim();
    const found = APPROVAL.exec(line);
    if (!found) continue;
    const [, before, y = "", m = "", d = "", after, number, written = ""] = found;
    // 函修正 → 修正, 函核定 → 核定; 函頒 (issued by letter) stays whole.
    const action = written === "函頒" ? written : written.replace(/^函\s*/u, "");
    const date = parseRocDate(`民國${y}年${m}月${d}日`);
    if (date === null) continue;
    const revision: Revision = {
      label: action,
      date,
      rocDate: `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`,
    };
    const authority = before ?? after;
    if (authority) revision.authority = authority;
    if (number) revision.documentNumber = number.replace(/\s+/gu, "");
    return revision;
  }
  return null;
}
