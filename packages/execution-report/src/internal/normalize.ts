// The normalizer functions this package uses, in one place.
export { parseAgencyCell } from "@lianzheng/agencies";
export {
  extractItemQuantities,
  foldToSimplified,
  type ListMarkerStyle,
  listMarkerStyleOf,
  parseListMarker,
  parseNumber,
  rejoinBrokenLines,
  splitItems,
} from "@lianzheng/normalize";
