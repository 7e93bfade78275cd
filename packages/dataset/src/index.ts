// Public API of @lianzheng/dataset. Named exports only.
export { type AgencyLookup, collectAgencies } from "./agencies.js";
export { type BuildDatasetOptions, buildDataset, type Dataset } from "./build.js";
export { formatCsv, formatCsvField } from "./csv.js";
export { buildDataPackage, COLUMN_DESCRIPTIONS, type DataPackageSource } from "./datapackage.js";
export { DATASET_FORMATS, type DatasetFormat, writeDataset } from "./publish.js";
export { buildSqlite, type DocumentJson, preloadSqlite, tableSql } from "./sqlite.js";
export {
  type Cell,
  type Column,
  type DatasetTables,
  type FlattenOptions,
  flattenDocuments,
  type LineageRow,
  measureLabel,
  type Row,
  TABLE_COLUMNS,
  TABLE_NAMES,
  type Table,
  type TableName,
} from "./tables.js";
