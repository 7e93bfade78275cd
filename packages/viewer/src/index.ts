// Public API of @lianzheng/viewer. Named exports only.
export { contentKey, groupCopies } from "./copies.js";
export { readDataset, ViewerError } from "./dataset.js";
export { type Dataset, foldTableFor, prepareSiteData } from "./prepare.js";
export type { DocumentCopy, SiteData, SiteDocument, SiteInput } from "./site-data.js";
export { buildSite, type SiteReport, writeSite } from "./write-site.js";
