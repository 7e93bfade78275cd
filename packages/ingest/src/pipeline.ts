import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { parseActionPlan } from "@lianzheng/action-plan";
import { parseExecutionReport } from "@lianzheng/execution-report";
import type { RawDocument } from "@lianzheng/layout";
import {
  capWarnings,
  Document,
  type DocumentKind,
  documentId,
  type Language,
  ParseError,
  type Source,
  schemaVersion,
} from "@lianzheng/model";
import { parseNarrative } from "@lianzheng/narrative";
import { foldLookalikes, readAnyText, type TextEncoding } from "@lianzheng/text";
import { parseTripReport } from "@lianzheng/trip-report";
import { type Detection, detect } from "./detect.js";
import { IngestError } from "./errors.js";
import { decodeInput, type Input, type ReadLimits, readInput } from "./read-input.js";

export interface ParseOptions extends ReadLimits {
  /** Most pages read from a PDF. */
  maxPages?: number;
  /** Most milliseconds spent reading one PDF. */
  timeoutMs?: number;
}

/** What every parser is handed: the common fields, already decided. */
export interface DocumentBase {
  id: string;
  kind: DocumentKind;
  language: Language;
  title: string;
  source: Source;
  warnings: [];
}

const TITLE_MAX = 200;

/** The document's title: its first non-empty line, without markdown heading marks. */
export function titleOf(text: string): string {
  for (const line of text.split(/\r?\n/)) {
    const title = line
      .replace(/^\s*#+\s*/, "")
      .replace(/\s+/g, " ")
      .trim();
    if (title) return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
  }
  return "";
}

/**
 * The layout of an input and the text its kind is detected from: text in any of its forms
 * (pdftotext, box tables, HTML, Markdown, one cell per line; UTF-8, UTF-16 or Big5), PDFs
 * through pdfjs.
 */
async function layoutOf(
  input: Input,
  options: ParseOptions,
): Promise<{
  raw: () => RawDocument;
  text: string;
  /** Texts to detect the kind from, best first. */
  kindTexts: () => string[];
  pages?: number;
  encoding?: TextEncoding;
}> {
  if (input.format === "text") {
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
  // pdfjs costs ~0.3 s to load: only when a PDF is actually read.
  const { readPdf } = await import("@lianzheng/pdf");
  const raw = await readPdf(input.bytes, { ...options, file: input.path });
  const text = textOfLayout(raw);
  return {
    text,
    kindTexts: () => [text],
    raw: () => raw,
    ...(raw.pages === undefined ? {} : { pages: raw.pages }),
  };
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

function validate(document: unknown, path: string): Document {
  const result = Document.safeParse(document);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ParseError(
    "invalid_document",
    `the parsed document breaks the model at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "unknown"} (a parser bug: please report it with the file)`,
    { file: path, cause: result.error },
  );
}

/**
 * Parse one file into a validated Document. Broken input throws a ParseError naming the file;
 * problems in the data come back as the document's warnings.
 */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<Document> {
  return parseInput(await readInput(path, options), options);
}

/** Parse an input already read (its bytes and hash known), as `parseFile` does after reading. */
export async function parseInput(input: Input, options: ParseOptions = {}): Promise<Document> {
  const { path } = input;
  const { text, raw, pages, kindTexts, encoding } = await layoutOf(input, options);
  const candidates = kindTexts().map(detect);
  const { kind, language } =
    candidates.find((found) => found.kind !== "other") ?? (candidates[0] as Detection);
  const base: DocumentBase = {
    id: documentId(kind, language, input.sha256),
    kind,
    language,
    title: titleOf(text),
    source: {
      path,
      format: input.format,
      sha256: input.sha256,
      bytes: input.bytes.length,
      ...(pages === undefined ? {} : { pages }),
      ...(encoding === undefined ? {} : { encoding }),
    },
    warnings: [],
  };
  const { id, ...parsed } = parseAs(base, raw);
  // A hostile input can repeat one warning a million times: the document lists a bounded number
  // of each code and counts the rest, so every step after parsing stays proportionate.
  parsed.warnings = capWarnings(parsed.warnings);
  // Every document says which schema it was written against, right after its id.
  return validate({ id, schemaVersion, ...parsed }, path);
}

/** Hand the layout to the parser of its kind. Kinds without a parser keep the common fields only. */
function parseAs(base: DocumentBase, raw: () => RawDocument): Document {
  switch (base.kind) {
    case "action-plan":
      return parseActionPlan(raw(), { source: base.source, language: base.language });
    case "execution-report":
      return parseExecutionReport(raw(), { source: base.source, id: base.id, language: base.language });
    case "trip-report":
      return withTitle(parseTripReport(raw(), base), base.title);
    case "narrative":
      return parseNarrative(raw(), base);
    default:
      return base as Document;
  }
}

/** A trip report whose cover gives no title keeps the document's first line as its title. */
function withTitle<T extends { title: string }>(document: T, fallback: string): T {
  return document.title ? document : { ...document, title: fallback };
}

/** File types read when walking a folder; a file named on the command line is read whatever its name. */
const INPUT_EXTENSIONS = new Set([".pdf", ".txt", ".text", ".md", ".markdown", ".html", ".htm"]);

export interface InputList {
  /** Files to parse, sorted, each once. */
  files: string[];
  /** Files met while walking folders that are not of a type read (listed, so nothing vanishes). */
  unsupported: string[];
}

/**
 * The files behind the paths given: files as they are, folders walked recursively (hidden entries
 * skipped). A path that does not exist is a usage error.
 */
export async function listInputs(paths: string[]): Promise<InputList> {
  const files = new Set<string>();
  const unsupported = new Set<string>();
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.add(full);
      else unsupported.add(full);
    }
  }
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      throw new IngestError("input_not_found", `no such file or folder: ${path}`, path, { cause: error });
    }
    if (info.isDirectory()) await walk(path);
    else files.add(path);
  }
  return { files: [...files].sort(), unsupported: [...unsupported].sort() };
}
