import type { SiteDocument } from "../../site-data.js";
import { DocumentSources, Fields, PageHeading } from "../components.js";
import { useSite } from "../context.js";
import { extraFields } from "../lookup.js";
import { isSectionList, planLinksOf, Sections, ServedMeasures } from "../prose.js";
import { NarrativePage, type SiteNarrative } from "./narrative.js";
import { type SiteTrip, TripReportPage } from "./trip.js";

const BASE_FIELDS = new Set(["id", "kind", "language", "title", "source", "warnings", "copies"]);

/**
 * A trip report or a narrative on its own page; any kind this site has no page for: its sections
 * as text, the plan measures it serves linked, and every other field as it comes.
 */
export function DocumentPage({ document }: { document: SiteDocument }) {
  if (document.kind === "trip-report") return <TripReportPage trip={document as SiteTrip} />;
  if (document.kind === "narrative") return <NarrativePage narrative={document as SiteNarrative} />;
  return <OtherDocumentPage document={document} />;
}

function OtherDocumentPage({ document }: { document: SiteDocument }) {
  const { t, lookup } = useSite();
  const links = planLinksOf(document);
  const sections = (document as { sections?: unknown }).sections;
  const shown = new Set([...BASE_FIELDS, "planLinks", ...(isSectionList(sections) ? ["sections"] : [])]);
  const fields = extraFields(document, shown);
  return (
    <>
      <PageHeading lang={document.language}>{document.title}</PageHeading>
      <p class="summary">
        {document.kind} · {document.language}
      </p>
      {links.length > 0 ? <ServedMeasures links={links} plan={lookup.planOf(document)} /> : null}
      {fields.length > 0 ? (
        <section aria-labelledby="fields-heading">
          <h2 id="fields-heading">{t.otherFields}</h2>
          <Fields entries={fields} />
        </section>
      ) : null}
      {isSectionList(sections) ? (
        <section aria-labelledby="text-heading">
          <h2 id="text-heading">{t.text}</h2>
          <Sections sections={sections} depth={0} lang={document.language} />
        </section>
      ) : null}
      <DocumentSources document={document} />
    </>
  );
}
