// A file may be named with a newline, a carriage return or a terminal escape; printed as it is,
// such a name forges progress or failure lines ("ok  a.pdf\nfailed  b.pdf"). Every line the CLI
// prints about an input goes through `printable`.

// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides that
// reorder what a terminal shows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The text with control characters written as escapes (`\n`, `\x1b`, `\u202e`): one visible line. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const named = NAMED[char];
    if (named) return named;
    const code = char.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
