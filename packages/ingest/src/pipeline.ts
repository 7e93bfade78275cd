import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { Document, type DocumentKind, documentId, type Language, ParseError, type Source } from "@lianzheng/model";
import { detect } from "./detect.js";
import { decodeText, type Input, type ReadLimits, readInput } from "./read-input.js";
import { UsageError } from "./usage.js";

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

/** The text of an input: decoded for text files; for a PDF, read lazily through @lianzheng/pdf. */
async function textOf(input: Input): Promise<{ text: string; pages?: number }> {
  if (input.format === "text") return { text: decodeText(input) };
  throw new ParseError("not_a_pdf", "PDF input is not supported yet", { file: input.path });
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
  const input = await readInput(path, options);
  const { text, pages } = await textOf(input);
  const { kind, language } = detect(text);
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
    },
    warnings: [],
  };
  return validate(parseAs(base, text), path);
}

/** Hand the text to the parser of its kind. Kinds without a parser keep the common fields only. */
function parseAs(base: DocumentBase, text: string): unknown {
  const pending = { code: "parser_pending", message: `no ${base.kind} parser in this version: common fields only` };
  switch (base.kind) {
    case "action-plan":
      return { ...base, goals: [], strategies: [], sections: [], warnings: [pending] };
    case "execution-report": {
      const rocYear = Number(/(\d+)\s*年(度)?\s*執行情形/u.exec(text)?.[1] ?? 0);
      return { ...base, rocYear, year: rocYear + 1911, records: [], warnings: [pending] };
    }
    default:
      return base;
  }
}

/** File types read when walking a folder; a file named on the command line is read whatever its name. */
const INPUT_EXTENSIONS = new Set([".pdf", ".txt", ".text", ".md"]);

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
    } catch {
      throw new UsageError(`no such file or folder: ${path}`);
    }
    if (info.isDirectory()) await walk(path);
    else files.add(path);
  }
  return { files: [...files].sort(), unsupported: [...unsupported].sort() };
}
