import { normalizeWidth } from "./clean.js";
import { parseEnglishDate, parseEnglishDateRange } from "./english-dates.js";
import { parseNumber } from "./numbers.js";

/** The first year of the Republic of China calendar is 1912: ROC year + 1911 = Gregorian year. */
export const ROC_YEAR_OFFSET = 1911;

const NUM = "[0-9〇○零一二三四五六七八九十百]+";
const ERA = "(?:中華民國|民國)";
// 107年5月2日, 民國 112 年 08 月 18 日, 2022 年 8 月 16 日, 107年度, 97年, 一〇七年五月二日.
const CJK_DATE = `(?<era>${ERA}\\s*)?(?<year>${NUM})\\s*年(?<fiscal>度)?(?:\\s*(?<month>${NUM})\\s*月(?:\\s*(?<day>${NUM})\\s*日)?)?`;
// 107.05.02, 107/5/2, 2022-08-16, 2022/8/16.
const NUMERIC_DATE = "(?<nyear>\\d{2,4})(?<sep>[./-])(?<nmonth>\\d{1,2})\\k<sep>(?<nday>\\d{1,2})(?!\\d)";
const DATE = new RegExp(`^(?:${CJK_DATE}|${NUMERIC_DATE})$`, "u");

/** A calendar date at the precision the text gives: `2018`, `2018-05` or `2018-05-02`. */
function formatIsoDate(year: number, month?: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  const yyyy = String(year).padStart(4, "0");
  if (month === undefined) return yyyy;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, "0");
  if (day === undefined) return `${yyyy}-${mm}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth) return null;
  return `${yyyy}-${mm}-${String(day).padStart(2, "0")}`;
}

/** ROC years are below 1911 (民國 forces ROC); four-digit years from 1912 on are Gregorian. */
function toGregorianYear(year: number, era: boolean): number {
  return era || year < 1000 ? year + ROC_YEAR_OFFSET : year;
}

function readNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return parseNumber(text) ?? Number.NaN;
}

/**
 * The ISO date a text states, at the precision it states it, or null: ROC dates (`107年5月2日` →
 * `2018-05-02`, `民國 112 年 08 月 18 日`, `107.05.02`, `一〇七年五月二日`), ROC years (`97年` →
 * `2008`, `107年度` → `2018`), year and month (`108年2月` → `2019-02`) and Gregorian dates in the
 * same forms (`2022 年 8 月 16 日`, `2022-08-16`). Years below 1000 are ROC years. Impossible
 * dates (107年2月30日) give null.
 */
export function parseRocDate(text: string): string | null {
  const match = DATE.exec(normalizeWidth(text).trim());
  const groups = match?.groups;
  if (groups === undefined) return /[A-Za-z]/.test(text) ? parseEnglishDate(normalizeWidth(text)) : null;
  if (groups.nyear !== undefined) {
    const year = Number(groups.nyear);
    return formatIsoDate(
      toGregorianYear(year, groups.nyear.length < 4),
      Number(groups.nmonth),
      Number(groups.nday),
    );
  }
  const year = readNumber(groups.year);
  if (year === undefined) return null;
  return formatIsoDate(
    toGregorianYear(year, groups.era !== undefined),
    readNumber(groups.month),
    readNumber(groups.day),
  );
}

/** A span of time with ISO start and end at the precision the text gives (`2018-01` … `2018-12`). */
export interface DateRange {
  start: string;
  end: string;
}

const RANGE_SEPARATOR = /\s*(?:至|到|~|～|-|–|—)\s*/u;
const MONTH_DAY = new RegExp(`^(?:(?<month>${NUM})\\s*月)?(?:\\s*(?<day>${NUM})\\s*日)?$`, "u");
const BARE_MONTH = new RegExp(`^(?<month>${NUM})$`, "u");

/**
 * A date range (`107年1月至12月`, `108年2-3月間`, `2022 年 8 月 16 日至 19 日`,
 * `自107年1月1日至107年12月31日止`, `2017年至2018年`, in English `16–19 August 2022`, `August 16-19,
 * 2022`, `2022-08-16 to 2022-08-19`) or a single date (start = end), or null.
 * The end inherits the year and month the start gives (至 19 日 is in the start's month).
 */
export function parseDateRange(text: string): DateRange | null {
  let body = normalizeWidth(text)
    .trim()
    .replace(/^(?:自|從|由)\s*/u, "")
    .replace(/\s*(?:止|間|期間|之間)$/u, "");
  // 107年度(1月至12月): the year applies to the parenthesized months.
  const fiscal = /^(.+?年)度?\s*[(（](.+)[)）]$/u.exec(body);
  if (fiscal?.[1] !== undefined && fiscal[2] !== undefined) body = `${fiscal[1]}${fiscal[2]}`;
  const single = parseRocDate(body);
  if (single !== null) return { start: single, end: single };

  // Split at the separator whose left side is a whole date (2022-08-16 has dashes inside).
  for (const separator of body.matchAll(new RegExp(RANGE_SEPARATOR.source, "gu"))) {
    const index = separator.index ?? 0;
    let left = body.slice(0, index);
    let right = body.slice(index + separator[0].length);
    // 108年2-3月: the unit after the right number belongs to the left number too.
    const shared = /^(\d+|[〇○零一二三四五六七八九十]+)\s*([年月日])$/u.exec(right);
    if (shared?.[2] !== undefined && BARE_MONTH.test(left.replace(/^.*[年月]\s*/u, "")))
      left = `${left}${shared[2]}`;
    const start = parseRocDate(left);
    if (start === null) continue;
    const [year, month] = start.split("-");
    let end = parseRocDate(right);
    if (end === null || (!/[年]/u.test(right) && !/^\d{4}-/.test(right) && !/[./]/.test(right))) {
      const partial = MONTH_DAY.exec(right.trim())?.groups;
      if (partial === undefined || (partial.month === undefined && partial.day === undefined)) continue;
      const endMonth = partial.month ?? month;
      if (endMonth === undefined) continue;
      const dayPart = partial.day === undefined ? "" : `${parseNumber(partial.day)}日`;
      right = `${Number(year) - ROC_YEAR_OFFSET}年${parseNumber(endMonth)}月${dayPart}`;
      end = parseRocDate(right);
    }
    if (end !== null && end >= start.slice(0, end.length)) return { start, end };
  }
  // ISO dates joined by "to" (2022-08-16 to 2022-08-19) and English dates (16–19 August 2022).
  const iso = /^(\d{4}-\d{2}-\d{2})\s+(?:to|through|until)\s+(\d{4}-\d{2}-\d{2})$/i.exec(body);
  if (iso?.[1] && iso[2]) {
    const [start, end] = [parseRocDate(iso[1]), parseRocDate(iso[2])];
    if (start !== null && end !== null && start <= end) return { start, end };
  }
  return /[A-Za-z]/.test(body) ? parseEnglishDateRange(body) : null;
}
