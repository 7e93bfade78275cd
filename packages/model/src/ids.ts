import type { DocumentKind, Language } from "./common.js";

/**
 * The stable id of a document: its kind, language and the first 16 hex digits of its content's
 * sha256, so the same file always gets the same id. e.g. `action-plan.zh-hant.6bac756fe4f12e99`.
 */
export function documentId(kind: DocumentKind, language: Language, sha256: string): string {
  return `${kind}.${language.toLowerCase()}.${sha256.slice(0, 16)}`;
}
