import { Parser } from "htmlparser2";
import { hasBoxTable } from "./box.js";
import { isSkipped } from "./html.js";

// Block elements whose boundaries end a line of the page's text.
const BLOCK = /^(p|div|li|dd|dt|h[1-6]|tr|section|article|blockquote)$/u;

/** The page's text as it is read: lines of its blocks, and what its <pre> elements hold. */
interface PageText {
  lines: string[];
  line: string;
  /** Open <pre> elements, and the text of the outermost so far. */
  pre: number;
  preText: string;
  /** Open skipped elements (chrome, scripts); for every open element, whether it is one. */
  skip: number;
  open: boolean[];
  tables: number;
  boxed: boolean;
}

function endLine(page: PageText): void {
  if (page.line.trim()) page.lines.push(page.line.trim());
  page.line = "";
}

function openTag(page: PageText, name: string, attributes: Record<string, string>): void {
  const skipped = isSkipped(name, attributes);
  page.open.push(skipped);
  if (skipped) page.skip++;
  if (page.skip) return;
  if (name === "table") page.tables++;
  if (name === "pre") {
    endLine(page);
    page.pre++;
  } else if (name === "br") {
    if (page.pre) page.preText += "\n";
    else endLine(page);
  } else if (!page.pre && BLOCK.test(name)) endLine(page);
}

function closeTag(page: PageText, name: string): void {
  if (page.open.pop()) {
    page.skip--;
    return;
  }
  if (page.skip) return;
  if (name === "pre" && page.pre > 0) {
    page.pre--;
    if (page.pre > 0) return;
    if (hasBoxTable(page.preText)) page.boxed = true;
    // (A <pre>'s first line break, right after the tag, is not part of its text; nor is a last.)
    page.lines.push(...page.preText.replace(/^\r?\n|\r?\n$/gu, "").split(/\r?\n/u));
    page.preText = "";
  } else if (!page.pre && BLOCK.test(name)) endLine(page);
}

/**
 * A saved web page whose table is preformatted text: the national law database sets a rule's
 * tables in box-drawing characters inside `<pre>`. Returns the page as text for the text readers
 * (each block a line, each `<pre>` verbatim; the page's body names the rule, its `<title>` adds
 * the site's name), or null
 * where no `<pre>` holds a box table, or the page has a `<table>` of its own (read as HTML).
 */
export function preformattedPage(html: string): string | null {
  if (!/<pre[\s>]/iu.test(html)) return null;
  const page: PageText = {
    lines: [],
    line: "",
    pre: 0,
    preText: "",
    skip: 0,
    open: [],
    tables: 0,
    boxed: false,
  };
  const parser = new Parser(
    {
      onopentag: (name, attributes) => openTag(page, name, attributes),
      ontext: (data) => {
        if (page.skip) return;
        if (page.pre) page.preText += data;
        else page.line += data.replace(/[ \t\r\n]+/gu, " ");
      },
      onclosetag: (name) => closeTag(page, name),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endLine(page);
  if (!page.boxed || page.tables > 0) return null;
  return page.lines.join("\n");
}
