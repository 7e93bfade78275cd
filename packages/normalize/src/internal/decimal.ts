/**
 * Exact decimal arithmetic for numerals: a value is `digits / 10^scale` with BigInt digits, so
 * `4.52萬` is 45200 and not 45199.99999999999, and sums of 億/萬 groups never round.
 */
export interface Decimal {
  digits: bigint;
  scale: number;
}

export const ZERO: Decimal = { digits: 0n, scale: 0 };

export function decimalFromInteger(value: number | bigint): Decimal {
  return { digits: BigInt(value), scale: 0 };
}

/** `"1,129.50"` → 112950 / 10^2. Commas and spaces inside the digits are ignored. */
export function parseDecimalString(text: string): Decimal {
  const plain = text.replace(/[,\s]/g, "");
  const dot = plain.indexOf(".");
  if (dot < 0) return { digits: BigInt(plain), scale: 0 };
  return { digits: BigInt(plain.slice(0, dot) + plain.slice(dot + 1)), scale: plain.length - dot - 1 };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  // Most sums are of integers: no power of ten to build.
  if (a.scale === b.scale) return [a.digits, b.digits, a.scale];
  const scale = Math.max(a.scale, b.scale);
  return [a.digits * 10n ** BigInt(scale - a.scale), b.digits * 10n ** BigInt(scale - b.scale), scale];
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  // Adding ZERO (an integer 0) gives the other one unchanged: the groups start from ZERO.
  if (a.digits === 0n && a.scale === 0) return b;
  if (b.digits === 0n && b.scale === 0) return a;
  const [x, y, scale] = align(a, b);
  return { digits: x + y, scale };
}

/** Multiplies by an integer power of ten (十, 萬, 億) or by another decimal. */
export function multiplyDecimal(a: Decimal, factor: bigint | Decimal): Decimal {
  if (typeof factor === "bigint") return { digits: a.digits * factor, scale: a.scale };
  return { digits: a.digits * factor.digits, scale: a.scale + factor.scale };
}

export function isZero(a: Decimal): boolean {
  return a.digits === 0n;
}

/** The nearest number, through the decimal string so the only rounding is the final one. */
export function decimalToNumber(a: Decimal): number {
  const negative = a.digits < 0n;
  let text = (negative ? -a.digits : a.digits).toString();
  if (a.scale > 0) {
    text = text.padStart(a.scale + 1, "0");
    text = `${text.slice(0, -a.scale)}.${text.slice(-a.scale)}`;
  }
  return Number(negative ? `-${text}` : text);
}
