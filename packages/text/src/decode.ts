import { ParseError } from "@lianzheng/model";

/** The character encodings a text input is read in. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "big5";

/** Decoded text and the encoding it was found in. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

function decoderFor(encoding: TextEncoding): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(encoding, { fatal: true });
  } catch (error) {
    // Node built without full ICU (small-icu) knows only UTF-8 and UTF-16.
    throw new ParseError(
      "unsupported_encoding",
      `this Node.js cannot decode ${encoding} (it was built without full ICU); convert the file to UTF-8 first (iconv -f ${encoding === "big5" ? "CP950" : encoding} -t UTF-8)`,
      { cause: error },
    );
  }
}

function tryDecode(bytes: Uint8Array, encoding: TextEncoding): string | null {
  try {
    return decoderFor(encoding).decode(bytes);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    return null;
  }
}

/** UTF-16 without a byte-order mark: ASCII-heavy text has a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): TextEncoding | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return "utf-16be";
  return null;
}

/**
 * Decodes a text file: UTF-8 (with or without BOM), UTF-16 LE/BE (with a BOM, or ASCII-heavy
 * text without one), else Big5 (CP950, which WHATWG's `big5` decoder covers, with the HKSCS
 * extensions). The BOM is dropped. Bytes valid in none of them throw `ParseError`
 * `binary_input`.
 *
 * Big5 is tried only after UTF-8 fails: UTF-8's strict grammar almost never accepts Big5 bytes
 * by chance, while most UTF-8 text is not valid Big5 either.
 *
 * @example decodeText(new Uint8Array([0xb0, 0xea, 0xae, 0x61])) // { text: "國家", encoding: "big5" }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  let found: DecodedText | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes.subarray(3), "utf-8");
    if (text !== null) found = { text, encoding: "utf-8" };
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    const text = tryDecode(bytes.subarray(2), encoding);
    if (text !== null) found = { text, encoding };
  } else {
    const utf16 = sniffUtf16(bytes);
    const order: TextEncoding[] = utf16 ? [utf16] : ["utf-8", "big5"];
    for (const encoding of order) {
      const text = tryDecode(bytes, encoding);
      if (text !== null) {
        found = { text, encoding };
        break;
      }
    }
  }
  if (!found)
    throw new ParseError(
      "binary_input",
      "the file is neither a PDF nor text in UTF-8, UTF-16 or Big5: give a PDF or a text file",
    );
  if (found.text.charCodeAt(0) === 0xfeff) found.text = found.text.slice(1);
  return found;
}
