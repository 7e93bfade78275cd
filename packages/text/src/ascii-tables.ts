import { markWebPageTop } from "./internal/chrome.js";
import { displayWidth } from "./internal/width.js";

// Tables in ASCII as pandoc writes them (Markdown, reStructuredText and plain text made from a
// Word document or a web page): grid tables (`+---+---+` rules, `|` between cells, `+===+` under
// the header) and multiline tables (a line of dashes above and below, the columns given by the
// runs of dashes under the header, rows set apart by blank lines). Both give each column fixed
// display columns, so each is redrawn as a box-drawing table for the box reader, the law
// database's form: one reading of fixed-width cells, hard-wrapped text and rules.

const GRID_RULE = /^\s*\+(?:[-=:]+\+)+\s*$/u;
const FULL_DASHES = /^\s*-{3,}\s*$/u;
const COLUMN_RULE = /^\s*-+(?: +-+)+\s*$/u;
// reStructuredText's simple table (pandoc's rst where every cell fits its line): rules of `=`
// runs, one per column, above the table, under its header and below it.
const RST_RULE = /^\s*=+(?: +=+)+\s*$/u;
// How far a simple table's closing rule may be from its top.
const RST_TABLE_LINES = 400;
// pandoc's Markdown escapes punctuation that would be markup (`9\.`, `\(1\)`).
const ESCAPED = /\\([!-/:-@[-`{-~])/gu;
const PANDOC_MARKDOWN = /\\[.()"'[\]*_#`-]|^#{1,6} /mu;

/** True when a text holds a pandoc grid or multiline table. */
export function hasAsciiTable(text: string): boolean {
  const lines = text.split("\n", 5_000);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line.includes("+-") && GRID_RULE.test(line) && /^\s*\|/u.test(lines[index + 1] ?? "")) return true;
    if (line.includes("- -") && COLUMN_RULE.test(line))
      if (multilineStart(lines, index) !== null || isSimpleHeader(lines, index)) return true;
    if (line.includes("= =") && isRstTop(lines, index)) return true;
  }
  return false;
}

/** True when an rst simple table opens at `top`: its rule, then rows, then a rule of the same columns. */
function isRstTop(lines: readonly string[], top: number): boolean {
  const rule = lines[top] ?? "";
  if (!RST_RULE.test(rule) || !(lines[top + 1] ?? "").trim() || (lines[top - 1] ?? "").trim()) return false;
  for (let index = top + 1; index < lines.length && index - top <= RST_TABLE_LINES; index++) {
    const line = lines[index] as string;
    if (RST_RULE.test(line)) return line.trimEnd() === rule.trimEnd();
  }
  return false;
}

/**
 * An rst simple table from its top rule: its lines redrawn (a rule before each row but the first,
 * a line whose first column is blank going on with the row above, as rst has it), and the index
 * after its bottom rule. The rule under a header has rows after it; the bottom one has none.
 */
function redrawRst(lines: readonly string[], top: number): Redrawn {
  const starts = runStarts(lines[top] as string, /=+/gu);
  const columns = starts.length;
  const box = [boxRule(columns, "┌┬┐")];
  const from = [top];
  let rows = 0;
  let index = top + 1;
  for (; index < lines.length; index++) {
    const line = lines[index] as string;
    if (RST_RULE.test(line)) {
      if (!(lines[index + 1] ?? "").trim()) break;
      box.push(boxRule(columns, "├┼┤"));
      from.push(index);
      rows = 0;
    } else if (line.trim()) {
      const cells = cutAtColumns(line, starts);
      if (rows > 0 && cells[0]) {
        box.push(boxRule(columns, "├┼┤"));
        from.push(index);
      }
      box.push(boxRow(cells));
      from.push(index);
      rows++;
    }
  }
  box.push(boxRule(columns, "└┴┘"));
  from.push(Math.min(index, lines.length - 1));
  return { box, from, end: Math.min(index + 1, lines.length) };
}

