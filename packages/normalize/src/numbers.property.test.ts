import fc from "fast-check";
import Nzh from "nzh";
import { describe, expect, it } from "vitest";
import { parseNumber } from "./numbers.js";

const upTo10e13 = fc.integer({ min: 0, max: 10 ** 13 });

/** An independent mixed formatter: `1 億 1,129 萬 5,690`, with or without spaces and commas. */
function formatMixed(n: number, spaced: boolean, commas: boolean): string {
  const group = (value: number): string => (commas ? value.toLocaleString("en-US") : String(value));
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor((n % 1e8) / 1e4);
  const rest = n % 1e4;
  const gap = spaced ? " " : "";
  const parts: string[] = [];
  if (yi > 0) parts.push(`${group(yi)}${gap}億`);
  if (wan > 0) parts.push(`${group(wan)}${gap}萬`);
  if (rest > 0 || parts.length === 0) parts.push(group(rest));
  return parts.join(gap);
}

describe("parseNumber round trips", () => {
  it("reads integers 0 … 10^13 written by nzh as Chinese numerals (small and financial forms)", () => {
    fc.assert(
      fc.property(upTo10e13, (n) => {
        expect(parseNumber(Nzh.hk.encodeS(n))).toBe(n);
        expect(parseNumber(Nzh.hk.encodeB(n))).toBe(n);
        expect(parseNumber(Nzh.cn.encodeS(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads integers 0 … 10^13 in mixed Arabic 億/萬 form", () => {
    fc.assert(
      fc.property(upTo10e13, fc.boolean(), fc.boolean(), (n, spaced, commas) => {
        expect(parseNumber(formatMixed(n, spaced, commas))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads Arabic integers with thousands separators and in full width", () => {
    fc.assert(
      fc.property(upTo10e13, (n) => {
        expect(parseNumber(n.toLocaleString("en-US"))).toBe(n);
        const fullWidth = String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(parseNumber(fullWidth)).toBe(n);
      }),
    );
  });
});
