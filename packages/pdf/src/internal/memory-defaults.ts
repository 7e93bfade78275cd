// The reader process's memory limits by default, apart from the other limits (checks.ts): the
// reader's head start (process.ts) needs them, and nothing else of the reader.

/** Heap of the reader's process, in MB. */
export const DEFAULT_MAX_HEAP_MB = 1024;
/** Resident memory of the reader's process, in MB. */
export const DEFAULT_MAX_RSS_MB = 1536;
