import { Country, InternationalBody } from "@lianzheng/model";
import { z } from "zod";
import bodiesData from "./data/bodies.json" with { type: "json" };
import countriesData from "./data/countries.json" with { type: "json" };
import governmentsData from "./data/governments.json" with { type: "json" };
import topicsData from "./data/topics.json" with { type: "json" };

/**
 * A topic the plan's measures and the reports both speak of (司法互助 / mutual legal assistance),
 * in Chinese and English: the anchors plan links are made of, besides international bodies.
 */
export const Topic = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  zh: z.array(z.string().min(1)),
  en: z.array(z.string().min(1)),
});
export type Topic = z.infer<typeof Topic>;

const Forms = z.object({ zh: z.array(z.string().min(1)), en: z.array(z.string().min(1)) });

/**
 * Words that say whose government a sentence speaks of: Taiwan's own (我國, 臺灣, Taiwan) and,
 * per foreign government whose bodies share names with Taiwan's (China's 法務部), its markers
 * (中國, 大陸, 中共, PRC) and its own bodies (最高人民檢察院, 國家監察委員會 …). Agency mentions are
 * judged by them (see foreign.ts).
 */
export const Governments = z.object({
  domestic: Forms,
  foreign: z.array(z.object({ country: z.string().regex(/^[A-Z]{2}$/), markers: Forms, bodies: Forms })),
});
export type Governments = z.infer<typeof Governments>;

// The data files are validated by their zod schemas in registries.test.ts (and parsed here, so a
// bad edit fails loudly on first use instead of matching wrongly).
let cache:
  | { bodies: InternationalBody[]; countries: Country[]; topics: Topic[]; governments: Governments }
  | undefined;

function load() {
  cache ??= {
    bodies: z.array(InternationalBody).parse(bodiesData),
    countries: z.array(Country).parse(countriesData),
    topics: z.array(Topic).parse(topicsData),
    governments: Governments.parse(governmentsData),
  };
  return cache;
}

/** The international bodies registry (APEC ACTWG, UNCAC, UNODC, GlobE Network, IAACA, OECD, FATF …). */
export function internationalBodies(): readonly InternationalBody[] {
  return load().bodies;
}

/** The gazetteer: countries and economies with ISO 3166-1 alpha-2 codes, names and some cities. */
export function countries(): readonly Country[] {
  return load().countries;
}

/** The topic lexicon plan links are decided with. */
export function topics(): readonly Topic[] {
  return load().topics;
}

/** Whose-government words: Taiwan's markers, and foreign governments' markers and bodies. */
export function governments(): Governments {
  return load().governments;
}
