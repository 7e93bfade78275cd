// The normalizer functions this package uses, in one place.
export {
  cleanText,
  extractQuantities,
  foldToSimplified,
  parseAgencyCell,
  parseNumber,
  splitItems,
} from "@lianzheng/normalize";
