export {
  ActionPlan,
  DerivedFrom,
  Direction,
  Goal,
  Measure,
  MeasureTarget,
  MeasureTranslation,
  Revision,
  Section,
  Strategy,
} from "./action-plan.js";
export { Agency, AgencyKind, AgencyNameSource } from "./agency.js";
export { capWarnings, MAX_WARNINGS_PER_CODE } from "./cap-warnings.js";
export {
  AgencyRole,
  AgencyRoleKind,
  DocumentKind,
  Item,
  isSeriousWarning,
  Language,
  Location,
  Provenance,
  Quantity,
  QuantityKind,
  Sha256,
  Source,
  Warning,
  WarningSeverity,
  WarningSubject,
} from "./common.js";
export { Document, Other } from "./document.js";
export { isParseError, ParseError, type ParseErrorCode, type ParseErrorOptions } from "./errors.js";
export {
  Approval,
  Assessed,
  Evaluation,
  ExecutionReport,
  Field,
  ReportRecord,
} from "./execution-report.js";
export { documentId } from "./ids.js";
export { generateJsonSchemas, publishedSchemas, schemaBaseUrl } from "./json-schema.js";
export {
  Country,
  CountryCode,
  CountryRef,
  InternationalBody,
  InternationalBodyKind,
  LinkEvidence,
  Mention,
  MentionKind,
  PlanLink,
} from "./mention.js";
export { Narrative, NarrativeSection } from "./narrative.js";
export {
  AgencyRef,
  AgendaBreak,
  AgendaRow,
  Destination,
  IsoDateRange,
  ReportSection,
  TocEntry,
  Traveller,
  TripCover,
  TripReport,
} from "./trip-report.js";
export {
  createWarning,
  isWarningCode,
  severityOf,
  WARNING_CATALOG,
  WARNING_CODES,
  type WarningCode,
  type WarningOptions,
} from "./warnings.js";

/** The model's version. Bump the major on any change that breaks a consumer of the JSON. */
export const schemaVersion = "1.1.0";
