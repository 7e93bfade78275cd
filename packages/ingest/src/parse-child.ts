// The entry of a parse process (see parse-process.ts): parses the files its parent sends, one at a
// time, and sends back what became of each. A watchdog thread kills it when the parent goes or its
// memory passes the limit given on the command line (`--max-rss-mb N`).
import { startWatchdog, warmPdfReader } from "@lianzheng/pdf/process";
import type { ParseRequest } from "./parse-process.js";

const limitFlag = process.argv.indexOf("--max-rss-mb");
startWatchdog({ maxRssMb: limitFlag > 0 ? Number(process.argv[limitFlag + 1]) : Number.POSITIVE_INFINITY });
process.on("disconnect", () => process.exit(0));
// A batch holding PDFs: the PDF reader's process starts first, and loads PDF.js while this one
// loads its parsers (the import below).
if (process.argv.includes("--warm-pdf")) warmPdfReader();
const parseTask = import("./parse-task.js").then(async (task) => {
  await task.loadParsers();
  return task;
});

let reusable: ReadonlySet<string> = new Set();
// The file named ahead, whose PDF read may have started, until its own parse begins; then the
// read ahead is dropped if that parse did not take it.
let aheadPath: string | undefined;
// Listening at once: a message that came while nobody listened would be lost. Requests wait for
// the parsers in the order they came.
process.on("message", (request: ParseRequest) => {
  if (request.type === "reusable") {
    reusable = new Set(request.hashes);
    return;
  }
  const task = { path: request.path, options: request.options, reusable };
  if (request.type === "ahead") {
    aheadPath = request.path;
    void parseTask.then(({ readAheadFor }) => readAheadFor(task, () => aheadPath === task.path));
    return;
  }
  const named = aheadPath === task.path;
  if (named) aheadPath = undefined;
  void parseTask
    .then(async ({ runParseTask, dropReadAhead }) => {
      const outcome = await runParseTask(task);
      if (named) await dropReadAhead(task.path);
      return outcome;
    })
    .then((outcome) => process.send?.(outcome));
});
