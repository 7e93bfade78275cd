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
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return false;
  const text = trimmed.replace(/\s+/gu, " ");
  return text.length > 0 && text.length <= 24 && PAGE_NUMBER.some((pattern) => pattern.test(text));
}

/**
 * A bare number (`12`) is a page number only where a page visibly ends (next to a form feed) or
 * where it is set far from the margin (centred); elsewhere it may be a value (序次 then 1).
 */
function isBarePageNumber(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? "";
  if (!BARE_NUMBER.test(line.replace(/\f/gu, "").trim())) return false;
  if (/^ {10,}\d/u.test(line)) return true;
  for (let near = Math.max(0, index - 2); near <= Math.min(lines.length - 1, index + 2); near++)
    if (lines[near]?.includes("\f")) return true;
  return false;
}

const RUNNING_HEAD_MAX = 80;
const NEAR_BOUNDARY = 3;

function key(line: string): string {
  return line.replace(/\s+/gu, "");
}

/**
 * Marks the page chrome of paged text: page-number lines, form feeds, and running heads or feet
 * (a short line repeated near at least two page boundaries). Returns, per line, whether it is chrome, and per line whether a page
 * boundary comes right before it.
 */
export function findChrome(lines: readonly string[]): { chrome: boolean[]; pageBreakBefore: boolean[] } {
  const chrome = lines.map((line, index) => isPageNumber(line) || isBarePageNumber(lines, index));
  const boundary = lines.map((line, index) => chrome[index] === true || line.includes("\f"));
  // Lines near a boundary, by their text, and the page ends they are near (boundaries a few
  // lines apart, a page number and a form feed, are one page end).
  const nearBoundary = new Map<string, number[]>();
  const pageEnds = new Map<string, Set<number>>();
  const boundaries = boundary.flatMap((is, index) => (is ? [index] : []));
  const pageEndOf = new Map<number, number>();
  boundaries.forEach((at, i) => {
    const previous = boundaries[i - 1];
    pageEndOf.set(
      at,
      previous !== undefined && at - previous <= NEAR_BOUNDARY * 2 ? (pageEndOf.get(previous) ?? at) : at,
    );
  });
  for (const at of boundaries) {
    for (const direction of [-1, 1]) {
      let seen = 0;
      for (
        let index = at + direction;
        index >= 0 && index < lines.length && seen < NEAR_BOUNDARY;
        index += direction
      ) {
        const text = key(lines[index] ?? "");
        if (!text || chrome[index]) continue;
        seen++;
        // A running head is one piece of text; a line of table columns is not.
        if (text.length > RUNNING_HEAD_MAX || /\S {2,}\S/u.test(lines[index]?.trim() ?? "")) continue;
        const list = nearBoundary.get(text) ?? [];
        if (!list.includes(index)) list.push(index);
        nearBoundary.set(text, list);
        const ends = pageEnds.get(text) ?? new Set<number>();
        ends.add(pageEndOf.get(at) ?? at);
        pageEnds.set(text, ends);
      }
    }
  }
  // The same short line next to two page boundaries or more: a running head or foot. Its copy
  // at the top of the first page (no boundary before it) stays: it is often the title.
  // Elsewhere than near a boundary (the first page's top, where the title is, aside).
  const elsewhere = new Map<string, number>();
  const firstBoundary = boundaries[0] ?? lines.length;
  lines.forEach((line, index) => {
    const text = key(line);
    const list = nearBoundary.get(text);
    if (index > firstBoundary && list && !list.includes(index))
      elsewhere.set(text, (elsewhere.get(text) ?? 0) + 1);
  });
  const allPageEnds = new Set(pageEndOf.values());
  for (const [text, indexes] of nearBoundary) {
    // Near two different page ends (a value repeated around one page end is no running head).
    // A running head is on most pages; a line that is near a page end now and then is text.
    const near = pageEnds.get(text)?.size ?? 0;
    if (near < 2 || near < allPageEnds.size / 2 || (elsewhere.get(text) ?? 0) > 1) continue;
    for (const index of indexes) chrome[index] = true;
  }
  // A page ends at a form feed or at the chrome run around a page number.
  const pageBreakBefore = lines.map(() => false);
  boundaries.forEach((at) => {
    let next = at + (lines[at]?.includes("\f") && !chrome[at] ? 0 : 1);
    while (next < lines.length && (chrome[next] || !(lines[next] ?? "").trim())) next++;
    if (next < lines.length) pageBreakBefore[next] = true;
  });
  return { chrome, pageBreakBefore };
}

// What the national law database prints around a rule's text on every page of its print view.
const LAW_DATABASE_CHROME =
  /^(法規名稱|修正日期|公發布日|發布日期|生效狀態|法規類別|所有條文|列印時間|資料來源)\s*[：:]/u;

/** True for a line of page chrome: a page number, or the law database's page header lines. */
export function isChromeLine(line: string): boolean {
  return isPageNumber(line) || LAW_DATABASE_CHROME.test(line.trim());
}
