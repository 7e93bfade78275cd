import { findCountries } from "@lianzheng/mentions";
import { type AgendaBreak, type AgendaRow, createWarning, type Warning } from "@lianzheng/model";
import { parseNumber, parseRocDate } from "@lianzheng/normalize";
import { fold, foldedPattern } from "./fold.js";

/** One line of an agenda before it is read: the time cell and the rest, from a table or a line. */
export interface AgendaLine {
  time: string;
  content: string;
  line?: number;
}

const TIME = "([01]?\\d|2[0-3])[:：.]?([0-5]\\d)";
const TIME_CELL = new RegExp(`^\\s*${TIME}(?:\\s*(?:[-–—~～至]|to)?\\s*${TIME})?\\s*$`, "u");
/** A line of plain text that starts with a time (09:00-09:15 開場 …). */
export const TIMED_LINE = new RegExp(
  `^\\s*(${TIME}(?:\\s*(?:[-–—~～至]|to)?\\s*${TIME})?)\\s+(\\S.*)$`,
  "su",
);
const DAY_CHINESE = foldedPattern(
  "^\\s*(?:(\\d{4}|\\d{2,3})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:[(（][^)）]*[)）])?\\s*$",
);
const DAY_ENGLISH =
  /^\s*(?:Day\s*\d+\s*[,:(–-]?\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?(\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s*(\d{4}))?\s*\)?\s*$/u;
const HEADER = foldedPattern("^\\s*(?:時間|Time)\\s*$", "iu");

/** Is the text a time cell (09:00 09:15, 0900-0915, 09:15)? */
export function isTimeCell(text: string): boolean {
  return TIME_CELL.test(text);
}

function hhmm(hours: string | undefined, minutes: string | undefined): string | null {
  if (hours === undefined || minutes === undefined) return null;
  return `${hours.padStart(2, "0")}:${minutes}`;
}

/** The ISO day a day line names (8 月 17 日, 17 August, Day 2 (18 August)), the year taken from the trip. */
export function readDay(text: string, year: number | null): string | null {
  const zh = DAY_CHINESE.exec(fold(text));
  if (zh?.[2] && zh[3]) {
    const y = zh[1] === undefined ? year : Number(zh[1]) < 1000 ? Number(zh[1]) + 1911 : Number(zh[1]);
    return y === null ? null : parseRocDate(`${y}年${zh[2]}月${zh[3]}日`);
  }
  const en = DAY_ENGLISH.exec(text);
  if (en?.[1]) {
    const y = en[2] === undefined ? year : Number(en[2]);
    return y === null ? null : parseRocDate(`${en[1]} ${y}`);
  }
  return null;
}

const COFFEE = foldedPattern("茶敘|茶點|Coffee|Tea Break|Refreshment", "iu");
const MEAL = foldedPattern("午餐|午宴|晚宴|晚餐|早餐|餐敘|Lunch|Dinner|Breakfast|Luncheon", "iu");
// Where the English half of a cell starts when a line runs both languages together (the HTML that
// told them apart is gone): an English item heading.
const ENGLISH_HEAD =
  /(?:Item\s+\d+\s*:|Session\s+\d+|Opening Session|Closing Session|Opening Remarks|Conclusion of Day|Coffee Break|Tea Break|Lunch Break|Reception Dinner|Welcome Dinner|Lunch|Dinner)/u;
const HAN = /\p{Script=Han}/u;
const SPEAKER = foldedPattern(
  "(?:主持人|報告人|主講人|講者|與談人|引言人|Chair|Moderator|Speakers?|Presenters?)\\s*[：:]\\s*([^●\\n]+)",
  "giu",
);
const ITEM_ZH = foldedPattern("^\\s*議程\\s*([一二三四五六七八九十]+|\\d{1,2})\\s*[：:]", "u");
const ITEM_EN = /^\s*(?:Agenda\s+)?Item\s+(\d{1,2})\s*:/iu;

/** The Chinese and the English lines of a cell; a mixed line is cut where an English heading starts. */
function splitLanguages(content: string): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const raw of content.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    if (!HAN.test(line)) {
      en.push(line);
      continue;
    }
    const head = ENGLISH_HEAD.exec(line);
    if (head && head.index > 0 && !HAN.test(line.slice(head.index))) {
      zh.push(line.slice(0, head.index).trim());
      en.push(line.slice(head.index).trim());
    } else zh.push(line);
  }
  return { zh, en };
}

