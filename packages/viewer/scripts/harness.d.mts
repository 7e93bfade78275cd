import type { Browser } from "playwright-core";

export function launchChromium(): Promise<Browser>;
export function buildDefaultSite(): Promise<{
  site: string;
  url: string;
  log: string;
  cleanUp: () => Promise<void>;
}>;
