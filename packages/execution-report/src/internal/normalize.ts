// The normalizer functions this package uses, in one place.
export { parseAgencyCell } from "@lianzheng/agencies";
export {
  cleanText,
  extractQuantities,
  foldToSimplified,
  type ListMarkerStyle,
  parseListMarker,
  parseNumber,
  splitItems,
} from "@lianzheng/normalize";
