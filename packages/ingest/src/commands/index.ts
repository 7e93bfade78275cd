import type { CommandModule } from "../command.js";

/**
 * Every command of the CLI, in the order `lianzheng --help` lists them. A command is one module in
 * this folder exporting `spec` and `run`, and one line here; it is loaded only when it runs or
 * when the help lists it.
 */
export const commandTable: Readonly<Record<string, () => Promise<CommandModule>>> = {
  parse: () => import("./parse.js"),
  ingest: () => import("./ingest.js"),
  normalize: () => import("./normalize.js"),
  "derive-plan": () => import("./derive-plan.js"),
  diff: () => import("./diff.js"),
  agencies: () => import("./agencies.js"),
  site: () => import("./site.js"),
};
