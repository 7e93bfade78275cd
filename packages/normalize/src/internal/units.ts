// Which characters the clean-up passes may change, per UTF-16 code unit, each unit's answer found
// once from the patterns that define the passes: a scan of a text by this table tells most texts
// (nothing to change) without running a pattern over them. Where the table says a unit may
// match, or a surrogate leaves the code point unknown, callers run the pattern itself, so every
// answer stays the pattern's.

/** Classes of code units (bits), each defined by a pattern matching one character. */
export const UNIT = {
  /** `cleanText` may rewrite it (line ends, markup, entities, look-alikes, widths, invisible marks). */
  clean: 1,
  /** A white space `cleanText` folds into one space (tab, no-break, ideographic …; not " "). */
  space: 2,
  /** `normalizeLookalikes` or `normalizeWidth` may change it. */
  lookalike: 4,
  /** A no-break, ideographic or other odd space (not tab, not " "). */
  oddSpace: 8,
} as const;

const KNOWN = 128;
// A surrogate: its code point is known only with its pair, so the pattern judges.
const ASK = 64;

/**
 * A test of a text against the classes (`[bit, pattern]`): whether some code unit of it is in a
 * class of `mask`, or is a surrogate. False means no code point of the text is in them.
 */
export function unitClassTest(
  definitions: ReadonlyArray<readonly [number, RegExp]>,
): (text: string, mask: number) => boolean {
  const units = new Uint8Array(0x10000);
  const classOf = (unit: number): number => {
    const known = units[unit] ?? 0;
    if (known !== 0) return known;
    let found = KNOWN;
    if (unit >= 0xd800 && unit <= 0xdfff) found |= ASK;
    else {
      const char = String.fromCharCode(unit);
      for (const [bit, pattern] of definitions) if (pattern.test(char)) found |= bit;
    }
    units[unit] = found;
    return found;
  };
  return (text, mask) => {
    const asked = mask | ASK;
    for (let at = 0; at < text.length; at++) if ((classOf(text.charCodeAt(at)) & asked) !== 0) return true;
    return false;
  };
}