/** Where a multiline table whose column rule is at `rule` starts: its top rule, or null. */
function multilineStart(lines: readonly string[], rule: number): number | null {
  for (let index = rule - 1; index >= 0 && rule - index <= 4; index--) {
    const line = lines[index] ?? "";
    if (FULL_DASHES.test(line)) return index;
    if (!line.trim()) return null;
  }
  return null;
}

/**
 * A simple table's header over the column rule at `rule` (pandoc, where every cell fits its line):
 * right above it, not a rule itself, its text starting where the rule's first run does.
 */
function isSimpleHeader(lines: readonly string[], rule: number): boolean {
  const header = lines[rule - 1] ?? "";
  if (!header.trim() || /^\s*-/u.test(header)) return false;
  const first = (lines[rule] as string).search(/-/u);
  return header.search(/\S/u) === first && !FULL_DASHES.test(lines[rule - 2] ?? "");
}

/** A table redrawn: its box's lines, the text's line (0-based) each stands for, and the index after it. */
interface Redrawn {
  box: string[];
  from: number[];
  end: number;
}

/**
 * A simple table from its header: its lines redrawn (a row a line, a rule between rows, so two
 * lines of the box for a line of the text: `from` keeps each one's own), and the index after it.
 */
function redrawSimple(lines: readonly string[], header: number): Redrawn {
  const starts = dashRunStarts(lines[header + 1] as string);
  const columns = starts.length;
  const box = [boxRule(columns, "┌┬┐"), boxRow(cutAtColumns(lines[header] as string, starts))];
  const from = [header, header];
  let index = header + 2;
  for (; index < lines.length && (lines[index] as string).trim(); index++) {
    box.push(boxRule(columns, "├┼┤"), boxRow(cutAtColumns(lines[index] as string, starts)));
    from.push(index, index);
  }
  box.push(boxRule(columns, "└┴┘"));
  from.push(index - 1);
  return { box, from, end: index };
}

/** A redrawing of a line of the text to a line of the box (the last line standing for the rest). */
function lineForLine({ box, end }: { box: string[]; end: number }, start: number): Redrawn {
  return { box, end, from: box.map((_, index) => Math.min(start + index, end - 1)) };
}

/** A line's pieces between display columns (`starts`: where each column begins). */
function cutAtColumns(line: string, starts: readonly number[]): string[] {
  const pieces = starts.map(() => "");
  let column = 0;
  let at = 0;
  for (const char of line) {
    while (at + 1 < starts.length && column >= (starts[at + 1] as number)) at++;
    if (column >= (starts[0] as number)) pieces[at] += char;
    column += displayWidth(char);
  }
  return pieces.map(cellText);
}

/** A cell's piece of a line as its text: trimmed, pandoc Markdown's line break and escapes undone. */
const cellText = (piece: string): string =>
  // (A backslash ending a line is pandoc Markdown's line break.)
  piece.trim().replace(/\\$/u, "").replace(ESCAPED, "$1");

/**
 * Dashes as pandoc's Markdown writes them (`---` an em dash, `--` an en dash), where the text is
 * pandoc's Markdown: it escapes punctuation (`9\.`, `\(1\)`) or has ATX headings.
 */
function undoSmartDashes(line: string): string {
  return line.replace(/(?<!-)---(?!-)/gu, "—").replace(/(?<!-)--(?!-)/gu, "–");
}

/**
 * A grid table's line cut into cells. With as many `|` as bounds, each is one; otherwise a cell
 * holds a `|` of its own, and only those on a bound's display column separate cells (a character
 * of ambiguous width, counted otherwise by the writer, can shift a line's bounds).
 */
function gridCells(line: string, bounds: readonly number[], starts: readonly number[]): string[] {
  const parts = line.trim().split("|");
  if (parts.length === bounds.length + 1) return parts.slice(1, -1).map(cellText);
  return cutAtColumns(blankAtColumns(line, bounds), starts);
}

