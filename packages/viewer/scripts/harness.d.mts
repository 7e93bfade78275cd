import type { Browser } from "playwright-core";

export interface BuiltSite {
  site: string;
  url: string;
  log: string;
  cleanUp: () => Promise<void>;
}
export function launchChromium(): Promise<Browser>;
export function buildSiteOf(inputs: readonly string[]): Promise<BuiltSite>;
export function buildDefaultSite(): Promise<BuiltSite>;
export const EDITION_INPUTS: readonly string[];