function readBreak(text: string): AgendaBreak | null {
  const folded = fold(text);
  if (COFFEE.test(folded)) return "coffee";
  if (MEAL.test(folded)) return "meal";
  return null;
}

function readSpeakers(zh: string): string[] {
  const out: string[] = [];
  for (const match of fold(zh).matchAll(SPEAKER)) {
    const start = (match.index ?? 0) + match[0].length - (match[1]?.length ?? 0);
    const value = zh.slice(start, start + (match[1]?.length ?? 0));
    for (const name of value.split(/\s*[、，,]\s*/u)) if (name.trim()) out.push(name.trim());
  }
  return out;
}

interface OpenRow extends AgendaRow {
  /** Only a start time was given and the row may continue in the next (a row cut by a page break). */
  open: boolean;
}

/**
 * Agenda rows from the lines of an agenda table (or of timed lines): a day line sets the day of
 * the rows after it; each timed line is a row with its start and end, its item number (議程 1 /
 * Item 1), its Chinese and English text, the speakers (主持人：/報告人：…) and economies it names,
 * and whether it is a coffee break or a meal. A row with a start time only, followed by a row with
 * one time that gives the English of the same item, is one row cut by a page break: they are
 * joined (the second time is the end) and a warning says so.
 */
export function readAgenda(
  lines: readonly AgendaLine[],
  year: number | null,
): { rows: AgendaRow[]; warnings: Warning[] } {
  const rows: OpenRow[] = [];
  const warnings: Warning[] = [];
  let day: string | null = null;
  for (const { time, content, line } of lines) {
    const dayOf = readDay(time, year) ?? (time.trim() === "" ? readDay(content, year) : null);
    if (dayOf !== null && (time.trim() === "" || content.trim() === "")) {
      day = dayOf;
      continue;
    }
    if (HEADER.test(fold(time))) continue;
    const clock = TIME_CELL.exec(time);
    if (!clock) {
      // No time: the text continues the row above (or is a title line before the first row).
      const last = rows.at(-1);
      if (last && content.trim()) appendContent(last, content);
      continue;
    }
    const start = hhmm(clock[1], clock[2]);
    const end = hhmm(clock[3], clock[4]);
    const previous = rows.at(-1);
    const { zh, en } = splitLanguages(content);
    if (previous?.open && end === null && previous.en === "" && zh.length === 0 && en.length > 0) {
      previous.end = start;
      previous.open = false;
      appendContent(previous, content);
      warnings.push(
        createWarning(
          "agenda_row_rejoined",
          `the agenda row at ${previous.start} continues after a page break at ${start}: joined, ending ${start}`,
          { at: line === undefined ? undefined : { line } },
        ),
      );
      continue;
    }
    const row: OpenRow = {
      day,
      start,
      end,
      item: null,
      zh: "",
      en: "",
      speakers: [],
      economies: [],
      break: null,
      open: end === null,
    };
    appendContent(row, content);
    rows.push(row);
  }
  return { rows: rows.map(({ open: _open, ...row }) => row), warnings };
}

function appendContent(row: OpenRow, content: string): void {
  const { zh, en } = splitLanguages(content);
  row.zh = [row.zh, ...zh].filter(Boolean).join("\n");
  row.en = [row.en, ...en].filter(Boolean).join("\n");
  const item = ITEM_ZH.exec(fold(row.zh))?.[1] ?? ITEM_EN.exec(row.en)?.[1];
  row.item = item === undefined ? null : parseNumber(item);
  row.speakers = readSpeakers(row.zh);
  row.economies = findCountries(`${row.zh}\n${row.en}`);
  row.break = row.item === null ? readBreak(`${row.zh}\n${row.en}`) : null;
}
