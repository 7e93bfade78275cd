import {
  cleanText,
  extractQuantities,
  parseAmount,
  parseDateRange,
  parseNumber,
  parseRocDate,
  splitItems,
} from "@lianzheng/normalize";
import { UsageError } from "../usage.js";

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

/**
 * `lianzheng normalize <number|amount|date|quantities|items|clean> "<text>"`: prints the
 * normalizer's result as JSON (null when the text is not what was asked for).
 */
export async function run(args: string[]): Promise<number> {
  const [what, ...words] = args;
  const normalize = what === undefined ? undefined : NORMALIZERS[what];
  if (normalize === undefined) {
    throw new UsageError(
      `normalize needs one of ${Object.keys(NORMALIZERS).join("|")} and a text, e.g. lianzheng normalize amount "1 億 1,129 萬 5,690 元"`,
    );
  }
  if (words.length === 0) throw new UsageError(`normalize ${what} needs a text to read, e.g. "107年5月2日"`);
  process.stdout.write(`${JSON.stringify(normalize(words.join(" ")), null, 2)}\n`);
  return 0;
}
