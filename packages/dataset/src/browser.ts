// The browser entry of @lianzheng/dataset: the tables and their CSV, nothing that writes files.
// Named exports only.
export { type BuildDatasetOptions, buildDataset, type Dataset } from "./build.js";
export { formatCsv, formatCsvField } from "./csv.js";
export { type Cell, type Column, type Row, TABLE_NAMES, type Table, type TableName } from "./tables.js";
