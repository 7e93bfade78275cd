/// <reference path="./internal/opencc-dicts.d.ts" />
// (the reference makes the dictionary typings visible to packages that type-check this source)
import type { Language } from "@lianzheng/model";
import * as simplifiedToTraditionalModule from "opencc-js/dict/STCharacters";
import * as traditionalToSimplifiedModule from "opencc-js/dict/TSCharacters";
import { readOpenccDictionary } from "./internal/opencc-dict.js";

/**
 * Characters that only exist in one script: a key of opencc's character table whose replacements do
 * not include the key itself (们 → 們 is Simplified-only; 台 → 臺/檯/颱/台 is shared, so ignored).
 */
function readOneScriptCharacters(dictionary: string): Set<string> {
  const only = new Set<string>();
  for (const entry of dictionary.split("|")) {
    const [key, ...replacements] = entry.split(" ");
    if (key !== undefined && [...key].length === 1 && !replacements.includes(key)) only.add(key);
  }
  return only;
}

/**
 * The characters of Big5 proper (lead bytes A1–F9 without the C6A1–C8FE extension block): what
 * Taiwan writes. opencc maps 台 → 臺 and 准 → 準, yet both are everyday Traditional characters;
 * being in Big5 is what tells them from 们 or 诉. Empty where Node lacks the Big5 decoder.
 */
function readBig5Characters(): Set<string> {
  const bytes: number[] = [];
  for (let lead = 0xa1; lead <= 0xf9; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue;
      if (lead >= 0xc6 && lead <= 0xc8 && (lead > 0xc6 || trail >= 0xa1)) continue;
      bytes.push(lead, trail);
    }
  }
  try {
    return new Set(new TextDecoder("big5").decode(new Uint8Array(bytes)));
  } catch {
    return new Set();
  }
}

let scriptSets: { simplified: Set<string>; traditional: Set<string> } | undefined;
function getScriptSets(): { simplified: Set<string>; traditional: Set<string> } {
  if (scriptSets === undefined) {
    const big5 = readBig5Characters();
    const simplified = readOneScriptCharacters(readOpenccDictionary(simplifiedToTraditionalModule));
    for (const char of simplified) if (big5.has(char)) simplified.delete(char);
    scriptSets = {
      simplified,
      traditional: readOneScriptCharacters(readOpenccDictionary(traditionalToSimplifiedModule)),
    };
  }
  return scriptSets;
}

const HAN = /\p{Script=Han}/u;
const LATIN_CHAR = /\p{Script=Latin}/u;

/** Counts of the characters that tell the scripts apart, for callers that need more than a verdict. */
export interface ScriptCounts {
  han: number;
  latin: number;
  simplifiedOnly: number;
  traditionalOnly: number;
}

/** Counts Han, Latin, Simplified-only and Traditional-only characters, as `detectScript` weighs them. */
export function countScriptCharacters(text: string): ScriptCounts {
  const sets = getScriptSets();
  const counts: ScriptCounts = { han: 0, latin: 0, simplifiedOnly: 0, traditionalOnly: 0 };
  // By code point, as `for (const char of text)` walks it (a lone surrogate is one), but what a
  // BMP character counts as looked up once per code unit: a sample is thousands of characters.
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const paired = unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1));
    const kind = paired ? kindOf(text.slice(i, i + 2), sets) : bmpKindOf(unit, sets);
    if (paired) i++;
    if (kind === LATIN) counts.latin++;
    else if (kind !== OTHER) {
      counts.han++;
      if (kind === HAN_SIMPLIFIED) counts.simplifiedOnly++;
      else if (kind === HAN_TRADITIONAL) counts.traditionalOnly++;
    }
  }
  return counts;
}

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;
// What a character counts as: its script, and for Han whether only one script has it.
const [OTHER, LATIN, HAN_ANY, HAN_SIMPLIFIED, HAN_TRADITIONAL] = [1, 2, 3, 4, 5];
type ScriptSets = ReturnType<typeof getScriptSets>;
function kindOf(char: string, { simplified, traditional }: ScriptSets): number {
  if (!HAN.test(char)) return LATIN_CHAR.test(char) ? LATIN : OTHER;
  return simplified.has(char) ? HAN_SIMPLIFIED : traditional.has(char) ? HAN_TRADITIONAL : HAN_ANY;
}
// Each BMP code unit's kind (0: not asked yet), found on first use (the sets never change once read).
const BMP_KINDS = new Uint8Array(0x10000);

