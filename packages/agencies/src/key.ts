import { foldToSimplified } from "@lianzheng/normalize";

const CJK_OR_BRACKET = "[\\p{Script=Han}\\u3000-\\u303f()]";
const SPACE_NEXT_TO_CJK = new RegExp(`\\s+(?=${CJK_OR_BRACKET})|(?<=${CJK_OR_BRACKET})\\s+`, "gu");
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g;
const QUOTES = /[\u2018\u2019\u02bc`]/g;
const EDGE_PUNCTUATION = /^[\s.,;:。，、；：]+|[\s.,;:。，、；：]+$/g;

/** Punctuation and a leading "the" off both ends, as often as they come (". the, the x"). */
function trimEdges(key: string): string {
  let previous: string;
  let current = key;
  do {
    previous = current;
    current = current.replace(EDGE_PUNCTUATION, "").replace(/^the\b\s*/, "");
  } while (current !== previous);
  return current;
}

/**
 * The key an agency name is looked up by: NFKC (full-width brackets and letters become ASCII),
 * lower case, no spaces inside Chinese (法務部 廉政署 = 法務部廉政署), one space between English
 * words, no leading "the", no punctuation at either end, folded to Simplified characters.
 *
 * @example normalizeAgencyKey("the Ministry of Justice （Agency Against Corruption）")
 * // "ministry of justice (agency against corruption)"
 */
export function normalizeAgencyKey(name: string): string {
  const key = name
    .normalize("NFKC")
    .toLowerCase()
    .replace(DASHES, "-")
    .replace(QUOTES, "'")
    .replace(/&/g, " and ")
    .replace(/\s+/g, " ")
    .replace(/\s*-\s*/g, "-")
    .replace(SPACE_NEXT_TO_CJK, "")
    .replace(/\(\s+|\s+\)/g, (match) => match.trim());
  return foldToSimplified(trimEdges(key));
}
