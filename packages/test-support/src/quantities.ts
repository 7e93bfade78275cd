import type { Quantity } from "@lianzheng/model";
import { readRepoFile } from "./repo.js";

/** One row of fixtures/quantities/seed-003.tsv: a quantity of seed 003 read by hand. */
export interface GoldQuantity {
  seq: number;
  field: "target" | "achievement";
  raw: string;
  value: number;
  kind: Quantity["kind"];
  /** Listed for the facts read with their item, unit and approximation; undefined elsewhere. */
  detail?: {
    /** The top-level item the span falls in; null before any item or in unnumbered text. */
    item: number | null;
    /** The counted unit, or the ISO currency code for money. */
    unit: string;
    approximate: boolean;
  };
}

/** The one gold list of seed 003's quantities, in text order. */
export function readSeed003GoldQuantities(): GoldQuantity[] {
  return readRepoFile("fixtures/quantities/seed-003.tsv")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#") && !line.startsWith("seq\t"))
    .map((line) => {
      const [seq = "", field = "", item = "", raw = "", value = "", unit = "", kind = "", approx = ""] =
        line.split("\t");
      const row: GoldQuantity = {
        seq: Number(seq),
        field: field as GoldQuantity["field"],
        raw,
        value: Number(value),
        kind: kind as Quantity["kind"],
      };
      if (unit !== "") {
        row.detail = { item: item === "-" ? null : Number(item), unit, approximate: approx === "yes" };
      }
      return row;
    });
}
