import { agencyRegistry, getAgency, parseAgencyCell, resolveAgency } from "@lianzheng/agencies";
import { type Agency, type Document, isParseError, type Language } from "@lianzheng/model";
import { type CommandSpec, parseCommandArgs } from "../command.js";
import { listInputs } from "../inputs.js";
import { message } from "../messages.js";
import { parseFile } from "../pipeline.js";
import { printable } from "../printable.js";
import { UsageError } from "../usage.js";

export const spec: CommandSpec = {
  name: "agencies",
  summary: {
    en: "the agency registry: list it, resolve a name, find unresolved names",
    "zh-Hant": "機關名錄：列出、解析機關名稱、找出無法對應的名稱",
  },
  usage: ["agencies [--json]", 'agencies --resolve "<name>" [--json]', "agencies --unresolved <paths…>"],
  options: {
    resolve: {
      type: "string",
      value: "NAME",
      example: '"法務部(廉政署)"',
      description: {
        en: "the agency a name resolves to, with the match's confidence; exit 1 if none",
        "zh-Hant": "名稱對應的機關與比對信心；無對應時結束代碼為 1",
      },
    },
    unresolved: {
      type: "boolean",
      default: false,
      description: {
        en: "every agency name in these files and folders that does not resolve; exit 1 if any",
        "zh-Hant": "列出這些檔案與資料夾中無法對應的機關名稱；有則結束代碼為 1",
      },
    },
    json: {
      type: "boolean",
      default: false,
      description: {
        en: "JSON instead of tab-separated lines",
        "zh-Hant": "以 JSON 輸出，而非定位字元分隔的行",
      },
    },
  },
  examples: [
    {
      command: 'agencies --resolve "廉政署"',
      what: { en: "the registry entry of 法務部廉政署", "zh-Hant": "查詢法務部廉政署的名錄項目" },
    },
    {
      command: "agencies --unresolved seeds",
      what: {
        en: "agency names in the seeds the registry does not know",
        "zh-Hant": "seeds 中名錄尚未收錄的機關名稱",
      },
    },
  ],
};

function agenciesUsageError(code: "conflicting_options" | "wrong_arguments", text: string): UsageError {
  return new UsageError(text, { code, command: "agencies" });
}

/** An agency mention in a document's agency cells that did not resolve to one registry agency. */
export interface UnresolvedMention {
  /** Where: `measure 9.3`, `measure 9.3 (en)` or `序次 12`. */
  where: string;
  /** The first line of the cell in the input, when the parser recorded it. */
  line: number | undefined;
  name: string;
  /** The resolver's warning: why the mention did not resolve. */
  message: string;
}

interface AgencyCell {
  where: string;
  line: number | undefined;
  text: string;
  language: Language;
}

/** Every agency cell of a document, with the language it is written in. */
function agencyCellsOf(document: Document): AgencyCell[] {
  if (document.kind === "action-plan") {
    return document.strategies.flatMap((strategy) =>
      strategy.measures.flatMap((measure) => {
        const line = measure.provenance?.lines?.[0];
        const cells: AgencyCell[] = [
          { where: `measure ${measure.id}`, line, text: measure.agencyText, language: document.language },
        ];
        const en = measure.translations?.en;
        if (en)
          cells.push({
            where: `measure ${measure.id} (en)`,
            line: undefined,
            text: en.agencyText,
            language: "en",
          });
        return cells;
      }),
    );
  }
  if (document.kind === "execution-report") {
    return document.records.map((record) => ({
      where: `序次 ${record.seq}`,
      line: record.provenance?.lines?.[0],
      text: record.agencyText,
      language: document.language,
    }));
  }
  return [];
}

/**
 * The agency mentions of a document that do not resolve, read again from its agency cells with
 * the current registry (so a registry fix shows without re-ingesting). Empty cells are no mention.
 */
