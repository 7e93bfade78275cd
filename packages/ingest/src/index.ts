export { type Detection, detect, detectLanguage } from "./detect.js";
export {
  type IngestOptions,
  type InputStatus,
  ingest,
  type Manifest,
  type ManifestEntry,
} from "./ingest.js";
export {
  type DocumentBase,
  type InputList,
  listInputs,
  type ParseOptions,
  parseFile,
  titleOf,
} from "./pipeline.js";
export { toolVersion } from "./version.js";
