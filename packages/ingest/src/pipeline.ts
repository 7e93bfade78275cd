import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Document } from "@lianzheng/model";
import { type InputLayout, layoutOfPdf, layoutOfText, parseLayout } from "@lianzheng/parse";
import { IngestError } from "./errors.js";
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
