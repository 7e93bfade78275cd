import { stat } from "node:fs/promises";
import { buildSite, ViewerError } from "@lianzheng/viewer";
import { type CommandSpec, parseCommandArgs } from "../command.js";
import { printable } from "../printable.js";
import { noSuchFile, wrongArguments } from "../usage.js";

export const spec: CommandSpec = {
  name: "site",
  summary: {
    en: "a static site of a dataset folder: plan, agencies, yearly results, search",
    "zh-Hant": "由資料集資料夾產生靜態網站：方案、機關、年度成果、搜尋",
  },
  usage: ["site <dataset> --out DIR"],
  options: {
    out: {
      type: "string",
      value: "DIR",
      example: "out-site",
      description: {
        en: "the folder to write the site into (a new or empty folder, or an earlier site)",
        "zh-Hant": "網站寫入的資料夾（新的或空的資料夾，或先前產生的網站）",
      },
    },
  },
  notes: {
    en: "Open DIR/index.html from disk or serve DIR from any static host.",
    "zh-Hant": "可直接開啟 DIR/index.html，或以任何靜態主機提供 DIR。",
  },
  examples: [
    {
      command: "site out --out out-site",
      what: { en: "the site of the default dataset", "zh-Hant": "預設資料集的網站" },
    },
  ],
};

/**
 * `lianzheng site <dataset> --out DIR`: a static site for a dataset folder written by `ingest`.
 * Copies the viewer's prebuilt script and style and writes the data beside them.
 */
export async function run(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(spec, args);
  const out = values.out;
  if (positionals.length !== 1 || typeof out !== "string") {
    throw wrongArguments(
      "site",
      { en: "one dataset folder and --out DIR", zh: "一個資料集資料夾與 --out DIR" },
      args.join(" ") || "nothing",
    );
  }
  const dataset = positionals[0] as string;
  const isDir = await stat(dataset).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw noSuchFile("site", dataset);
  try {
    const report = await buildSite(dataset, out);
    for (const file of report.files) process.stderr.write(`${file.name}\t${file.bytes} B\n`);
    process.stderr.write(`site written to ${printable(out)}/index.html\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ViewerError)) throw error;
    process.stderr.write(`lianzheng: ${printable(error.message)}\n`);
    return 1;
  }
}
