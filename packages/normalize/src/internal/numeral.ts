import {
  addDecimals,
  type Decimal,
  decimalFromInteger,
  decimalToNumber,
  isZero,
  multiplyDecimal,
  parseDecimalString,
  ZERO,
} from "./decimal.js";

const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  "○": 0,
  "◯": 0,
  Ｏ: 0,
  一: 1,
  壹: 1,
  弌: 1,
  二: 2,
  貳: 2,
  贰: 2,
  兩: 2,
  两: 2,
  弍: 2,
  三: 3,
  參: 3,
  叁: 3,
  叄: 3,
  参: 3,
  弎: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陸: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNIT_VALUES: Readonly<Record<string, bigint>> = {
  十: 10n,
  拾: 10n,
  什: 10n,
  百: 100n,
  佰: 100n,
  陌: 100n,
  千: 1000n,
  仟: 1000n,
  阡: 1000n,
};
/** 廿 卅 卌 are 二十 三十 四十 in one character. */
const TENS_VALUES: Readonly<Record<string, bigint>> = { 廿: 20n, 卄: 20n, 卅: 30n, 卌: 40n };
const BIG_UNIT_VALUES: Readonly<Record<string, bigint>> = {
  萬: 10n ** 4n,
  万: 10n ** 4n,
  億: 10n ** 8n,
  亿: 10n ** 8n,
  兆: 10n ** 12n,
};
const ENGLISH_SCALES: Readonly<Record<string, bigint>> = {
  thousand: 10n ** 3n,
  million: 10n ** 6n,
  billion: 10n ** 9n,
  trillion: 10n ** 12n,
};

export const isChineseDigit = (char: string): boolean => char in DIGIT_VALUES;
export const isChineseUnit = (char: string): boolean =>
  char in SMALL_UNIT_VALUES || char in BIG_UNIT_VALUES || char in TENS_VALUES;

type Token =
  | { type: "number"; value: Decimal; chinese: boolean; zero: boolean }
  | { type: "small"; value: bigint }
  | { type: "tens"; value: bigint }
  | { type: "big"; value: bigint };

// An Arabic run (half- or full-width digits, thousands commas, one decimal point), a Chinese
// character, or an English scale word; spaces between tokens are allowed and ignored.
const TOKEN = /\s*(?:(\d[\d,]*(?:\.\d+)?|\.\d+)|([a-z]+)|([^\s\d]))/giy;

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length) {
    match = TOKEN.exec(text);
    if (match === null) return /^\s*$/.test(text.slice(TOKEN.lastIndex)) ? tokens : null;
    const [, arabic, word, char] = match;
    if (arabic !== undefined) {
      // Thousands separators must group by three: `1,129` yes, `1,12` no (a list, not a number).
      if (arabic.includes(",") && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(arabic)) return null;
      tokens.push({ type: "number", value: parseDecimalString(arabic), chinese: false, zero: false });
    } else if (word !== undefined) {
      const scale = ENGLISH_SCALES[word.toLowerCase()];
      if (scale === undefined) return null;
      tokens.push({ type: "big", value: scale });
    } else if (char !== undefined) {
      const digit = DIGIT_VALUES[char];
      if (digit !== undefined) {
        tokens.push({ type: "number", value: decimalFromInteger(digit), chinese: true, zero: digit === 0 });
        continue;
      }
      const small = SMALL_UNIT_VALUES[char];
      if (small !== undefined) {
        tokens.push({ type: "small", value: small });
        continue;
      }
      const tens = TENS_VALUES[char];
      if (tens !== undefined) {
        tokens.push({ type: "tens", value: tens });
        continue;
      }
      const big = BIG_UNIT_VALUES[char];
      if (big === undefined) return null;
      tokens.push({ type: "big", value: big });
    }
  }
  return tokens;
}