/** The line with a `|` at any of the display columns `bounds` made a space. */
function blankAtColumns(line: string, bounds: readonly number[]): string {
  let out = "";
  let column = 0;
  for (const char of line) {
    out += char === "|" && bounds.includes(column) ? " " : char;
    column += displayWidth(char);
  }
  return out;
}

/** Display columns where each `+` of a grid rule stands. */
function plusColumns(rule: string): number[] {
  const columns: number[] = [];
  let column = 0;
  for (const char of rule) {
    if (char === "+") columns.push(column);
    column += displayWidth(char);
  }
  return columns;
}

/** Display columns where each run of a rule's character starts (a rule is ASCII: columns are indexes). */
function runStarts(rule: string, runs: RegExp): number[] {
  const starts: number[] = [];
  for (const match of rule.matchAll(runs)) starts.push(match.index ?? 0);
  return starts;
}

/** Display columns where each run of dashes of a column rule starts. */
const dashRunStarts = (rule: string): number[] => runStarts(rule, /-+/gu);

const boxRule = (columns: number, [left, middle, right]: string): string =>
  `${left}${Array.from({ length: columns }, () => "──").join(middle)}${right}`;
const boxRow = (cells: readonly string[]): string => `│${cells.join("│")}│`;

/** A grid table from its first rule: its lines redrawn, and the index after its last rule. */
function redrawGrid(lines: readonly string[], from: number): { box: string[]; end: number } {
  const bounds = plusColumns(lines[from] as string);
  const starts = bounds.slice(0, -1).map((column) => column + 1);
  const columns = starts.length;
  const box = [boxRule(columns, "┌┬┐")];
  let index = from + 1;
  for (; index < lines.length; index++) {
    const line = lines[index] as string;
    if (GRID_RULE.test(line)) {
      const last = !/^\s*[+|]/u.test(lines[index + 1] ?? "");
      box.push(boxRule(columns, last ? "└┴┘" : "├┼┤"));
      if (last) return { box, end: index + 1 };
    } else if (/^\s*\|/u.test(line)) {
      box.push(boxRow(gridCells(line, bounds, starts)));
    } else break;
  }
  box.push(boxRule(columns, "└┴┘"));
  return { box, end: index };
}

/** A multiline table from its top rule: its lines redrawn, and the index after its bottom rule. */
function redrawMultiline(lines: readonly string[], top: number): { box: string[]; end: number } {
  let rule = top + 1;
  while (rule < lines.length && !COLUMN_RULE.test(lines[rule] as string)) rule++;
  const starts = dashRunStarts(lines[rule] as string);
  const columns = starts.length;
  // (Each line of the text gives one line of the box, so every line keeps its number: a blank
  // line between rows is a rule, and a row's end among the blank lines that close the table.)
  const box = [boxRule(columns, "┌┬┐")];
  for (let index = top + 1; index < rule; index++) {
    const line = lines[index] as string;
    box.push(line.trim() ? boxRow(cutAtColumns(line, starts)) : boxRow(starts.map(() => "")));
  }
  box.push(boxRule(columns, "├┼┤"));
  let index = rule + 1;
  for (; index < lines.length; index++) {
    const line = lines[index] as string;
    if (FULL_DASHES.test(line)) break;
    box.push(line.trim() ? boxRow(cutAtColumns(line, starts)) : boxRule(columns, "├┼┤"));
  }
  box.push(boxRule(columns, "└┴┘"));
  return { box, end: Math.min(index + 1, lines.length) };
}

/**
 * The text with its pandoc grid and multiline tables redrawn in box-drawing characters (other
 * lines as they are), for the box reader; `lineOf`: each line's number in the text (1-based), which
 * a redrawn simple table shifts (grid and multiline tables are redrawn line for line).
 */
