// Public API of @lianzheng/trip-report. Named exports only.

export { parseTravellers, type TravellerReading } from "./internal/travellers.js";
export { type ParseTripReportOptions, parseTripReport } from "./parse.js";
