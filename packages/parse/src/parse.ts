import { parseActionPlan } from "@lianzheng/action-plan";
import { parseExecutionReport } from "@lianzheng/execution-report";
import type { RawDocument } from "@lianzheng/layout";
import {
  capWarnings,
  Document,
  type DocumentKind,
  documentId,
  isParseError,
  type Language,
  ParseError,
  type Source,
  schemaVersion,
} from "@lianzheng/model";
import { parseNarrative } from "@lianzheng/narrative";
import { parseTripReport } from "@lianzheng/trip-report";
import { type Detection, detect, titledKind } from "./detect.js";
import type { Input } from "./input.js";
import type { InputLayout } from "./layout.js";
import { findSecondDocument, secondDocumentWarning } from "./second-document.js";

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
 * Detect an input's kind and language from its layout and parse it with the parser of its kind
 * into a validated Document: the step after reading, the same in Node and in a browser. Broken
 * input throws a ParseError naming the input; problems in the data are the document's warnings.
 *
 * @example parseLayout(input, layoutOfText(input)) // { kind: "action-plan", strategies: […], … }
 */
export function parseLayout(input: Input, layout: InputLayout): Document {
  const { path } = input;
  const { text, raw, pages, kindTexts, encoding } = layout;
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
  if (kind === "other") refuseUnreadTitled(text, path);
  // A file holding a second document: the first is parsed alone, and the rest is warned.
  const second = kind === "other" ? undefined : findSecondDocument(raw(), kind);
  const first = second ? () => ({ ...raw(), blocks: raw().blocks.slice(0, second.index) }) : raw;
  const { id, ...parsed } = explainFailure(() => parseAs(base, first), first, path);
  if (second) parsed.warnings.push(secondDocumentWarning(raw(), second));
  // A hostile input can repeat one warning a million times: the document lists a bounded number
  // of each code and counts the rest, so every step after parsing stays proportionate.
  parsed.warnings = capWarnings(parsed.warnings);
  // Every document says which schema it was written against, right after its id.
  return validate({ id, schemaVersion, ...parsed }, path);
}

const UNREAD_BODY = {
  "action-plan": "no plan table was read (its columns 具體策略, 執行措施, 績效目標, 辦理機關 were not found)",
  "execution-report": "no records were read (no 序次 rows were found)",
} as const;

/**
 * A document titled as the plan or a year's report whose body was not read as one is not some
 * other document to pass over: its table was drawn in a way the reader does not take. It fails
 * saying so, rather than being listed as a document of no kind.
 */
function refuseUnreadTitled(text: string, path: string): void {
  const titled = titledKind(text);
  if (!titled) return;
  throw new ParseError(
    "unknown_kind",
    `titled as ${titled === "action-plan" ? "the action plan" : "an execution report"}, but ${UNREAD_BODY[titled]}: if it is one, its table is set in a way this reader does not take; please report the file`,
    { file: path },
  );
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

// The text readers' warnings that a table was not (or not surely) read, each naming the fix.
const UNREAD_TABLE = new Set(["table_columns_lost", "column_gap_ambiguous"]);

/**
 * A parser that found nothing to read in a text whose table the reader could not read (plain
 * `pdftotext` output: `table_columns_lost`; `-layout` text set too tight: `column_gap_ambiguous`)
 * fails saying why and how to fix it, not only that the table is missing.
 */
function explainFailure(parse: () => Document, raw: () => RawDocument, path: string): Document {
  try {
    return parse();
  } catch (error) {
    const lost = isParseError(error) ? raw().warnings.find((w) => UNREAD_TABLE.has(w.code)) : undefined;
    if (!lost || !isParseError(error)) throw error;
    throw new ParseError(error.code, `${error.message}; ${lost.message}`, {
      file: error.file ?? path,
      ...(error.at ? { at: error.at } : {}),
      cause: error,
    });
  }
}

/** A trip report whose cover gives no title keeps the document's first line as its title. */
function withTitle<T extends { title: string }>(document: T, fallback: string): T {
  return document.title ? document : { ...document, title: fallback };
}
