import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTravellers } from "./travellers.js";

// Names as Taiwan's civil service writes them: a one- or two-character surname and one or two
// given characters (none of which start a title word), and titles from the rank lists.
const SURNAMES = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "馮", "孫", "歐陽", "張簡"];
const GIVEN = [..."彥均立杰媛婷志偉明華美玲宏文雅琪俊傑淑芬怡君家豪冠宇"];
const TITLES = [
  "副署長",
  "主任檢察官",
  "科長",
  "廉政官",
  "專員",
  "檢察官",
  "司長",
  "科員",
  "調查官",
  "簡任秘書",
  "專門委員",
];

const person = fc.record({
  name: fc
    .tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 }))
    .map(([surname, given]) => `${surname}${given.join("")}`),
  title: fc.constantFrom(...TITLES),
});

type Person = { name: string; title: string };
/** The layouts covers use for 姓名職稱; a two-character name is often spaced to the width of three. */
const LAYOUTS: Record<string, (p: Person) => string> = {
  glued: (p) => `${p.name}${p.title}`,
  spacedName: (p) => (p.name.length === 2 ? `${p.name[0]} ${p.name[1]}${p.title}` : `${p.name}${p.title}`),
  nameSpaceTitle: (p) => `${p.name} ${p.title}`,
  titleSpaceName: (p) => `${p.title} ${p.name}`,
  bracket: (p) => `${p.name}（${p.title}）`,
};
const SEPARATORS = ["\n", "\n\n", "、", " ", "；"];

describe("parseTravellers (property)", () => {
  it("gives back every name and title, whatever the layout and separator", () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...Object.keys(LAYOUTS)),
        fc.constantFrom(...SEPARATORS),
        (people, layout, separator) => {
          const write = LAYOUTS[layout] as (p: Person) => string;
          const text = people.map(write).join(separator);
          const { travellers, uncertain } = parseTravellers(text);
          expect(uncertain).toEqual([]);
          expect(travellers).toEqual(people);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("takes each traveller's agency off a title that starts with one, whatever the layout", () => {
    const AGENCIES = [
      { name: "法務部廉政署", agencyId: "moj-aac" },
      { name: "法務部調查局", agencyId: "moj-ib" },
      { name: "內政部移民署", agencyId: "moi-nia" },
      { name: "內政部警政署", agencyId: "moi-npa" },
      { name: "外交部", agencyId: "mofa" },
      { name: "廉政署", agencyId: "moj-aac" },
    ];
    const WITH_AGENCY: Record<string, (p: Person, agency: string) => string> = {
      titleFirst: (p, agency) => `${agency}${p.title}${p.name}`,
      titleSpaceName: (p, agency) => `${agency}${p.title} ${p.name}`,
      bracket: (p, agency) => `${p.name}（${agency}${p.title}）`,
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(person, fc.constantFrom(...AGENCIES)), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...Object.keys(WITH_AGENCY)),
        fc.constantFrom("\n", "、", "；"),
        (entries, layout, separator) => {
          const write = WITH_AGENCY[layout] as (p: Person, agency: string) => string;
          const text = entries.map(([p, agency]) => write(p, agency.name)).join(separator);
          const { travellers, uncertain } = parseTravellers(text);
          expect(uncertain).toEqual([]);
          expect(travellers).toEqual(entries.map(([p, agency]) => ({ ...p, agency })));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives back English names and titles separated by semicolons", () => {
    const word = fc.constantFrom("Feng", "Cheng", "Lin", "Yen-chun", "Sun", "Li-chieh", "Chang");
    const title = fc.constantFrom("Deputy Director-General", "Chief Prosecutor", "Section Chief", "Officer");
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.tuple(word, word).map((w) => w.join(" ")), title }), {
          minLength: 1,
          maxLength: 5,
        }),
        (people) => {
          const text = people.map((p) => `${p.name}, ${p.title}`).join("; ");
          expect(parseTravellers(text).travellers).toEqual(people);
        },
      ),
    );
  });
});
