// The reader process's memory limits by default, apart from the other limits (checks.ts): the
// reader's head start (process.ts) needs them, and nothing else of the reader.

/** Heap of the reader's process, in MB. */
export const DEFAULT_MAX_HEAP_MB = 1024;
/** Resident memory of the reader's process, in MB. */
export const DEFAULT_MAX_RSS_MB = 1536;

/**
 * V8 flags for a process that reads or lays out PDFs: a young generation that starts at 16 MB
 * (V8 starts it at 1 MB and grows it only after many scavenges) and may grow to 32 MB. Pages make
 * short-lived garbage in bursts (operator lists, glyph runs); with the larger nursery far less of
 * it is copied, and reading the producer matrix took about 8% less CPU. The memory it may add is
 * 64 MB at most, used only as it fills.
 */
export const YOUNG_GENERATION_FLAGS: readonly string[] = [
  "--min-semi-space-size=16",
  "--max-semi-space-size=32",
];