export function redrawAsciiTables(text: string): { text: string; lineOf: number[] } {
  const lines = text.split("\n");
  const out: string[] = [];
  const lineOf: number[] = [];
  const markdown = PANDOC_MARKDOWN.test(text);
  for (let index = 0; index < lines.length; ) {
    const line = lines[index] as string;
    const grid = GRID_RULE.test(line) && /^\s*\|/u.test(lines[index + 1] ?? "");
    const multiline = FULL_DASHES.test(line) && columnRuleBelow(lines, index);
    const simple = COLUMN_RULE.test(lines[index + 1] ?? "") && isSimpleHeader(lines, index + 1);
    const rst = !grid && !multiline && !simple && line.includes("= =") && isRstTop(lines, index);
    if (!grid && !multiline && !simple && !rst) {
      out.push(markupUndone(line, out.at(-1), markdown));
      lineOf.push(index + 1);
      index++;
      continue;
    }
    const { box, from, end } = grid
      ? lineForLine(redrawGrid(lines, index), index)
      : multiline
        ? lineForLine(redrawMultiline(lines, index), index)
        : rst
          ? redrawRst(lines, index)
          : redrawSimple(lines, index);
    const cells = markdown ? box.map((row) => (row.startsWith("│") ? undoSmartDashes(row) : row)) : box;
    out.push(...joinedToTableAbove(out, cells));
    for (const at of from) lineOf.push(at + 1);
    index = end;
  }
  // A saved web page's site title and breadcrumb atop the text (首頁 > 法規內容) are the site's.
  const chrome = out.map(() => false);
  markWebPageTop(out, chrome);
  return { text: out.map((line, index) => (chrome[index] ? "" : line)).join("\n"), lineOf };
}

// Markup of pandoc's text forms outside tables, undone (each line kept, as a blank one where it
// is markup alone, so that every line keeps its number): reStructuredText's directives (`..
// container:: nav`) and its section titles' under- and overlines (a run of one punctuation mark
// at least as long as the title above), links in rst (`` `首頁 </>`__ ``) and Markdown
// (`[首頁](/)`), and Markdown's escapes.
const RST_DIRECTIVE = /^\.\.\s+[\w-]+::/u;
const SECTION_LINE = /^([=\-~^"'`#*+:.])\1{2,}\s*$/u;
const RST_LINK = /`([^`<]+?)\s*<[^>]*>`__?/gu;
const MARKDOWN_LINK = /\[([^\]]+)\]\([^)]*\)/gu;

function markupUndone(line: string, above: string | undefined, markdown: boolean): string {
  if (RST_DIRECTIVE.test(line)) return "";
  const title = above?.trim() ?? "";
  if (
    SECTION_LINE.test(line) &&
    title &&
    !SECTION_LINE.test(title) &&
    line.trim().length >= displayWidth(title)
  )
    return "";
  const linked = line.replace(RST_LINK, "$1").replace(MARKDOWN_LINK, "$1");
  return markdown ? linked.replace(ESCAPED, "$1") : linked;
}

/**
 * A table right under another of as many columns, blank lines between (pandoc writes each of a
 * report's records as a table of its own), goes on in the same box: consecutive boxes are
 * pages of one table to the box reader, whose rows may run on from one to the next; a rule
 * between them ends the row above. Returns the lines to add.
 */
function joinedToTableAbove(out: string[], box: readonly string[]): readonly string[] {
  let above = out.length - 1;
  while (above >= 0 && !(out[above] as string).trim()) above--;
  const bottom = out[above] ?? "";
  // (Every box this file draws closes with one rule per column count: equal rules, equal counts.)
  if (!bottom.startsWith("└") || bottom !== box.at(-1)) return box;
  // The bottom rule, the blank lines and the top rule made inner rules, one for each: every
  // line keeps its number, so what the reader says of a line is said of the text's own.
  const rule = boxRule(bottom.split("┴").length, "├┼┤");
  for (let index = above; index < out.length; index++) out[index] = rule;
  return [rule, ...box.slice(1)];
}

/** A column rule within the few header lines under a top rule. */
function columnRuleBelow(lines: readonly string[], top: number): boolean {
  for (let index = top + 1; index < lines.length && index - top <= 4; index++) {
    const line = lines[index] as string;
    if (COLUMN_RULE.test(line)) return true;
    if (!line.trim()) return false;
  }
  return false;
}
