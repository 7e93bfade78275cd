import {
  cleanText,
  extractQuantities,
  parseAmount,
  parseDateRange,
  parseNumber,
  parseRocDate,
  splitItems,
} from "@lianzheng/normalize";
import { type CommandSpec, nearest, parseCommandArgs } from "../command.js";
import { wrongArguments } from "../usage.js";

// `date` prints the single date, or the range when the text is one (107年1月至12月).
const NORMALIZERS: Readonly<Record<string, (text: string) => unknown>> = {
  number: parseNumber,
  amount: parseAmount,
  date: (text) => {
    const range = parseDateRange(text);
    return range !== null && range.start !== range.end ? range : parseRocDate(text);
  },
  quantities: extractQuantities,
  items: splitItems,
  clean: cleanText,
};

export const spec: CommandSpec = {
  name: "normalize",
  summary: {
    en: "read one number, amount, date, quantities, items or text as JSON",
    "zh-Hant": "將數字、金額、日期、數量、項目或文字正規化，以 JSON 輸出",
  },
  usage: [`normalize <${Object.keys(NORMALIZERS).join("|")}> "<text>"`],
  options: {},
  notes: {
    en: "Prints null when the text is not what was asked for.",
    "zh-Hant": "文字不是所要求的類型時輸出 null。",
  },
  examples: [
    {
      command: 'normalize amount "1 億 1,129 萬 5,690 元"',
      what: { en: "111295690 TWD as a Quantity", "zh-Hant": "111295690 元，輸出為 Quantity" },
    },
    {
      command: 'normalize date "107年1月至12月"',
      what: { en: "an ROC date range as ISO dates", "zh-Hant": "民國日期區間，輸出為 ISO 日期" },
    },
  ],
};

/**
 * `lianzheng normalize <number|amount|date|quantities|items|clean> "<text>"`: prints the
 * normalizer's result as JSON (null when the text is not what was asked for).
 */
export async function run(args: string[]): Promise<number> {
  const [what, ...words] = parseCommandArgs(spec, args).positionals;
  const normalize = what === undefined ? undefined : NORMALIZERS[what];
  if (normalize === undefined) {
    const kinds = Object.keys(NORMALIZERS).join("|");
    throw wrongArguments(
      "normalize",
      { en: `normalize needs one of ${kinds} and a text`, zh: `normalize 需要 ${kinds} 之一與一段文字` },
      what === undefined ? "none" : `"${what}"`,
      what && nearest(what, Object.keys(NORMALIZERS)),
    );
  }
  if (words.length === 0) {
    throw wrongArguments(
      "normalize",
      {
        en: `normalize ${what} needs a text to read, e.g. "107年5月2日"`,
        zh: `normalize ${what} 需要一段文字，例如「107年5月2日」`,
      },
      "none",
    );
  }
  process.stdout.write(`${JSON.stringify(normalize(words.join(" ")), null, 2)}\n`);
  return 0;
}
