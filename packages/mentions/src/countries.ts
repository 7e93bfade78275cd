import type { CountryRef } from "@lianzheng/model";
import { countries } from "./registries.js";
import { scanEntities } from "./scan.js";
import { comparable } from "./text.js";

/**
 * The countries and economies a text names, in order of first appearance, each once, with the
 * form written: `澳洲、大韓民國、中華台北` → AU, KR, TW; `Hong Kong, China` → HK.
 */
export function findCountries(text: string): CountryRef[] {
  const out = new Map<string, CountryRef>();
  for (const hit of scanEntities(text)) {
    if (hit.kind !== "country" || out.has(hit.id)) continue;
    out.set(hit.id, { code: hit.id, name: text.slice(hit.start, hit.end) });
  }
  return [...out.values()];
}

/**
 * 派赴國家/地區 split into countries (ISO codes) and the cities the gazetteer knows: `泰國清邁` →
 * TH and 清邁; `美國華盛頓、加拿大` → US, CA and 華盛頓; `Chiang Mai, Thailand` → TH and Chiang Mai.
 * A city named without its country (清邁) gives the country too.
 */
export function splitDestination(text: string): { countries: CountryRef[]; cities: string[] } {
  const found = findCountries(text);
  const target = comparable(text);
  const cities: string[] = [];
  for (const country of countries()) {
    for (const city of country.cities ?? []) {
      for (const form of [city.zh, city.en]) {
        const at = target.indexOf(comparable(form));
        if (at < 0) continue;
        cities.push(text.slice(at, at + form.length));
        if (!found.some((ref) => ref.code === country.code))
          found.push({ code: country.code, name: text.slice(at, at + form.length) });
        break;
      }
    }
  }
  const order = (name: string) => text.indexOf(name);
  return {
    countries: found.sort((a, b) => order(a.name) - order(b.name)),
    cities: cities.sort((a, b) => order(a) - order(b)),
  };
}
