// One document in several forms (the plan as text, as a ruled PDF, as an unruled one) parses to
// the same content: those are copies, and a dataset that counted each would count the plan three
// times. One of them is canonical; the others are marked as its copies.
import { createHash } from "node:crypto";
import { type Document, isSeriousWarning } from "@lianzheng/model";

// What says where a document came from or how cleanly it was read, not what it says.
const FORM_KEYS = new Set(["id", "source", "warnings", "provenance"]);

/**
 * The content of a document, independent of its form: the source, ids, warnings and provenance
 * left out, keys sorted, and white space removed from every text (a PDF's line breaks and the
 * spaces PDF.js puts between CJK and digits are form, not content).
 */
function contentOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(contentOf);
  if (typeof value === "string") return value.replace(/\s+/g, "");
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value)
    .filter(([key]) => !FORM_KEYS.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, contentOf(inner)]));
}

// Fingerprints by document, so that a run can take each as its document comes in, while other
// inputs are still being parsed, rather than all of them at the end. Documents are not changed
// once parsed (the steps across documents make new ones).
const fingerprints = new WeakMap<Document, string>();

/** A hash of a document's content (kind and language included): equal for copies. */
export function contentFingerprint(document: Document): string {
  let fingerprint = fingerprints.get(document);
  if (fingerprint === undefined) {
    fingerprint = createHash("sha256")
      .update(JSON.stringify(contentOf(document)))
      .digest("hex");
    fingerprints.set(document, fingerprint);
  }
  return fingerprint;
}

// The copy kept: the cleanest read (fewest serious warnings), then text (it keeps line numbers,
// the easiest to check against), then the smallest id, so the choice is the same on every run.
function preference(document: Document): [number, number, string] {
  return [
    document.warnings.filter(isSeriousWarning).length,
    document.source.format === "text" ? 0 : 1,
    document.id,
  ];
}

function compare(a: Document, b: Document): number {
  const [x, y] = [preference(a), preference(b)];
  return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
}

/**
 * Copies among the documents: copy id → the id of the canonical document with the same kind and
 * content. Documents with no copy are not in the map.
 */
export function findCopies(documents: readonly Document[]): Map<string, string> {
  const groups = new Map<string, Document[]>();
  for (const document of documents) {
    const key = contentFingerprint(document);
    groups.set(key, [...(groups.get(key) ?? []), document]);
  }
  const copyOf = new Map<string, string>();
  for (const group of groups.values()) {
    const [canonical, ...copies] = [...group].sort(compare);
    for (const copy of copies) if (canonical) copyOf.set(copy.id, canonical.id);
  }
  return copyOf;
}
