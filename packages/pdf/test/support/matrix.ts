// The producer matrix: every PDF of fixtures/pdf/ rendered from a seed, by producer and document.
// The parity test (test/parity.test.ts) parses each to its seed's document; the README's table
// "producer × document → result" is generated from this list and checked by test/readme.test.ts.

/** The seeds the matrix renders, as the README's columns. */
export const DOCUMENTS = {
  plan: { seed: "001_6bac756fe4f12e99.txt", label: "plan 2023 (seed 001)" },
  english: { seed: "000_b54d29a4c767afd7.txt", label: "English strategy 9 (seed 000)" },
  report: { seed: "003_2d62c1db8ab3e0f0.txt", label: "2018 report (seed 003)" },
} as const;

export type MatrixDocument = keyof typeof DOCUMENTS;

export interface MatrixEntry {
  /** Under fixtures/pdf/. */
  pdf: string;
  /** The README's row: the producer and the table's look. */
  producer: string;
  document: MatrixDocument;
  /** Said after the result in the README. */
  note?: string;
  /** Warnings the PDF adds by design (its structure tree contradicts its page). */
  added?: string[];
  /**
   * What of the seed an excerpt holds (under word/ or excerpts/, its HTML beside it): it parses to the same
   * document as that HTML (test/word-style.test.ts), not to the whole seed.
   */
  excerpt?: string;
}

const LO_RULED = "LibreOffice, ruled, header repeated";
const LO_UNRULED = "LibreOffice, no rulings";
const CHROMIUM = "Chromium, portrait, `<thead>`, rowspans, tagged";
const WEASYPRINT = "WeasyPrint, separate + double borders, padding";
const XELATEX = "XeLaTeX, `longtable`, rules as filled boxes";
const WKHTMLTOPDF = "wkhtmltopdf, cut rows clipped, cells centred, no repeated header";

