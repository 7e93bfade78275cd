// Page chrome: what a printed or paged rendering puts around the text of each page (page numbers,
// running heads). Text readers drop it and remember where a page ended.

const BARE_NUMBER = /^\d{1,4}$/u;
const PAGE_NUMBER = [
  // -1-  - 12 -  ‹12›
  /^[-–—‹<]\s*\d{1,4}\s*[-–—›>]$/u,
  // 第 2 頁／共 12 頁, 第2頁, 第 2 頁，共 12 頁
  /^第\s*\d{1,4}\s*[頁页](\s*[／/，,、]?\s*共\s*\d{1,4}\s*[頁页])?$/u,
  // 2 / 12, Page 2 of 12, p. 2
  /^(page|p\.)?\s*\d{1,4}\s*(\/|of|／)\s*\d{1,4}$/iu,
  /^(page|p\.)\s*\d{1,4}$/iu,
];

/** True when a line (without its surrounding white space) is a page number in a common style. */
export function isPageNumber(line: string): boolean {
  return isPageNumberOf(line, trimmedLength(line));
}

/** `isPageNumber`, the line's `trimmedLength` given (every line is asked twice: measured once). */
function isPageNumberOf(line: string, length: number): boolean {
  if (length === 0 || length > 40 || !PAGE_NUMBER_START.has(firstVisible(line))) return false;
  const trimmed = line.trim();
  const text = trimmed.replace(/\s+/gu, " ");
  return text.length > 0 && text.length <= 24 && PAGE_NUMBER.some((pattern) => pattern.test(text));
}

/**
 * A bare number (`12`) is a page number only where a page visibly ends (next to a form feed) or
 * where it is set far from the margin (centred); elsewhere it may be a value (序次 then 1).
 */
function isBarePageNumber(
  lines: readonly string[],
  feeds: readonly boolean[],
  index: number,
  length: number,
): boolean {
  const line = lines[index] ?? "";
  if (length > 4 && !feeds[index]) return false;
  if (!BARE_NUMBER.test((feeds[index] ? line.replace(/\f/gu, "") : line).trim())) return false;
  if (/^ {10,}\d/u.test(line)) return true;
  for (let near = Math.max(0, index - 2); near <= Math.min(lines.length - 1, index + 2); near++)
    if (feeds[near]) return true;
  return false;
}

// Every line of a text is asked whether it is a page number: most are told by their length
// alone, measured without trimming (a copy per line).
const WHITE_SPACE = /\s/u;
// Most lines end (and many start) with a CJK character: each code unit past ASCII asked of the
// pattern once (0 not asked yet, 1 no, 2 yes), not a string made and a pattern tried per line.
const WHITE_UNITS = new Uint8Array(0x10000);
const isWhiteSpace = (unit: number): boolean => {
  if (unit === 0x20) return true;
  if (unit < 0x20) return unit >= 9 && unit <= 13;
  if (unit < 0xa0) return false;
  if (WHITE_UNITS[unit] === 0) WHITE_UNITS[unit] = WHITE_SPACE.test(String.fromCharCode(unit)) ? 2 : 1;
  return WHITE_UNITS[unit] === 2;
};

// What a page number in any of those styles starts with (`P`, `p` under /i): most short lines
// are told by their first character, without a trimmed copy and four patterns.
const PAGE_NUMBER_START = new Set([..."-–—‹<第0123456789pP"].map((char) => char.charCodeAt(0)));

/** A line's first code unit that `trim()` keeps (-1: none). */
export function firstVisible(line: string): number {
  for (let at = 0; at < line.length; at++) {
    const unit = line.charCodeAt(at);
    if (!isWhiteSpace(unit)) return unit;
  }
  return -1;
}

