// pdftotext without -layout joins a word hyphenated at a line end (`ARIN-` / `AP` → `ARINAP`),
// hyphens that belong to the word as well. Where the same text spells the word with its hyphen
// elsewhere, that spelling is the word's: it is given back.

const HYPHENATED = /(?<![A-Za-z0-9-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![A-Za-z0-9-])/gu;
// A word of a few letters at least: `20172019` or `a-b` say nothing.
const WORD = /^(?=.*[A-Za-z])[A-Za-z0-9]{4,}$/u;

/** The text with each word joined at a lost hyphen spelled as the text spells it elsewhere. */
export function restoreHyphens(text: string): string {
  const spellings = new Map<string, string>();
  for (const match of text.matchAll(HYPHENATED)) {
    const joined = match[0].replace(/-/gu, "");
    // Two hyphenated spellings of one word: which was lost is not known.
    const known = spellings.get(joined);
    if (WORD.test(joined)) spellings.set(joined, known === undefined || known === match[0] ? match[0] : "");
  }
  const words = [...spellings].filter(([, spelled]) => spelled !== "");
  if (words.length === 0) return text;
  const pattern = new RegExp(
    `(?<![A-Za-z0-9-])(?:${words.map(([joined]) => joined).join("|")})(?![A-Za-z0-9-])`,
    "gu",
  );
  const byJoined = new Map(words);
  return text.replace(pattern, (joined) => byJoined.get(joined) ?? joined);
}