export const PRODUCER_MATRIX: readonly MatrixEntry[] = [
  { pdf: "plan-2023-zh.pdf", producer: LO_RULED, document: "plan" },
  { pdf: "plan-2023-en-strategy9.pdf", producer: LO_RULED, document: "english" },
  { pdf: "report-2018-zh.pdf", producer: LO_RULED, document: "report" },
  { pdf: "plan-2023-zh-unruled.pdf", producer: LO_UNRULED, document: "plan" },
  { pdf: "producers/plan-2023-en-lo-unruled.pdf", producer: LO_UNRULED, document: "english" },
  { pdf: "producers/plan-2023-zh-lo-shaded.pdf", producer: "LibreOffice, shaded header", document: "plan" },
  {
    pdf: "producers/report-2018-zh-lo-frame.pdf",
    producer: "LibreOffice, thick outer frame",
    document: "report",
  },
  {
    pdf: "producers/plan-2023-zh-lo-tagged.pdf",
    producer: "LibreOffice, tagged, no rulings",
    document: "plan",
    note: "by the tree",
  },
  { pdf: "producers/plan-2023-zh-chromium.pdf", producer: CHROMIUM, document: "plan" },
  { pdf: "producers/plan-2023-en-chromium.pdf", producer: CHROMIUM, document: "english" },
  {
    pdf: "producers/report-2018-zh-chromium.pdf",
    producer: CHROMIUM,
    document: "report",
    note: "序次 repeated",
  },
  {
    pdf: "producers/plan-2023-zh-chromium-mixed.pdf",
    producer: "Chromium, portrait prose + landscape table, separate",
    document: "plan",
  },
  {
    pdf: "producers/plan-2023-en-chromium-unruled.pdf",
    producer: "Chromium, tagged, no rulings, cells centred, wide padding",
    document: "english",
    note: "by the tree; 1 of 9 measures without it",
  },
  {
    pdf: "producers/plan-2023-en-chromium-inner.pdf",
    producer: "Chromium, inner borders only (no frame), rows free to break",
    document: "english",
  },
  {
    pdf: "producers/plan-2023-en-chromium-kai.pdf",
    producer: "Chromium, Letter, a Kaiti face with no bold",
    document: "english",
    note: "title and heading set in a regular font",
  },
  {
    pdf: "producers/plan-2023-en-chromium-mistagged.pdf",
    producer: "Chromium, tagged, tree edited to contradict the page",
    document: "english",
    note: "by the rulings, `structure_contradicts_layout`",
    added: ["structure_contradicts_layout"],
  },
  { pdf: "producers/plan-2023-zh-weasyprint.pdf", producer: WEASYPRINT, document: "plan" },
  {
    pdf: "producers/plan-2023-en-weasyprint.pdf",
    producer: WEASYPRINT,
    document: "english",
    note: "landscape",
  },
  {
    pdf: "producers/report-2018-zh-weasyprint.pdf",
    producer: WEASYPRINT,
    document: "report",
    note: "序次 repeated",
  },
  {
    pdf: "producers/plan-2023-en-weasyprint-inner.pdf",
    producer: "WeasyPrint, inner borders only (no frame), rows kept whole",
    document: "english",
    note: "a row alone on its page",
  },
  {
    pdf: "producers/plan-2023-en-weasyprint-rules.pdf",
    producer: "WeasyPrint, separate borders, rules above and below cells only",
    document: "english",
    note: "column edges where the rules stop",
  },
  {
    pdf: "producers/plan-2023-en-weasyprint-hrules.pdf",
    producer: "WeasyPrint, A5, horizontal rules only (no column lines)",
    document: "english",
    note: "a cell alone on a page under no header",
  },
  {
    pdf: "excerpts/plan-2023-zh-weasyprint-hrules-part.pdf",
    producer: "WeasyPrint, 148 × 170 mm, horizontal rules only, rows free to break",
    document: "plan",
    excerpt: "strategy 九",
    note: "a one-line goal alone at a page's foot, its measure atop the next page",
  },
  {
    pdf: "producers/plan-2023-en-weasyprint-gs.pdf",
    producer: "Ghostscript `pdfwrite` re-distilling WeasyPrint's PDF",
    document: "english",
    note: "ligatures given as letters shifted a byte",
  },
  {
    pdf: "producers/plan-2023-zh-wkhtmltopdf.pdf",
    producer: WKHTMLTOPDF,
    document: "plan",
    note: "a strategy's text on the page after its first row",
  },
  { pdf: "producers/plan-2023-en-wkhtmltopdf.pdf", producer: WKHTMLTOPDF, document: "english" },
  {
    pdf: "producers/plan-2023-zh-wkhtmltopdf-12pt.pdf",
    producer: "wkhtmltopdf, 12 pt, cells top-aligned",
    document: "plan",
    note: "a measure row cut under a strategy spanning on",
  },
  {
    pdf: "producers/report-2018-zh-wkhtmltopdf.pdf",
    producer: WKHTMLTOPDF,
    document: "report",
    note: "tables touching, each with its own columns",
  },
  {
    pdf: "producers/plan-2023-en-word.pdf",
    producer: "Word-style (pandoc `.docx`, LibreOffice), no rulings but a rule under the header",
    document: "english",
    note: "labels bottom-aligned, rows a few points apart; a word cut in a narrow column joined, `line_end_cuts_joined`",
    added: ["line_end_cuts_joined"],
  },
  {
    pdf: "word/report-2018-zh-word-b5.pdf",
    producer: "Word-style on JIS B5, 10.5 pt sans, a table per record, its head row repeated",
    document: "report",
    excerpt: "records 24–26",
    note: "a record's head atop the page over its value's rest; the next record's value column further right",
  },
  { pdf: "producers/plan-2023-zh-xelatex.pdf", producer: XELATEX, document: "plan" },
  {
    pdf: "producers/plan-2023-en-xelatex.pdf",
    producer: XELATEX,
    document: "english",
    note: "words TeX hyphenated joined, `line_end_hyphens_removed`, `line_end_hyphen_uncertain`",
    added: ["line_end_hyphens_removed", "line_end_hyphen_uncertain"],
  },
];

/** A Markdown table padded to its widest cell per column (as the formatter would leave it). */
function markdownTable(rows: readonly string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(3, ...rows.map((row) => [...(row[c] ?? "")].length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, c) => cell + " ".repeat((widths[c] ?? 0) - [...cell].length)).join(" | ")} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/**
 * The README's table: a row per producer, a column per document, in each cell the PDF and its
 * result ("= seed": the parity test parses it to the seed's document; "= its HTML": an excerpt
 * parses to the same document as the HTML it was printed from).
 */
export function matrixMarkdown(entries: readonly MatrixEntry[] = PRODUCER_MATRIX): string {
  const documents = Object.keys(DOCUMENTS) as MatrixDocument[];
  const producers = [...new Set(entries.map((entry) => entry.producer))];
  const rows = producers.map((producer) => [
    producer,
    ...documents.map((document) => {
      const entry = entries.find((e) => e.producer === producer && e.document === document);
      if (!entry) return "—";
      const name = entry.pdf.split("/").pop() as string;
      const result = entry.excerpt ? `${entry.excerpt} = its HTML` : "seed";
      return `\`${name}\` = ${result}${entry.note ? ` (${entry.note})` : ""}`;
    }),
  ]);
  return markdownTable([["producer", ...documents.map((d) => DOCUMENTS[d].label)], ...rows]);
}