/** A line's length without the white space `trim()` drops at either end. */
export function trimmedLength(line: string): number {
  let start = 0;
  let end = line.length;
  while (start < end && isWhiteSpace(line.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(line.charCodeAt(end - 1))) end--;
  return end - start;
}

const RUNNING_HEAD_MAX = 80;
// Page ends this many lines apart (a page number, then a form feed) are one page end.
const SAME_PAGE_END = 6;
// Running heads or feet stacked at one page edge, at most.
const EDGE_DEPTH = 3;

function key(line: string): string {
  return line.replace(/\s+/gu, "");
}

/** Per boundary line, the page end it belongs to (boundaries a few lines apart are one). */
function groupPageEnds(boundaries: readonly number[]): Map<number, number> {
  const pageEndOf = new Map<number, number>();
  for (let i = 0; i < boundaries.length; i++) {
    const at = boundaries[i] as number;
    const previous = boundaries[i - 1];
    pageEndOf.set(
      at,
      previous !== undefined && at - previous <= SAME_PAGE_END ? (pageEndOf.get(previous) ?? at) : at,
    );
  }
  return pageEndOf;
}

interface EdgeLines {
  /** Line indexes of the text at a page edge (a Set: a head on every page is met hundreds of times). */
  indexes: Set<number>;
  /** The page ends it stands at. */
  pageEnds: Set<number>;
}

/** A line's text without white space, if it may be a running head (else null). */
function runningHeadText(line: string): string | null {
  const text = key(line);
  if (!text || text.length > RUNNING_HEAD_MAX || /\S {2,}\S/u.test(line.trim())) return null;
  // Punctuation alone (a cell's 。 wrapped onto its own line at a page foot) is no running head.
  return /[\p{L}\p{N}]/u.test(text) ? text : null;
}

/**
 * The lines at the edge of each page: walking away from each page boundary, the first line
 * that is neither blank nor already chrome (and no further: a running head is at the edge, or
 * next to another running head, never below a line of text). A line of table columns is text.
 */
function edgeLines(
  lines: readonly string[],
  { chrome, feeds }: { chrome: readonly boolean[]; feeds: readonly boolean[] },
  pageEndOf: ReadonlyMap<number, number>,
): Map<string, EdgeLines> {
  const found = new Map<string, EdgeLines>();
  // (The boundaries of one page end meet the same edge lines: each line's text judged once.)
  const judged = new Map<number, string | null>();
  for (const [at, pageEnd] of pageEndOf)
    for (const direction of [-1, 1]) {
      // A form feed opens the first line of its page: that line is at the edge itself.
      const opensPage = direction === 1 && feeds[at] === true && !chrome[at];
      let index = opensPage ? at : at + direction;
      let depth = 0;
      for (; index >= 0 && index < lines.length; index += direction) {
        // (A blank line: trim drops what \s matches.)
        if (trimmedLength(lines[index] ?? "") === 0) continue;
        if (!chrome[index] || ++depth > EDGE_DEPTH) break;
      }
      if (chrome[index] || depth > EDGE_DEPTH) continue;
      let text = judged.get(index);
      if (text === undefined) {
        text = runningHeadText(lines[index] ?? "");
        judged.set(index, text);
      }
      if (text === null) continue;
      let entry = found.get(text);
      if (!entry) {
        entry = { indexes: new Set<number>(), pageEnds: new Set<number>() };
        found.set(text, entry);
      }
      entry.indexes.add(index);
      entry.pageEnds.add(pageEnd);
    }
  return found;
}

/**
 * The lines whose text (white space left out) is `text`. `firsts`: per line, its first visible
 * unit (see findChrome): most lines are told by it, with no pass over their leading spaces.
 */
function linesWithText(lines: readonly string[], text: string, firsts: Int32Array): number[] {
  const found: number[] = [];
  const first = text.length > 0 ? text.charCodeAt(0) : -1;
  for (let index = 0; index < lines.length; index++)
    if (firsts[index] === first && spells(lines[index] ?? "", text)) found.push(index);
  return found;
}

/**
 * The line without its white space is `text` (`key(line) === text`, no copy made: most lines
 * differ at their first visible unit). White space is never a surrogate: units compare as code
 * points.
 */
export function spells(line: string, text: string): boolean {
  let at = 0;
  for (let index = 0; index < line.length; index++) {
    const unit = line.charCodeAt(index);
    if (isWhiteSpace(unit)) continue;
    if (at === text.length || unit !== text.charCodeAt(at)) return false;
    at++;
  }
  return at === text.length;
}

/**
 * Marks the running heads and feet of paged text: a short line at the edge of most pages (at
 * least two), found edge inwards (a second running head stands next to the first).
 */
function markRunningHeads(
  lines: readonly string[],
  { chrome, feeds, firsts }: { chrome: boolean[]; feeds: readonly boolean[]; firsts: Int32Array },
  pageEndOf: Map<number, number>,
): void {
  const allPageEnds = new Set(pageEndOf.values()).size;
  const firstBoundary = Math.min(lines.length, ...pageEndOf.keys());
  const firstLine = lines.find((line) => trimmedLength(line) > 0);
  const topOfText = firstLine === undefined ? null : runningHeadText(firstLine);
  // (The lines do not change between rounds: each text's lines are looked for once.)
  const withText = new Map<string, number[]>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [text, { indexes, pageEnds }] of edgeLines(lines, { chrome, feeds }, pageEndOf)) {
      // A running head is on most pages; a line at a page edge now and then is text, and so is a
      // line found often elsewhere. Its copy at the top of the first page (often the title) stays,
      // but counts as a page it stands on: in two pages a head meets one page boundary only.
      const pages = pageEnds.size + (text === topOfText ? 1 : 0);
      if (pages < 2 || pageEnds.size < allPageEnds / 2) continue;
      let found = withText.get(text);
      if (!found) {
        found = linesWithText(lines, text, firsts);
        withText.set(text, found);
      }
      const elsewhere = found.filter((index) => index > firstBoundary && !indexes.has(index)).length;
      if (elsewhere > 1) continue;
      for (const index of indexes) chrome[index] = true;
      changed = true;
    }
  }
  markHeadOverTitle(lines, chrome, withText);
}

