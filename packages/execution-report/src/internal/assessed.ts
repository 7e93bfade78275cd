import type { Assessed } from "@lianzheng/model";
import { extractItemQuantities, splitItems } from "./normalize.js";

/**
 * A target or achievement: its items split by their markers, once, and the quantities of each
 * item, tagged with its number (null before the first item or in unnumbered text).
 */
export function assess(text: string): Assessed {
  const items = splitItems(text);
  return { text, items, quantities: extractItemQuantities(items) };
}

export function emptyAssessed(): Assessed {
  return { text: "", items: [], quantities: [] };
}
