/**
 * The dictionary string of an opencc-js dictionary module. The CJS build reaches these ESM-only
 * modules through require(esm), whose namespace arrives wrapped in one or two more `default`s.
 */
export function readOpenccDictionary(module: unknown): string {
  let value = module;
  for (let depth = 0; depth < 3 && typeof value !== "string"; depth++) {
    value = (value as { default?: unknown } | undefined)?.default;
  }
  return typeof value === "string" ? value : "";
}
