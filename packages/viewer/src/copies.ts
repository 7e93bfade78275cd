import type { Document } from "@lianzheng/model";
import type { DocumentCopy, SiteDocument } from "./site-data.js";

/** Whitespace and full-width forms do not make two renderings of one text differ. */
function squash(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/**
 * What a document says, without where it came from: two files with the same kind, language and
 * content key are copies of one document (the plan as text and as PDF). Warnings, sources and
 * attached translations are left out: they differ between copies of the same text.
 */
export function contentKey(document: Document): string {
  const head = [document.kind, document.language];
  switch (document.kind) {
    case "action-plan":
      return JSON.stringify([
        ...head,
        document.strategies.map((strategy) => [
          strategy.number,
          squash(strategy.title),
          strategy.measures.map((m) => [
            m.id,
            squash(m.text),
            m.performanceGoals.map((goal) => squash(goal.text)),
            squash(m.agencyText),
          ]),
        ]),
      ]);
    case "execution-report":
      return JSON.stringify([
        ...head,
        document.year,
        document.records.map((r) => [
          r.seq,
          squash(r.measure.text),
          squash(r.target.text),
          squash(r.achievement.text),
        ]),
      ]);
    default: {
      // Kinds this function does not know yet: everything but the fields that name the file.
      const { id: _id, source: _source, warnings: _warnings, ...rest } = document as Record<string, unknown>;
      return JSON.stringify([...head, squash(JSON.stringify(rest))]);
    }
  }
}

/** Measures carrying an English translation: the copy the translations were merged into wins. */
function translatedMeasures(document: Document): number {
  if (document.kind !== "action-plan") return 0;
  return document.strategies.reduce(
    (sum, strategy) => sum + strategy.measures.filter((m) => m.translations?.en).length,
    0,
  );
}

/** The copy to show: one no other names as its original, the most translated, text before PDF. */
function compareCanonical(a: Document, b: Document): number {
  const copyOf = (d: Document) => ((d as { copyOf?: unknown }).copyOf ? 1 : 0);
  return (
    copyOf(a) - copyOf(b) ||
    translatedMeasures(b) - translatedMeasures(a) ||
    Number(a.source.format === "pdf") - Number(b.source.format === "pdf") ||
    a.id.localeCompare(b.id)
  );
}

function toCopy(document: Document): DocumentCopy {
  return { id: document.id, title: document.title, source: document.source, warnings: document.warnings };
}

/**
 * One canonical document per content, with its copies. A document's `copyOf` (when the dataset
 * records it) puts it with that original; otherwise documents of the same kind, language and
 * content are copies, unless `byContent` is false (the dataset's own `copyOf` is then the only
 * word). `aliases` maps every id, canonical ones included, to the canonical id.
 */
export function groupCopies(
  documents: readonly Document[],
  { byContent = true }: { byContent?: boolean } = {},
): {
  documents: SiteDocument[];
  aliases: Record<string, string>;
} {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const groups = new Map<string, Document[]>();
  const keyOf = new Map<string, string>();
  const rootOf = (document: Document): Document => {
    let current = document;
    const seen = new Set<string>();
    for (;;) {
      const next = (current as { copyOf?: unknown }).copyOf;
      if (typeof next !== "string" || seen.has(current.id)) return current;
      seen.add(current.id);
      const original = byId.get(next);
      if (!original) return current;
      current = original;
    }
  };
  for (const document of documents) {
    const root = rootOf(document);
    let key = keyOf.get(root.id);
    if (key === undefined) {
      key = byContent ? contentKey(root) : root.id;
      keyOf.set(root.id, key);
    }
    const group = groups.get(key) ?? [];
    group.push(document);
    groups.set(key, group);
  }
  const aliases: Record<string, string> = {};
  const grouped: SiteDocument[] = [];
  for (const group of groups.values()) {
    const [canonical, ...copies] = [...group].sort(compareCanonical);
    if (!canonical) continue;
    for (const member of group) aliases[member.id] = canonical.id;
    grouped.push({ ...canonical, copies: copies.map(toCopy) });
  }
  return { documents: grouped, aliases };
}
