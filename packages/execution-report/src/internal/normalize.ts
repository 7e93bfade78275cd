// The normalizer functions this package uses, in one place.
export { cleanText, extractQuantities, parseAgencyCell, parseNumber, splitItems } from "@lianzheng/normalize";
