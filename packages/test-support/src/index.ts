// Test helpers shared by the lianzheng packages. Private: never published, imported by tests only.
export { type CapturedOutput, captureOutput, cli, cliPath, snapshot } from "./cli.js";
export { readCsv } from "./csv.js";
export { agencies, other, plan, report, translation } from "./documents.js";
export { packagesLoadedAtOnce } from "./module-graph.js";
export { type GoldQuantity, readSeed003GoldQuantities } from "./quantities.js";
export { readRepoFile, readSeed, repoRoot, sourceOf } from "./repo.js";
