// The parse step lives in @lianzheng/parse (it runs in browsers too); re-exported for this API's users.
export {
  type Detection,
  type DocumentBase,
  detect,
  detectLanguage,
  textOfLayout,
  titleOf,
} from "@lianzheng/parse";
export { IngestError, type IngestErrorCode } from "./errors.js";
export {
  type IngestOptions,
  type InputStatus,
  ingest,
  type Manifest,
  type ManifestEntry,
  OUTPUT_FORMATS,
  type OutputFormat,
} from "./ingest.js";
export { type InputList, listInputs } from "./inputs.js";
export { type ParseOptions, parseFile, parseInput } from "./pipeline.js";
export { decodeText, type Input, type ReadLimits, readInput } from "./read-input.js";
export { toolVersion } from "./version.js";
