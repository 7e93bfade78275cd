/**
 * The key text is searched by: NFKC (full-width letters and brackets become ASCII), lower case,
 * and each Traditional character replaced by its Simplified one from the site's own table, so
 * 採購, 采购 and a mix of both meet.
 */
export function foldForSearch(text: string, table: Readonly<Record<string, string>>): string {
  let out = "";
  for (const char of text.normalize("NFKC").toLowerCase()) out += table[char] ?? char;
  return out.replace(/\s+/g, " ");
}
