import type { Approval } from "@lianzheng/model";

export interface ReportHeading {
  title: string | null;
  rocYear: number | null;
  approval: Approval | null;
}

// 國家廉政建設行動方案 107 年執行情形 / 112年度執行情形
const YEAR = /(\d{2,3})\s*年\s*度?\s*(?:執行情形|执行情形)/u;
// 行政院 108 年 9 月 11 日院臺法字第 1080029452 號函核定
const APPROVAL =
  /(行政院|[\p{Script=Han}]{2,12}?)\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*([\p{Script=Han}]{1,6}字\s*第\s*[\dA-Za-z]+\s*[號号])\s*函?\s*核定/u;

const ROC_OFFSET = 1911;

/** The year, approval and title from the lines before the first record. */
export function parseHeading(lines: readonly string[]): ReportHeading {
  let title: string | null = null;
  let rocYear: number | null = null;
  let approval: Approval | null = null;
  for (const raw of lines) {
    const line = raw.normalize("NFKC").replace(/\s+/gu, " ").trim();
    const year = YEAR.exec(line);
    const found = APPROVAL.exec(line);
    if (year && rocYear === null) {
      rocYear = Number(year[1]);
      // The approval line run into the title (one heading in some prints: a saved web page's
      // title block made a Word document) is no part of the title.
      const after = found && found.index < year.index ? line.slice(found.index + found[0].length) : line;
      title = after.replace(/^#+\s*/u, "").trim();
    }
    if (found && approval === null) approval = approvalOf(found);
  }
  return { title, rocYear, approval };
}

function approvalOf(match: RegExpExecArray): Approval | null {
  const [, authority = "", y = "", m = "", d = "", number = ""] = match;
  const date = isoDate(Number(y) + ROC_OFFSET, Number(m), Number(d));
  if (date === null) return null;
  return { authority, date, documentNumber: number.replace(/\s+/gu, "") };
}

/** `YYYY-MM-DD` for a real calendar date, null otherwise (month 13, February 30). */
function isoDate(year: number, month: number, day: number): string | null {
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCFullYear() !== year || at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Gregorian year of an ROC year (民國 107 → 2018). */
export function gregorianYear(rocYear: number): number {
  return rocYear + ROC_OFFSET;
}
