import type { RawBlock, RawDocument } from "@lianzheng/layout";

/** The document's blocks with only the table rows `keep` takes (runs of a property stay short). */
export function slice(doc: RawDocument, keep: (row: string[]) => boolean): RawBlock[] {
  return doc.blocks.map((block) =>
    block.kind === "table"
      ? { ...block, rows: block.rows.filter((row) => keep(row.cells.map((c) => c.text))) }
      : block,
  );
}
