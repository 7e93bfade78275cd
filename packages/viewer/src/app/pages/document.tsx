import type { SiteDocument } from "../../site-data.js";
import { DocumentSources, Fields, PageHeading } from "../components.js";
import { useSite } from "../context.js";
import { extraFields, findMeasure, type SitePlan, servedMeasures } from "../lookup.js";
import { hrefFor } from "../routes.js";

const BASE_FIELDS = new Set(["id", "kind", "language", "title", "source", "warnings", "copies"]);

/** A section as trip reports and narratives carry them: heading, text or paragraphs, subsections. */
interface SectionLike {
  heading?: unknown;
  marker?: unknown;
  text?: unknown;
  paragraphs?: unknown;
  sections?: unknown;
}

function isSectionList(value: unknown): value is SectionLike[] {
  return (
    Array.isArray(value) &&
    value.every(
      (s) => typeof s === "object" && s !== null && ("text" in s || "paragraphs" in s) && "heading" in s,
    )
  );
}

function Sections({ sections, depth, lang }: { sections: SectionLike[]; depth: number; lang: string }) {
  const Heading = depth === 0 ? "h3" : "h4";
  return (
    <>
      {sections.map((section, i) => {
        const paragraphs = Array.isArray(section.paragraphs)
          ? section.paragraphs.map(String)
          : String(section.text ?? "").split(/\n+/);
        const heading = [section.marker, section.heading].filter((v) => typeof v === "string" && v).join(" ");
        return (
          <div key={i} class={depth > 0 ? "subsection" : undefined} lang={lang}>
            {heading ? <Heading>{heading}</Heading> : null}
            {paragraphs.filter(Boolean).map((p, j) => (
              <p key={j}>{p}</p>
            ))}
            {isSectionList(section.sections) ? (
              <Sections sections={section.sections} depth={depth + 1} lang={lang} />
            ) : null}
          </div>
        );
      })}
    </>
  );
}

interface PlanLinkLike {
  measureId: string;
  score?: number;
  evidence?: Array<{ anchor?: string; phrase?: string }>;
}

function planLinksOf(document: SiteDocument): PlanLinkLike[] {
  const links = (document as { planLinks?: unknown }).planLinks;
  if (Array.isArray(links) && links.every((l) => typeof l?.measureId === "string")) return links;
  return [...new Set(servedMeasures(document))].map((measureId) => ({ measureId }));
}

function ServedMeasures({ links, plan }: { links: PlanLinkLike[]; plan: SitePlan | undefined }) {
  const { t } = useSite();
  return (
    <section aria-labelledby="served-heading">
      <h2 id="served-heading">{t.servedMeasures}</h2>
      <ul class="plain served">
        {links.map((link) => {
          const measure = plan ? findMeasure(plan, link.measureId) : undefined;
          return (
            <li key={link.measureId}>
              {plan ? (
                <a href={hrefFor({ page: "measure", id: plan.id, measureId: link.measureId })}>
                  {link.measureId}
                </a>
              ) : (
                link.measureId
              )}
              {link.score === undefined ? null : <span class="muted"> ({link.score.toFixed(2)})</span>}
              {measure ? <span lang={plan?.language}> {measure.text}</span> : null}
              {link.evidence?.length ? (
                <ul class="evidence">
                  {link.evidence.map((e, i) => (
                    <li key={i}>
                      {e.anchor ? <strong>{e.anchor}</strong> : null} {e.phrase}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * A trip report, a narrative, or any kind this site has no page of its own for: its sections as
 * text, the plan measures it serves linked, and every other field as it comes.
 */
export function DocumentPage({ document }: { document: SiteDocument }) {
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
