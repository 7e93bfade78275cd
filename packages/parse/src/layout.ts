import type { RawDocument } from "@lianzheng/layout";
import { foldLookalikes, readAnyText, type TextEncoding } from "@lianzheng/text";
import { decodeInput, type Input } from "./input.js";

/** An input's layout and the texts its kind is detected from, as `parseLayout` takes them. */
export interface InputLayout {
  raw: () => RawDocument;
  /** The text the title is taken from. */
  text: string;
  /** Texts to detect the kind from, best first. */
  kindTexts: () => string[];
  pages?: number;
  encoding?: TextEncoding;
}

/** A layout as plain text: blocks in order, table cells separated by tabs, rows by line breaks. */
export function textOfLayout(raw: RawDocument): string {
  const lines: string[] = [];
  for (const block of raw.blocks) {
    if (block.kind !== "table") lines.push(block.text);
    else {
      if (block.header) lines.push(block.header.join("\t"));
      for (const row of block.rows)
        lines.push(row.cells.map((cell) => cell.text.replace(/\s+/g, " ")).join("\t"));
    }
  }
  return lines.join("\n");
}

/**
 * The layout of a text input in any of its forms (pdftotext, box tables, HTML, Markdown, one cell
 * per line; UTF-8, UTF-16 or Big5). Throws a ParseError naming the input when it is not text.
 */
export function layoutOfText(input: Pick<Input, "path" | "bytes">): InputLayout {
  const { text, encoding } = decodeInput(input);
  // Every form is read (it is cheap next to parsing); its kind shows in its own text, look-alikes
  // folded, or in the text of its layout (a box table, a web page: markup hides it).
  const { form, document } = readAnyText(text);
  const folded = foldLookalikes(text);
  const laid = textOfLayout(document);
  return {
    text: form === "tabbed" ? text : laid,
    encoding,
    raw: () => document,
    kindTexts: () => (form === "tabbed" ? [folded, laid] : [laid, folded]),
  };
}

/** The layout of a PDF already read (by `readPdf` of @lianzheng/pdf, in Node or in a browser). */
export function layoutOfPdf(raw: RawDocument): InputLayout {
  const text = textOfLayout(raw);
  return {
    text,
    kindTexts: () => [text],
    raw: () => raw,
    ...(raw.pages === undefined ? {} : { pages: raw.pages }),
  };
}
