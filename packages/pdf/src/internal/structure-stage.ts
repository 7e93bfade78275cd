// The structure-tree stage of a read, timed by whoever can still act while PDF.js is stuck in it:
// Node's parent process (isolate.ts) and the browser's page (browser.ts). PDF.js builds a page's
// whole tree before the reader can bound it, and a hostile tree (elements that are each other's
// kids) makes that take hours. Past the limit the reader is ended, and the document is read again
// without trees from that page on (those pages say `tagged: "unreadable"`): the geometry is read.

/** How long one page's structure tree may take to read before the document is read without. */
export const STRUCTURE_STAGE_MS = 5000;

/** Watches a reader's messages and times each structure stage in them. */
export interface StructureStage {
  /** Every message of the reader, in order: a `structure` one opens a stage, any other ends it. */
  watch(message: { type: string; page?: unknown }): void;
  /** The page whose tree is being read now, if any. */
  readonly page: number | undefined;
  /** Ends the watch (the read is over). */
  stop(): void;
}

/** A watch that calls `overrun(page)` when reading a page's structure tree passes `ms`. */
export function structureStage(overrun: (page: number) => void, ms = STRUCTURE_STAGE_MS): StructureStage {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let page: number | undefined;
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
    page = undefined;
  };
  return {
    watch(message) {
      stop();
      if (message.type !== "structure" || typeof message.page !== "number") return;
      const stuck = message.page;
      page = stuck;
      timer = setTimeout(() => {
        stop();
        overrun(stuck);
      }, ms);
    },
    get page() {
      return page;
    },
    stop,
  };
}
