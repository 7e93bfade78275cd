import { type Assessed, createWarning, type Warning } from "@lianzheng/model";
import { extractItemQuantities, splitItems } from "./normalize.js";

/**
 * A target or achievement: its items split by their markers, once, and the quantities of each
 * item, tagged with its number (null before the first item or in unnumbered text).
 */
export function assess(text: string, warnings?: Warning[], at?: Warning["at"]): Assessed {
  if (warnings) warnAboutHugeNumbers(text, warnings, at);
  const items = splitItems(text);
  return { text, items, quantities: extractItemQuantities(items) };
}

// Digits (with thousands separators) long enough that they may not fit a double.
const LONG_NUMBER = /\d[\d,]{15,}(?:\.\d+)?/gu;

/** A number too large for a double is left out of the quantities (see extractQuantities): say so. */
function warnAboutHugeNumbers(text: string, warnings: Warning[], at: Warning["at"]): void {
  for (const [digits] of text.matchAll(LONG_NUMBER)) {
    if (Number.isFinite(Number(digits.replace(/,/gu, "")))) continue;
    const shown = digits.length > 24 ? `${digits.slice(0, 12)}…${digits.slice(-6)}` : digits;
    warnings.push(
      createWarning(
        "quantity_too_large",
        `a number of ${digits.replace(/\D/gu, "").length} digits (${shown}) is too large to store as a quantity; it is left out of the quantities, its text is kept`,
        at ? { at } : {},
      ),
    );
  }
}

export function emptyAssessed(): Assessed {
  return { text: "", items: [], quantities: [] };
}
