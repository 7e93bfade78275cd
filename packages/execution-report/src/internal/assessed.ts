import type { Assessed } from "@lianzheng/model";
import { extractQuantities, splitItems } from "./normalize.js";

/**
 * A target or achievement: its items split by their markers, and its quantities, each tagged with
 * the number of the item it falls in (null before the first item or in unnumbered text).
 */
export function assess(text: string): Assessed {
  const items = splitItems(text);
  const quantities = items.flatMap((item) =>
    extractQuantities(item.text).map((quantity) => ({ ...quantity, itemNumber: item.number })),
  );
  return { text, items, quantities };
}

export function emptyAssessed(): Assessed {
  return { text: "", items: [], quantities: [] };
}