/** 一〇七, 二〇二二: Chinese digits with no unit read positionally. */
function readPositional(tokens: Token[]): Decimal | null {
  let digits = "";
  for (const token of tokens) {
    if (token.type !== "number" || !token.chinese) return null;
    digits += token.value.digits.toString();
  }
  return digits === "" ? null : { digits: BigInt(digits), scale: 0 };
}

/**
 * Reads a numeral made of Arabic runs, Chinese digits and units, and English scale words:
 * `一百零五`, `兩千`, `壹仟貳佰參拾肆`, `1 億 1,129 萬 5,690`, `4.52萬`, `6.162 million`, `一〇七`.
 * Groups are built with 十/百/千 and closed by 萬/億/兆; a larger magnitude after a smaller one
 * multiplies everything before it (一萬億 = 10^12). Returns null when the text is not one numeral.
 */
export function readNumeral(text: string): Decimal | null {
  const tokens = tokenize(text);
  if (tokens === null || tokens.length === 0) return null;
  if (!tokens.some((t) => t.type === "number" || t.type === "small" || t.type === "tens")) return null;
  if (tokens.length > 1 && tokens.every((t) => t.type === "number" && t.chinese))
    return readPositional(tokens);

  let total = ZERO; // closed by big units
  let lastBig = 0n; // the big unit that closed `total` most recently
  let section = ZERO; // the group under construction (below the next big unit)
  let pending: Decimal | null = null; // a number waiting for its unit
  let previous: Token | undefined;
  for (const token of tokens) {
    switch (token.type) {
      case "number":
        // Two numbers in a row only make sense after 零 (一百零五) or as Chinese digits after a unit.
        if (pending !== null && !(previous?.type === "number" && previous.zero)) return null;
        if (previous?.type === "number" && !previous.chinese && !token.chinese) return null;
        // 零 only marks a skipped place (一百零五, 零十萬 = 十萬): it adds nothing by itself.
        pending = token.zero ? null : token.value;
        break;
      case "small":
        if (previous?.type === "small" || previous?.type === "tens") return null;
        section = addDecimals(section, multiplyDecimal(pending ?? decimalFromInteger(1), token.value));
        pending = null;
        break;
      case "tens":
        if (pending !== null) return null;
        section = addDecimals(section, decimalFromInteger(token.value));
        break;
      case "big": {
        if (previous?.type === "big" && token.value === previous.value) return null;
        const group = addDecimals(section, pending ?? ZERO);
        if (isZero(group) && previous?.type !== "big" && isZero(total)) return null;
        if (token.value > lastBig && lastBig !== 0n)
          total = multiplyDecimal(addDecimals(total, group), token.value);
        else total = addDecimals(total, multiplyDecimal(group, token.value));
        lastBig = token.value > lastBig ? token.value : lastBig;
        section = ZERO;
        pending = null;
        break;
      }
    }
    previous = token;
  }
  if (pending !== null) {
    // Colloquial 一萬五 = 15000, 兩百五 = 250: a lone Chinese digit right after a unit is one step down.
    const last = tokens.at(-2);
    const lastToken = tokens.at(-1);
    if (lastToken?.type === "number" && lastToken.chinese && !lastToken.zero && last !== undefined) {
      if (last.type === "small" || last.type === "big") {
        const step = last.value / 10n;
        if (step >= 1n) pending = multiplyDecimal(pending, step);
      }
    }
    section = addDecimals(section, pending);
  }
  return addDecimals(total, section);
}

// A plain Arabic number (1129, 1,129, 72.69): most numerals in the documents. Its value is the
// same as readNumeral's through decimalToNumber (both end in Number() of the same digits), without
// the BigInt arithmetic.
const PLAIN_ARABIC = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

/** {@link readNumeral} as a number (the nearest double), or null when the text is no numeral. */
export function readNumeralValue(text: string): number | null {
  if (PLAIN_ARABIC.test(text)) return Number(text.includes(",") ? text.replace(/,/g, "") : text);
  const value = readNumeral(text);
  return value === null ? null : decimalToNumber(value);
}
