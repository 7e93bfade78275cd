// Public API of @lianzheng/trip-report. Named exports only.
export { type ParseTripReportOptions, parseTripReport } from "./parse.js";
export { parseTravellers, type TravellerReading } from "./internal/travellers.js";
