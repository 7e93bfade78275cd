import type { DocumentKind, Language } from "@lianzheng/model";
import { countScriptCharacters } from "@lianzheng/normalize";

export interface Detection {
  kind: DocumentKind;
  language: Language;
}

const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * zh-Hant, zh-Hans or en for a whole document: English when Latin words outnumber Han characters
 * (an English text quoting a few Chinese names stays English), else the script normalize detects.
 */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  const counts = countScriptCharacters(sample);
  if ((sample.match(LATIN_WORD)?.length ?? 0) > counts.han) return "en";
  return counts.simplifiedOnly > counts.traditionalOnly ? "zh-Hans" : "zh-Hant";
}

// Each kind is recognised by what its text holds, never by the file name. The patterns accept
// Traditional and Simplified forms and tolerate the spaces extraction puts between characters.
export const EXECUTION_REPORT_TITLE =
  /(國家廉政建設行動方案|国家廉政建设行动方案)\s*\d+\s*年(度)?\s*(執行情形|执行情形)/u;
const RECORD_KEY = /^\s*(序次|序号|序號)\s+\d+/mu;
const RECORD_KEYS = new RegExp(RECORD_KEY.source, "gmu");
const countOf = (pattern: RegExp, text: string) => text.match(pattern)?.length ?? 0;
/**
 * A title as a pattern that takes any spacing inside it: a title wrapped over two lines (Cairo's
 * Type 3 text breaks "…Building Action" / "Plan" into two paragraphs), letter-spaced CJK, or
 * words whose only space was the line break.
 */
const wrappable = (title: string) => [...title.replace(/\s+/g, "")].join("\\s*");
const PLAN_TITLE = new RegExp(
  ["國家廉政建設行動方案", "国家廉政建设行动方案", "National Integrity Building Action Plan"]
    .map(wrappable)
    .join("|"),
  "iu",
);
// Its words may wrap anywhere (`Specific` / `Strategy` / `Enforcement Measure Performance Goal`).
const PLAN_TABLE_HEADER =
  /具體策略\s+執行措施\s+績效目標|具体策略\s+执行措施\s+绩效目标|Specific\s+Strategy\s+Enforcement\s+Measure\s+Performance\s+Goal/iu;
// The plan's column names each standing alone (at a line's ends or two spaces from the text
// beside it), however wrapped: a header whose first column wrapped around the row (`具體` /
// `策略`), stacked one name per line (pdftotext without -layout), or set as each column's own
// heading. A text that only names the columns (`執行措施 / 績效目標`, in prose) does not.
const PLAN_COLUMNS = [
  ["執行措施", "执行措施", "Enforcement Measure"],
  ["績效目標", "绩效目标", "Performance Goal"],
  ["辦理機關", "办理机关", "Executing Agency"],
].map(
  (names) =>
    new RegExp(`(?:^|\\n|\\s{2})\\s*(?:${names.map(wrappable).join("|")})[ \\t]*(?:$|\\n|\\s{2})`, "iu"),
);
const hasPlanColumns = (text: string): boolean => PLAN_COLUMNS.every((column) => column.test(text));
// A trip report says so on its cover: the first lines, at the start of a line.
const TRIP_REPORT =
  /^\s*#*\s*(出國報告|出国报告|出國類別|出国类别|Report (on|of) (an? )?(Official )?(Trip|Travel) Abroad)/imu;

// A narrative is prose: no table rows, and most of its text in long paragraphs that end as
// sentences do (a README with a table or a list of short lines is not one).
const SENTENCE_END = /[.。!?！？"”’]$/u;
const PROSE_PARAGRAPH = 150;

function isProse(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.some((line) => line.includes("\t") || line.startsWith("|"))) return false;
  const prose = lines.filter((line) => line.length >= PROSE_PARAGRAPH && SENTENCE_END.test(line));
  const proseChars = prose.reduce((sum, line) => sum + line.length, 0);
  const allChars = lines.reduce((sum, line) => sum + line.length, 0);
  return prose.length >= 2 && proseChars >= 0.6 * allChars;
}

/**
 * Decide a document's kind and language from its content. `text` is the text of the document
 * (for a PDF, the text of its layout with table cells separated by tabs).
 */
export function detect(text: string): Detection {
  const language = detectLanguage(text);
  const head = text.slice(0, 4_000);
  let kind: DocumentKind = "other";
  if (EXECUTION_REPORT_TITLE.test(head) && RECORD_KEY.test(text)) kind = "execution-report";
  else if (TRIP_REPORT.test(head.slice(0, 400))) kind = "trip-report";
  else if (PLAN_TITLE.test(head) && (PLAN_TABLE_HEADER.test(text) || hasPlanColumns(text)))
    kind = "action-plan";
  // The title further in (a cover letter before it, pages out of order): the body must say so
  // more firmly then, with several records or the plan's own table header.
  else if (EXECUTION_REPORT_TITLE.test(text) && countOf(RECORD_KEYS, text) >= 2) kind = "execution-report";
  else if (PLAN_TITLE.test(text) && PLAN_TABLE_HEADER.test(text) && !isProse(text)) kind = "action-plan";
  else if (isProse(text)) kind = "narrative";
  return { kind, language };
}

/** How many of a document's first non-empty lines may hold its title (an approval line may come first). */
const TITLE_LINES = 4;
/** After the name, a title line holds little more: `（核定本）`, `(修正)`, a year. */
const TITLE_TAIL = 12;
// Before the name: markdown's heading marks, the law database's label, or the approval line a
// reader joined to the title (`…院臺法字第…號函核定國家廉政建設行動方案 107 年執行情形`).
const TITLE_LEAD = /^\s*(?:#+\s*)?(?:法規名稱[:：]\s*)?(?:.{0,60}?號函核定\s*)?/u;

/** Whether `line` is a title made of what `pattern` matches at its start, and little after it. */
function isTitleLine(line: string, pattern: RegExp): boolean {
  const rest = line.replace(TITLE_LEAD, "");
  const found = pattern.exec(rest);
  return found?.index === 0 && rest.slice(found[0].length).replace(/\s+/gu, "").length <= TITLE_TAIL;
}

/**
 * The kind a document's own title names (the plan's name, or a year's 執行情形): a line of its
 * own among the first lines, not a mention in the body, which says nothing of the document's kind.
 */
export function titledKind(text: string): "action-plan" | "execution-report" | null {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (line.trim() === "") continue;
    lines.push(line);
    if (lines.length === TITLE_LINES) break;
  }
  if (lines.some((line) => isTitleLine(line, EXECUTION_REPORT_TITLE))) return "execution-report";
  return lines.some((line) => isTitleLine(line, PLAN_TITLE)) ? "action-plan" : null;
}
