import type { Narrative } from "@lianzheng/model";
import type { SiteDocument } from "../../site-data.js";
import { DocumentSources, PageHeading } from "../components.js";
import { useSite } from "../context.js";
import { Mentions, planLinksOf, Sections, ServedMeasures } from "../prose.js";
import { QuantityTable } from "../quantities.js";

export type SiteNarrative = Extract<SiteDocument, { kind: "narrative" }> & Narrative;

/**
 * A prose report: the plan measures it serves, its sections with the quantities read from each,
 * and the agencies, bodies and countries it names.
 */
export function NarrativePage({ narrative }: { narrative: SiteNarrative }) {
  const { t, lookup } = useSite();
  const lang = narrative.language;
  const quantities = narrative.sections.reduce((sum, s) => sum + s.quantities.length, 0);
  return (
    <>
      <PageHeading lang={lang}>{narrative.title}</PageHeading>
      <p class="summary">
        {t.kinds.narrative} · {lang} · <span data-testid="section-count">{narrative.sections.length}</span>{" "}
        {t.sectionCount} · <span data-testid="quantity-count">{quantities}</span> {t.quantities}
      </p>
      <ServedMeasures links={planLinksOf(narrative)} plan={lookup.planOf(narrative)} />
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">{t.text}</h2>
        <Sections
          sections={narrative.sections}
          depth={0}
          lang={lang}
          after={(_, i) => (
            <QuantityTable
              caption={`${t.quantities} · ${narrative.sections[i]?.heading ?? t.text}`}
              quantities={narrative.sections[i]?.quantities ?? []}
              lang={lang}
            />
          )}
        />
      </section>
      <Mentions mentions={narrative.mentions} lang={lang} />
      <DocumentSources document={narrative} />
    </>
  );
}