/**
 * The first page's running head set right over the title it repeats (Chromium on a small page,
 * no blank line between: `國家廉政建設行動方案（核定本）` twice): the first line is the head, marked
 * where the same text is a running head on later pages; the title below stays.
 */
function markHeadOverTitle(
  lines: readonly string[],
  chrome: boolean[],
  heads: ReadonlyMap<string, number[]>,
): void {
  const first = lines.findIndex((line) => trimmedLength(line) > 0);
  if (first < 0 || chrome[first]) return;
  const text = runningHeadText(lines[first] ?? "");
  // (Only right under it: with a blank line between, the head is read as the title and the
  // title as a paragraph, as every print's first page has it.)
  const next = first + 1;
  if (text === null || runningHeadText(lines[next] ?? "") !== text) return;
  if ((heads.get(text) ?? []).some((index) => index > next && chrome[index])) chrome[first] = true;
}

/**
 * Marks the page chrome of paged text: page-number lines, form feeds, and running heads or feet
 * (a short line at the edge of most pages). Returns, per line, whether it is chrome, whether a
 * page boundary comes right before it, whether it holds a form feed, and its `firstVisible` unit
 * (white space, form feeds included, before it: the same unit once feeds and margins are cut).
 */
export function findChrome(lines: readonly string[]): {
  chrome: boolean[];
  pageBreakBefore: boolean[];
  feeds: boolean[];
  firsts: Int32Array;
} {
  const feeds = formFeedLines(lines);
  const firsts = new Int32Array(lines.length);
  const chrome = pageNumberLines(lines, feeds, firsts);
  const boundaries = pageBoundaries(chrome, feeds);
  markRunningHeads(lines, { chrome, feeds, firsts }, groupPageEnds(boundaries));
  const pageBreakBefore = pageBreaksAfter(lines, { chrome, feeds }, boundaries);
  // (After the page ends are found: the web page's top ends no page.)
  markWebPageTop(lines, chrome);
  return { chrome, pageBreakBefore, feeds, firsts };
}

// A saved web page as printed: at its top the page's title with the site's name after a dash or
// bar (`國家廉政建設行動方案（核定本） - 全國法規資料庫`, wrapped or not), over the site's
// breadcrumb (`首頁 > 法規內容`). The document's own title follows; these two are the site's.
const BREADCRUMB = /^\s*(?:首頁|主頁|Home)\s*[>＞›»]/u;
const SITE_NAME_AFTER = /\s[-–—|｜]\s*[^\s\-–—|｜][^\-–—|｜]*$/u;
// How many lines of text above the breadcrumb the page's title may take.
const PAGE_TITLE_LINES = 3;

