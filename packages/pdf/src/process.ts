// What a process that parses untrusted input needs of @lianzheng/pdf before anything else: its
// watchdog, and the PDF reader's head start. It loads none of the reader itself (nor the model's
// zod schemas), so that the reader's process starts at once and loads PDF.js while its caller
// loads the rest (ingest's parse processes do).
import { warmReader } from "./internal/isolate.js";
import { DEFAULT_MAX_HEAP_MB, DEFAULT_MAX_RSS_MB } from "./internal/memory-defaults.js";
import type { ReadPdfOptions } from "./types.js";

export { YOUNG_GENERATION_FLAGS } from "./internal/memory-defaults.js";
export { OVER_MEMORY_MARK, startWatchdog, type WatchdogOptions } from "./internal/watchdog.js";

/**
 * Starts the reader process a read with these options takes, and leaves it idle: PDF.js loads
 * in it while the caller does other work (a batch that holds PDFs calls it before loading its
 * parsers). Unused, the reader lets the caller's process end; it is killed then.
 */
export function warmPdfReader(options: Pick<ReadPdfOptions, "maxHeapMb" | "maxRssMb"> = {}): void {
  try {
    warmReader({
      maxHeapMb: options.maxHeapMb ?? DEFAULT_MAX_HEAP_MB,
      maxRssMb: options.maxRssMb ?? DEFAULT_MAX_RSS_MB,
    });
  } catch {
    // Only a head start: a reader that cannot start (PDF.js missing) fails the read itself, with
    // its one line, while inputs that are not PDFs parse on.
  }
}
