import type { SiteDocument } from "../../site-data.js";
import { DocumentSources, Fields, PageHeading } from "../components.js";
import { useSite } from "../context.js";
import { extraFields, type Lookup } from "../lookup.js";
import { hrefFor } from "../routes.js";

const BASE_FIELDS = new Set(["id", "kind", "language", "title", "source", "warnings", "copies"]);
const MEASURE_ID = /^\d+\.\d+$/;

/**
 * Plan measures a document names (a trip report's or narrative's link to the plan): any field
 * whose name mentions "measure" holding measure ids, searched through the whole document.
 */
export function servedMeasures(value: unknown, key = ""): string[] {
  if (typeof value === "string") return /measure/i.test(key) && MEASURE_ID.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => servedMeasures(v, key));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([k, v]) => servedMeasures(v, /measure/i.test(k) ? k : key));
  return [];
}

/** The plan a served measure belongs to: the one the document names, else the newest in its language. */
function planFor(lookup: Lookup, document: SiteDocument) {
  const named = (document as { planId?: unknown }).planId;
  const plan = typeof named === "string" ? lookup.document(named) : undefined;
  if (plan?.kind === "action-plan") return plan;
  return lookup.plans.find((p) => p.language === document.language) ?? lookup.plans[0];
}

/** A trip report, a narrative, or any kind this site has no page of its own for. */
export function DocumentPage({ document }: { document: SiteDocument }) {
  const { t, lookup } = useSite();
  const measures = [...new Set(servedMeasures(document))];
  const plan = planFor(lookup, document);
  const fields = extraFields(document, BASE_FIELDS);
  return (
    <>
      <PageHeading lang={document.language}>{document.title}</PageHeading>
      <p class="summary">
        {document.kind} · {document.language}
      </p>
      {measures.length > 0 ? (
        <section aria-labelledby="served-heading">
          <h2 id="served-heading">{t.servedMeasures}</h2>
          <ul class="inline-list">
            {measures.map((id) => (
              <li key={id}>
                {plan ? <a href={hrefFor({ page: "measure", id: plan.id, measureId: id })}>{id}</a> : id}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {fields.length > 0 ? (
        <section aria-labelledby="fields-heading">
          <h2 id="fields-heading">{t.otherFields}</h2>
          <Fields entries={fields} />
        </section>
      ) : null}
      <DocumentSources document={document} />
    </>
  );
}