/** Marks the site's title and breadcrumb atop a saved web page (see BREADCRUMB) as chrome. */
export function markWebPageTop(lines: readonly string[], chrome: boolean[]): void {
  const above: number[] = [];
  for (let index = 0; index < lines.length && above.length <= PAGE_TITLE_LINES; index++) {
    const line = lines[index] ?? "";
    if (chrome[index] || !line.trim()) continue;
    if (BREADCRUMB.test(line)) {
      const title = above.map((at) => (lines[at] ?? "").trim()).join(" ");
      if (above.length > 0 && !SITE_NAME_AFTER.test(title)) return;
      for (const at of above) chrome[at] = true;
      chrome[index] = true;
      return;
    }
    above.push(index);
  }
}

// (Each pass over the lines a function of its own, at module level: findChrome runs once per
// text, so V8 optimizes its loops on the stack; a pass that shared its function with the next
// one was dropped at the next pass's first untried step, on every text, and compiled again.)

/** Per line, whether it holds a form feed (each line searched once: every pass asks). */
function formFeedLines(lines: readonly string[]): boolean[] {
  const feeds: boolean[] = [];
  for (let index = 0; index < lines.length; index++) feeds.push((lines[index] ?? "").includes("\f"));
  return feeds;
}

/**
 * Per line, whether it is a page number (see isPageNumberOf, isBarePageNumber) or a print time
 * (PRINT_TIME); each line's `firstVisible` written to `firsts` when given.
 */
export function pageNumberLines(
  lines: readonly string[],
  feeds: readonly boolean[],
  firsts?: Int32Array,
): boolean[] {
  const chrome: boolean[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    // Both tests need the line's first visible character to open a page number (a bare number's
    // digits are among them; a form feed is white space): most lines are told by it alone.
    // (`firsts`, when given, keeps it for the later passes.)
    const first = firstVisible(line);
    if (firsts) firsts[index] = first;
    if (!PAGE_NUMBER_START.has(first)) {
      chrome.push(first === PRINT_TIME_START && PRINT_TIME.test(line));
      continue;
    }
    const length = trimmedLength(line);
    chrome.push(isPageNumberOf(line, length) || isBarePageNumber(lines, feeds, index, length));
  }
  return chrome;
}

// The law database's print footer (`列印時間：112/08/18 10:00`): the time of the print, no part
// of the document, on a line of its own wherever the print's pages end.
const PRINT_TIME = /^\s*列印時間\s*[：:]\s*[\d/.\- :]+$/u;
const PRINT_TIME_START = "列".charCodeAt(0);

/** The lines where a page ends: page numbers and form feeds. */
function pageBoundaries(chrome: readonly boolean[], feeds: readonly boolean[]): number[] {
  const boundaries: number[] = [];
  for (let index = 0; index < chrome.length; index++)
    if (chrome[index] || feeds[index]) boundaries.push(index);
  return boundaries;
}

/** Per line, whether a page boundary comes right before it: a form feed, or the chrome run around a page number. */
function pageBreaksAfter(
  lines: readonly string[],
  { chrome, feeds }: { chrome: readonly boolean[]; feeds: readonly boolean[] },
  boundaries: readonly number[],
): boolean[] {
  const pageBreakBefore: boolean[] = [];
  for (let index = 0; index < lines.length; index++) pageBreakBefore.push(false);
  for (const at of boundaries) {
    let next = at + (feeds[at] && !chrome[at] ? 0 : 1);
    while (next < lines.length && (chrome[next] || !(lines[next] ?? "").trim())) next++;
    if (next < lines.length) pageBreakBefore[next] = true;
  }
  return pageBreakBefore;
}

// What the national law database prints around a rule's text on every page of its print view.
const LAW_DATABASE_CHROME =
  /^(法規名稱|修正日期|公發布日|發布日期|生效狀態|法規類別|所有條文|列印時間|資料來源)\s*[：:]/u;

/** True for a line of page chrome: a page number, or the law database's page header lines. */
export function isChromeLine(line: string): boolean {
  return isPageNumber(line) || LAW_DATABASE_CHROME.test(line.trim());
}
