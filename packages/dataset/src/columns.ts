// Column constructors every table module shares.
import type { Quantity } from "@lianzheng/model";
import type { Column, Row, TableName } from "./tables.js";

export const text = (name: string, extra: Partial<Column> = {}): Column => ({ name, type: "TEXT", ...extra });
export const int = (name: string, extra: Partial<Column> = {}): Column => ({
  name,
  type: "INTEGER",
  ...extra,
});
export const real = (name: string): Column => ({ name, type: "REAL" });
export const id: Column = { name: "id", type: "TEXT", primaryKey: true, notNull: true };
/** A column holding the `id` of a row of `table` (a foreign key). */
export const ref = (name: string, table: TableName, notNull = false): Column =>
  notNull
    ? { name, type: "TEXT", references: table, notNull: true }
    : { name, type: "TEXT", references: table };

/**
 * A measure id as the tables write it: "M8.10". Any reader that guesses types (a spreadsheet,
 * pandas) takes a bare "8.10" for the number 8.1; the letter keeps it text. The numbers themselves
 * are in their own integer columns (strategy_number, number).
 */
export function measureLabel(id: string): string {
  return `M${id}`;
}

/** A quantity's columns, as every table of quantities writes them. */
export const QUANTITY_COLUMNS: readonly Column[] = [
  real("value"),
  text("unit"),
  text("kind", { notNull: true }),
  text("currency"),
  int("approximate"),
  text("raw"),
];

/** A quantity's cells for {@link QUANTITY_COLUMNS}: a value too large to store is null. */
export function quantityCells(quantity: Quantity): Row {
  return {
    value: Number.isFinite(quantity.value) ? quantity.value : null,
    unit: quantity.unit,
    kind: quantity.kind,
    currency: quantity.currency ?? null,
    approximate: quantity.approximate === undefined ? null : quantity.approximate ? 1 : 0,
    raw: quantity.raw,
  };
}
