import type { Document } from "@lianzheng/model";
import { type InputLayout, layoutOfPdf, layoutOfText, parseLayout } from "@lianzheng/parse";
import { type Input, type ReadLimits, readInput } from "./read-input.js";

export interface ParseOptions extends ReadLimits {
  /** Most pages read from a PDF. */
  maxPages?: number;
  /** Most milliseconds spent reading one PDF. */
  timeoutMs?: number;
}

/**
 * The layout of an input: text in any of its forms through @lianzheng/text, PDFs through pdfjs.
 */
async function layoutOf(input: Input, options: ParseOptions): Promise<InputLayout> {
  if (input.format === "text") return layoutOfText(input);
  // pdfjs costs ~0.3 s to load: only when a PDF is actually read.
  const { readPdf } = await import("@lianzheng/pdf");
  return layoutOfPdf(await readPdf(input.bytes, { ...options, file: input.path }));
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
  return parseLayout(input, await layoutOf(input, options));
}
