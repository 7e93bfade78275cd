// The entry of a parse process (see parse-process.ts): parses the files its parent sends, one at a
// time, and sends back what became of each. A watchdog thread kills it when the parent goes or its
// memory passes the limit given on the command line (`--max-rss-mb N`).
import { startWatchdog } from "@lianzheng/pdf";
import type { ParseRequest } from "./parse-process.js";
import { runParseTask } from "./parse-task.js";

const limitFlag = process.argv.indexOf("--max-rss-mb");
startWatchdog({ maxRssMb: limitFlag > 0 ? Number(process.argv[limitFlag + 1]) : Number.POSITIVE_INFINITY });
process.on("disconnect", () => process.exit(0));

let reusable: ReadonlySet<string> = new Set();
process.on("message", (request: ParseRequest) => {
  if (request.type === "reusable") {
    reusable = new Set(request.hashes);
    return;
  }
  void runParseTask({ path: request.path, options: request.options, reusable }).then((outcome) =>
    process.send?.(outcome),
  );
});
