// A label/value table read from text in block order (pdftotext without -layout) is paired label
// block, value block, label block … A lost or split block shifts the pairing, and the shift shows
// in the table's own shape: a record key out of sequence, a record lacking a label the others
// have, a label twice, labels out of the table's order, a label's text standing in a value. When
// none of that shows (and no hyphen was dropped where its word is not known) the reading is
// checked; otherwise each doubt is named, so the caller can warn.

/** A block a value was read from: its 1-based first line, its lines, whether a page ended before it. */
export interface ValueBlock {
  line: number;
  lines: readonly string[];
  pageEnd: boolean;
}

/** One label/value pair as read. */
export interface PairedRow {
  label: string;
  value: string;
  /** The blocks of the value: the first, then any that went on it (a value cut by a page end). */
  valueBlocks: readonly ValueBlock[];
  /** 1-based line of the label. */
  line: number;
}

// Labels are compared without white space and width differences (`107 年績效目標值` = `107年績效目標值`).
const labelKey = (text: string): string => text.normalize("NFKC").replace(/\s+/gu, "");
// A value as quoted in a doubt: one line, short.
const quote = (text: string): string => text.replace(/\s+/gu, " ").trim().slice(0, 20);

interface KeyedRecord {
  key: PairedRow;
  rows: PairedRow[];
}

function recordsOf(rows: readonly PairedRow[], key: string): KeyedRecord[] {
  const records: KeyedRecord[] = [];
  for (const row of rows) {
    if (labelKey(row.label) === key) records.push({ key: row, rows: [] });
    else records.at(-1)?.rows.push(row);
  }
  return records;
}

/** The record keys' numbers must run one by one from 1: none lost, none twice. */
function keyDoubts(records: readonly KeyedRecord[]): string[] {
  const doubts: string[] = [];
  let previous: number | null = 0;
  for (const { key } of records) {
    const text = key.value.trim();
    if (!/^\d{1,4}$/u.test(text)) {
      doubts.push(`line ${key.line}: the key "${key.label}" has no number ("${quote(text)}")`);
      previous = null;
      continue;
    }
    const number = Number(text);
    if (previous !== null && number !== previous + 1)
      doubts.push(`line ${key.line}: ${key.label} ${number} follows ${previous}`);
    previous = number;
  }
  return doubts;
}

/**
 * The labels most records have (half or more), in the order most of the records that have them
 * all give them; null when no record has them all.
 */
function commonLabels(records: readonly KeyedRecord[]): string[] | null {
  const counts = new Map<string, number>();
  for (const record of records)
    for (const label of new Set(record.rows.map((row) => labelKey(row.label))))
      counts.set(label, (counts.get(label) ?? 0) + 1);
  const common = new Set(
    [...counts].filter(([, count]) => count * 2 >= records.length).map(([label]) => label),
  );
  const orders = new Map<string, { labels: string[]; count: number }>();
  for (const record of records) {
    const labels = record.rows.map((row) => labelKey(row.label)).filter((label) => common.has(label));
    if (new Set(labels).size !== common.size || labels.length !== common.size) continue;
    const order = orders.get(labels.join("\u0000")) ?? { labels, count: 0 };
    order.count++;
    orders.set(labels.join("\u0000"), order);
  }
  return [...orders.values()].sort((a, b) => b.count - a.count)[0]?.labels ?? null;
}

/**
 * A record's labels against the common ones: each at most once, in their order, and where one is
 * missing another label stands in its place (a record with `108年績效目標值` where the others
 * have the achievement row), one that does not open with a common label's text.
 */
function recordDoubts(record: KeyedRecord, common: readonly string[]): string[] {
  const labels = record.rows.map((row) => labelKey(row.label));
  const at = `the record at line ${record.key.line} (${record.key.label} ${quote(record.key.value)})`;
  const twice = labels.find((label, index) => labels.indexOf(label) !== index);
  if (twice !== undefined) return [`${at} has the label ${twice} twice`];
  const present = common.filter((label) => labels.includes(label));
  if (labels.filter((label) => common.includes(label)).join("\u0000") !== present.join("\u0000"))
    return [`${at} has its labels out of the table's order`];
  const doubts: string[] = [];
  const gap = (between: readonly string[], missing: readonly string[]): void => {
    const standIns = between.filter((other) => !common.some((known) => other.startsWith(known)));
    for (const label of missing.slice(standIns.length))
      doubts.push(`${at} lacks the label ${label}, and no other stands in its place`);
  };
  let cursor = 0;
  let missing: string[] = [];
  for (const label of common) {
    const found = labels.indexOf(label);
    if (found < 0) {
      missing.push(label);
      continue;
    }
    gap(labels.slice(cursor, found), missing);
    cursor = found + 1;
    missing = [];
  }
  gap(labels.slice(cursor), missing);
  return doubts;
}

/**
 * A value that is empty, holds a block or line that is a label the table repeats, goes on after a
 * blank line within a page (a value runs on into another block only across a page end; within a
 * page, the block between was its label, lost), or has a block opened by its record's number or
 * made of a bare number (a key repeated atop a page, its label lost).
 */
function valueDoubts(records: readonly KeyedRecord[]): string[] {
  const counts = new Map<string, number>();
  for (const row of records.flatMap((record) => [record.key, ...record.rows]))
    counts.set(labelKey(row.label), (counts.get(labelKey(row.label)) ?? 0) + 1);
  const isLabel = (text: string): boolean => (counts.get(labelKey(text)) ?? 0) >= 2;
  const doubts: string[] = [];
  for (const { key, rows } of records)
    for (const row of rows) {
      const at = `line ${row.line}: the value of ${quote(row.label)}`;
      if (row.value.trim() === "") doubts.push(`${at} is empty`);
      row.valueBlocks.forEach((block, index) => {
        const first = block.lines[0]?.trim() ?? "";
        if (isLabel(block.lines.join("")) || block.lines.some(isLabel))
          doubts.push(`${at} holds a label (line ${block.line})`);
        else if (!block.pageEnd)
          doubts.push(`${at} goes on at line ${block.line} with no page end before it`);
        else if (first === key.value.trim() || (index > 0 && /^\d{1,4}$/u.test(block.lines.join("").trim())))
          doubts.push(`${at} holds a bare number at line ${block.line} (a key repeated atop the page?)`);
      });
    }
  return doubts;
}

/**
 * What the table's shape shows out of place, as short phrases naming lines; none means the
 * block-order reading is checked. `key` is the record key's label (序次); `unsureHyphens` the
 * lines where pdftotext dropped a hyphen that was not given back.
 */
export function blockOrderDoubts(
  rows: readonly PairedRow[],
  key: string,
  unsureHyphens: readonly number[] = [],
): string[] {
  const records = recordsOf(rows, labelKey(key));
  const common = commonLabels(records);
  const doubts = [
    ...keyDoubts(records),
    ...(common === null
      ? ["no record has every label most records have"]
      : records.flatMap((record) => recordDoubts(record, common))),
    ...valueDoubts(records),
    ...unsureHyphens.map((line) => `line ${line}: pdftotext dropped a hyphen here, whose word is not known`),
  ];
  return records.length < 2 ? ["the table has fewer than two records", ...doubts] : doubts;
}
