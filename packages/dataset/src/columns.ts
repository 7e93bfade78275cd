// Column constructors every table module shares.
import type { Column, TableName } from "./tables.js";

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
