import { READER_GLOBAL, type Reader } from "../reader-api.js";

const loading = new Map<string, Promise<void>>();

/**
 * Loads a classic script from beside index.html, once. A page opened from file:// can neither
 * import modules nor fetch files, but it can add a script tag: the site's lazy chunks load so.
 */
export function loadScript(src: string): Promise<void> {
  let loaded = loading.get(src);
  if (!loaded) {
    loaded = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`${src} could not be loaded: it belongs beside index.html`));
      document.head.append(script);
    });
    loaded.catch(() => loading.delete(src));
    loading.set(src, loaded);
  }
  return loaded;
}

/** The reader (read.js: the parsers, the CSV writer), loaded when the first file is read. */
export async function loadReader(): Promise<Reader> {
  await loadScript("read.js");
  const reader = (window as unknown as Record<string, Reader | undefined>)[READER_GLOBAL];
  if (!reader) throw new Error("read.js loaded but set no reader: rebuild the site");
  return reader;
}