function bmpKindOf(unit: number, sets: ScriptSets): number {
  if (BMP_KINDS[unit] === 0) BMP_KINDS[unit] = kindOf(String.fromCharCode(unit), sets);
  return BMP_KINDS[unit] ?? OTHER;
}

/**
 * Which script a text is written in: `zh-Hans` when it has more Simplified-only characters than
 * Traditional-only ones, `zh-Hant` for other Chinese text (characters shared by both scripts
 * count as Traditional, the documents' script), `en` for text with Latin letters and no Han
 * characters, `null` for text with neither.
 *
 * @example detectScript("国家廉政建设行动方案") // "zh-Hans"
 */
export function detectScript(text: string): Language | null {
  const counts = countScriptCharacters(text);
  if (counts.han === 0) return counts.latin > 0 ? "en" : null;
  return counts.simplifiedOnly > counts.traditionalOnly ? "zh-Hans" : "zh-Hant";
}

/** True when the text has at least one character that only exists in Simplified Chinese. */
export function hasSimplifiedCharacters(text: string): boolean {
  const { simplified } = getScriptSets();
  for (const char of text) if (simplified.has(char)) return true;
  return false;
}

// 台 is a legitimate Traditional character, so no opencc mode rewrites it; the documents write
// 臺 in place names and the currency. Longest first so 新台幣 wins over 台幣.
const TAI_WORDS = [
  "新台幣",
  "台澎金馬",
  "台灣",
  "台北",
  "台中",
  "台南",
  "台東",
  "台閩",
  "台幣",
  "院台",
] as const;
const TAI_PATTERN = new RegExp(TAI_WORDS.join("|"), "g");

/**
 * Writes 臺 for 台 in Taiwan's place names, 新臺幣/臺幣 and Executive Yuan document numbers
 * (院台法字 → 院臺法字), for matching. Other 台 (平台, 台電 as a brand) are left alone.
 */
export function normalizeTaiCharacter(text: string): string {
  return text.replace(TAI_PATTERN, (word) => word.replace("台", "臺"));
}

type Converter = (text: string) => string;
let converterPromise: Promise<Converter> | undefined;

/**
 * Loads (once) opencc-js's Simplified → Traditional (Taiwan, with phrases: 软件 → 軟體) converter
 * and returns it as a synchronous function, for hot loops. The first call costs ~0.3 s.
 */
export function loadTraditionalConverter(): Promise<Converter> {
  converterPromise ??= Promise.all([import("opencc-js/core"), import("opencc-js/preset/cn2t")]).then(
    ([core, preset]) => core.ConverterBuilder(preset)({ from: "cn", to: "twp" }),
  );
  return converterPromise;
}

/**
 * Traditional Chinese as written in Taiwan, for matching: Simplified text goes through opencc-js
 * (cn → twp); text that has no Simplified-only character is not converted (conversion is not
 * the identity on Traditional text). Both get {@link normalizeTaiCharacter}. Never store the
 * result in place of the original.
 *
 * @example await toTraditional("台湾廉政建设") // "臺灣廉政建設"
 */
export async function toTraditional(text: string): Promise<string> {
  if (!hasSimplifiedCharacters(text)) return normalizeTaiCharacter(text);
  const convert = await loadTraditionalConverter();
  return normalizeTaiCharacter(convert(text));
}

let foldTable: Map<string, string> | undefined;

/** Traditional → Simplified, one character at a time, from opencc's character table (first choice). */
function getFoldTable(): Map<string, string> {
  if (foldTable) return foldTable;
  foldTable = new Map();
  for (const entry of readOpenccDictionary(traditionalToSimplifiedModule).split("|")) {
    const [key, first] = entry.split(" ");
    if (key && first) foldTable.set(key, first);
  }
  return foldTable;
}

/**
 * Folds Chinese text to Simplified characters so that Traditional, Simplified and mixed spellings
 * of a name meet (法務部 and 法务部 → 法务部; 臺灣 and 台灣 → 台湾). Only for keys: one-way and lossy.
 */
export function foldToSimplified(text: string): string {
  const table = getFoldTable();
  let out = "";
  for (const char of text) out += table.get(char) ?? char;
  return out;
}
