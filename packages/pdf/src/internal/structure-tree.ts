import type { TaggedCell, TaggedRow, TaggedTable } from "../types.js";

/** Nodes of a page's structure tree read at most: a printed page's tree has a few thousand. */
export const MAX_STRUCTURE_NODES = 50_000;

/**
 * The tables of a page's structure tree, as PDF.js's `page.getStructTree()` gives it: each
 * `Table` element's rows (TR, also inside THead, TBody and TFoot) and their cells (TH, TD) with
 * the marked-content ids of their content on this page (`pageId`: the page's object id as PDF.js
 * writes it in content ids, `p12R_mc3` → `12R`). Rows without content on the page are left out,
 * but every row keeps its index in the whole table and every cell of it is listed, so the same
 * row is known on two pages and cells a row lacks are known to be covered by a cell spanning rows.
 *
 * The tree is untrusted input: at most `maxNodes` nodes are visited (iteratively, so depth costs
 * no stack), and past that the page's tree is `too_large`.
 *
 * It runs in the PDF.js child (isolate.ts passes its source text), so it must be self-contained:
 * no reference to anything outside its own body.
 */
export function tablesOfStructTree(
  tree: unknown,
  pageId: string,
  maxNodes: number,
): TaggedTable[] | "too_large" {
  type Node = { role?: unknown; type?: unknown; id?: unknown; children?: unknown };
  let visited = 0;
  const tooLarge = new Error("too_large");
  const childrenOf = (node: Node): Node[] => {
    visited++;
    if (visited > maxNodes) throw tooLarge;
    return Array.isArray(node.children)
      ? (node.children as Node[]).filter((kid) => kid && typeof kid === "object")
      : [];
  };
  const ownPrefix = `p${pageId}_mc`;
  /** The marked-content ids under a node, on this page, in reading order. */
  const mcidsUnder = (node: Node): number[] => {
    const found: number[] = [];
    const stack: Node[] = [node];
    while (stack.length > 0) {
      const next = stack.pop() as Node;
      if (next.type === "content" && typeof next.id === "string" && next.id.startsWith(ownPrefix)) {
        const mcid = Number(next.id.slice(ownPrefix.length));
        if (Number.isInteger(mcid)) found.push(mcid);
      }
      const kids = childrenOf(next);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
    }
    return found;
  };
  /** A table's rows, TRs directly under it or under its row groups. */
  const rowsOf = (table: Node): Node[] => {
    const rows: Node[] = [];
    for (const kid of childrenOf(table)) {
      if (kid.role === "TR") rows.push(kid);
      else if (kid.role === "THead" || kid.role === "TBody" || kid.role === "TFoot") {
        for (const row of childrenOf(kid)) if (row.role === "TR") rows.push(row);
      }
    }
    return rows;
  };
  const readTable = (table: Node): TaggedTable => {
    const rows: TaggedRow[] = [];
    let columns = 0;
    const all = rowsOf(table);
    all.forEach((row, index) => {
      const cells: TaggedCell[] = childrenOf(row)
        .filter((cell) => cell.role === "TD" || cell.role === "TH")
        .map((cell) => ({ header: cell.role === "TH", mcids: mcidsUnder(cell) }));
      columns = Math.max(columns, cells.length);
      if (cells.some((cell) => cell.mcids.length > 0)) rows.push({ index, cells });
    });
    return { columns, rowCount: all.length, rows };
  };
  try {
    const tables: TaggedTable[] = [];
    const stack: Node[] = tree && typeof tree === "object" ? [tree as Node] : [];
    while (stack.length > 0) {
      const node = stack.pop() as Node;
      if (node.role === "Table") {
        const table = readTable(node);
        if (table.rows.length > 0) tables.push(table);
        continue; // a table inside a cell is read as the cell's text
      }
      const kids = childrenOf(node);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
    }
    return tables;
  } catch (error) {
    if (error === tooLarge) return "too_large";
    throw error;
  }
}