export function findUnresolvedMentions(document: Document): UnresolvedMention[] {
  const found: UnresolvedMention[] = [];
  for (const cell of agencyCellsOf(document)) {
    if (!cell.text.trim()) continue;
    const { roles, warnings } = parseAgencyCell(cell.text, cell.language);
    for (const role of roles) {
      if (role.agencyId !== null) continue;
      // The resolver's warning names the mention it is about.
      const problem = warnings.find((w) => w.subject?.kind === "agency" && w.subject.name === role.name);
      found.push({ where: cell.where, line: cell.line, name: role.name, message: problem?.message ?? "" });
    }
  }
  return found;
}

function describeAgency(agency: Agency): string {
  return [agency.id, agency.name.zh, agency.name.en, agency.parentId ?? "-", agency.kind].join("\t");
}

function listRegistry(json: boolean): number {
  if (json) process.stdout.write(`${JSON.stringify(agencyRegistry, null, 2)}\n`);
  else process.stdout.write(`${agencyRegistry.map(describeAgency).join("\n")}\n`);
  return 0;
}

function printMatch(name: string, json: boolean): number {
  const match = resolveAgency(name);
  const agency = match ? getAgency(match.agencyId) : undefined;
  if (json) {
    process.stdout.write(`${JSON.stringify(match && agency ? { ...match, agency } : null, null, 2)}\n`);
  } else if (match && agency) {
    process.stdout.write(`${match.agencyId}\t${match.confidence}\t${agency.name.zh}\t${agency.name.en}\n`);
  } else {
    process.stdout.write(`no agency matches "${name}"\n`);
  }
  return match ? 0 : 1;
}

async function printUnresolved(paths: string[]): Promise<number> {
  const { files } = await listInputs(paths);
  let failed = false;
  let unresolved = 0;
  for (const file of files) {
    let document: Document;
    try {
      document = await parseFile(file);
    } catch (error) {
      if (!isParseError(error)) throw error;
      process.stderr.write(`lianzheng: ${printable(error.toLine())}\n`);
      failed = true;
      continue;
    }
    for (const mention of findUnresolvedMentions(document)) {
      unresolved++;
      const at = mention.line === undefined ? file : `${file}:${mention.line}`;
      process.stdout.write(`${printable(at)}\t${mention.where}\t${mention.name}\n`);
    }
  }
  return failed || unresolved > 0 ? 1 : 0;
}

/**
 * `lianzheng agencies`: the registry, one agency a line (id, 中文, English, parent, kind).
 * `--resolve "<name>"`: the agency a name resolves to, with the match's confidence; exit 1 if none.
 * `--unresolved <paths…>`: every agency mention in those files and folders that did not resolve,
 * as `file[:line]  where  name`; prints nothing and exits 0 when all resolve, exits 1 otherwise.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(spec, args);
  const { positionals } = parsed;
  const values = parsed.values as { resolve?: string; unresolved: boolean; json: boolean };
  if (values.resolve !== undefined && values.unresolved) {
    throw agenciesUsageError(
      "conflicting_options",
      message("conflicting_options", { command: "agencies", a: "--resolve", b: "--unresolved" }),
    );
  }
  if (values.unresolved) {
    if (positionals.length === 0) {
      throw agenciesUsageError(
        "wrong_arguments",
        message("wrong_arguments", {
          command: "agencies",
          expected: "--unresolved needs files or folders, e.g. seeds/",
          expectedZh: "--unresolved 需要檔案或資料夾，例如 seeds/",
          got: "none",
        }),
      );
    }
    return printUnresolved(positionals);
  }
  if (positionals.length > 0) {
    throw agenciesUsageError(
      "wrong_arguments",
      message("wrong_arguments", {
        command: "agencies",
        expected:
          'agencies takes no names but after --resolve (quote a name with spaces: --resolve "MOJ AAC")',
        expectedZh: 'agencies 只在 --resolve 後接名稱（含空白的名稱請加引號：--resolve "MOJ AAC"）',
        got: `"${positionals[0]}"`,
      }),
    );
  }
  if (values.resolve !== undefined) {
    if (!values.resolve.trim()) {
      throw new UsageError(
        message("missing_option_value", {
          command: "agencies",
          option: "--resolve",
          example: '--resolve "法務部(廉政署)"',
        }),
        { code: "missing_option_value", command: "agencies" },
      );
    }
    return printMatch(values.resolve, values.json);
  }
  return listRegistry(values.json);
}
