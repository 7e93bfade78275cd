// The entry of each worker thread of the parse pool (piscina calls the default export).
import { type ParseOutcome, type ParseTask, runParseTask } from "./parse-task.js";

export default function parseInWorker(task: ParseTask): Promise<ParseOutcome> {
  return runParseTask(task);
}
