import { extname } from "node:path";
import { type Document, isParseError } from "@lianzheng/model";
import { COMPACT_OPTION, type CommandSpec, parseCommandArgs } from "../command.js";
import { canIsolate, ParseProcess } from "../parse-process.js";
import { parseFile, parseInput } from "../pipeline.js";
import { printable } from "../printable.js";
import { inputOf } from "../read-input.js";
import { given, noSuchFile, wrongArguments } from "../usage.js";

export const spec: CommandSpec = {
  name: "parse",
  summary: { en: "print one Document as JSON", "zh-Hant": "解析一份文件，以 JSON 輸出" },
  usage: ["parse <file> [--compact]", "parse - < <file>"],
  options: {
    compact: COMPACT_OPTION,
  },
  notes: {
    en: "A PDF or a text file (UTF-8 or UTF-16); `-` reads standard input. Exit 1 when the file cannot be parsed.",
    "zh-Hant": "可讀 PDF 或文字檔（UTF-8 或 UTF-16）；`-` 從標準輸入讀取。無法解析時結束代碼為 1。",
  },
  examples: [
    {
      command: "parse seeds/001_6bac756fe4f12e99.txt",
      what: { en: "the 2023 plan as a Document", "zh-Hant": "112 年行動方案，輸出為 Document" },
    },
    {
      command: "parse - --compact < report.pdf",
      what: { en: "a PDF from standard input, one line", "zh-Hant": "從標準輸入讀 PDF，輸出一行" },
    },
  ],
};

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The document of one file, parsed in a parse process (see parse-process.ts) when the package is
 * built, so a runaway input ends with one line and its limits hold here as in `ingest`. A failure
 * comes back as the ParseError's line.
 */
async function parseIsolated(
  path: string,
): Promise<{ document: Document } | { line: string; code: string | undefined }> {
  if (!canIsolate()) {
    try {
      return { document: await parseFile(path) };
    } catch (error) {
      if (!isParseError(error)) throw error;
      return { line: error.toLine(), code: error.code };
    }
  }
  // A PDF's reader starts with the parse process (see ParseProcess), not after it loaded.
  const parser = new ParseProcess([], { warmPdf: extname(path).toLowerCase() === ".pdf" });
  try {
    const outcome = await parser.parse(path, {});
    if (outcome.result === "parsed") return { document: outcome.document };
    if (outcome.result === "failed")
      return { line: outcome.error, code: /\[(\w+)\]$/.exec(outcome.error)?.[1] };
    throw new Error("a parse with no reusable results reused one");
  } finally {
    parser.close();
  }
}

/** `lianzheng parse <file|->`: one Document as JSON on stdout, validated by the model. */
export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(spec, args);
  if (positionals.length !== 1) {
    throw wrongArguments(
      "parse",
      {
        en: "parse takes exactly one file (or - for standard input)",
        zh: "parse 只接一個檔案（或以 - 表示標準輸入）",
      },
      given(positionals),
    );
  }
  const path = positionals[0] as string;
  // Standard input is parsed here; a file in a parse process with the ingest's limits.
  const parsed = path === "-" ? await parseStdin() : await parseIsolated(path);
  if ("document" in parsed) {
    process.stdout.write(`${JSON.stringify(parsed.document, null, values.compact ? undefined : 2)}\n`);
    return 0;
  }
  if (parsed.code === "not_found") throw noSuchFile("parse", path);
  process.stderr.write(`lianzheng: ${printable(parsed.line)}\n`);
  return 1;
}

async function parseStdin(): Promise<{ document: Document } | { line: string; code: string | undefined }> {
  try {
    return { document: await parseInput(inputOf("-", await readStdin())) };
  } catch (error) {
    if (!isParseError(error)) throw error;
    return { line: error.toLine(), code: error.code };
  }
}
