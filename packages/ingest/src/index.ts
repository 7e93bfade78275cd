export { type Detection, detect, detectLanguage } from "./detect.js";
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
export {
  type DocumentBase,
  type InputList,
  listInputs,
  type ParseOptions,
  parseFile,
  parseInput,
  textOfLayout,
  titleOf,
} from "./pipeline.js";
export { decodeText, type Input, type ReadLimits, readInput } from "./read-input.js";
export { toolVersion } from "./version.js";
