import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { LABELS, type Labels, type UiLanguage } from "./labels.js";
import type { Lookup } from "./lookup.js";

export interface SiteContext {
  lookup: Lookup;
  ui: UiLanguage;
}

export const Site = createContext<SiteContext | null>(null);

/** The data, the UI language and its labels, for any component under the app. */
export function useSite(): SiteContext & { t: Labels; showEnglish: boolean } {
  const site = useContext(Site);
  if (!site) throw new Error("useSite outside <Site.Provider>");
  return { ...site, t: LABELS[site.ui], showEnglish: site.ui === "en" };
}
