import type { Mention } from "@lianzheng/model";
import type { ComponentChildren } from "preact";
import type { SiteDocument } from "../site-data.js";
import { TableHead, TableScroll } from "./components.js";
import { useSite } from "./context.js";
import { findMeasure, type SitePlan, servedMeasures } from "./lookup.js";
import { hrefFor } from "./routes.js";

/** A section as trip reports and narratives carry them: heading, text or paragraphs, subsections. */
export interface SectionLike {
  heading?: unknown;
  marker?: unknown;
  text?: unknown;
  paragraphs?: unknown;
  sections?: unknown;
}

export function isSectionList(value: unknown): value is SectionLike[] {
  return (
    Array.isArray(value) &&
    value.every(
      (s) => typeof s === "object" && s !== null && ("text" in s || "paragraphs" in s) && "heading" in s,
    )
  );
}

/** Sections as text, subsections indented under their parent; `after` adds to each section. */
export function Sections({
  sections,
  depth,
  lang,
  after,
}: {
  sections: SectionLike[];
  depth: number;
  lang: string;
  after?: (section: SectionLike, index: number) => ComponentChildren;
}) {
  const Heading = depth === 0 ? "h3" : "h4";
  return (
    <>
      {sections.map((section, i) => {
        const paragraphs = Array.isArray(section.paragraphs)
          ? section.paragraphs.map(String)
          : String(section.text ?? "").split(/\n+/);
        const heading = [section.marker, section.heading].filter((v) => typeof v === "string" && v).join(" ");
        return (
          <div key={i} class={depth > 0 ? "subsection" : "section"} lang={lang}>
            {heading ? <Heading>{heading}</Heading> : null}
            {paragraphs.filter(Boolean).map((p, j) => (
              <p key={j}>{p}</p>
            ))}
            {after ? after(section, i) : null}
            {isSectionList(section.sections) ? (
              <Sections sections={section.sections} depth={depth + 1} lang={lang} />
            ) : null}
          </div>
        );
      })}
    </>
  );
}

export interface PlanLinkLike {
  measureId: string;
  score?: number;
  evidence?: Array<{ anchor?: string; phrase?: string }>;
}

/** A document's `planLinks`, or for kinds without them any field naming a measure it serves. */
export function planLinksOf(document: SiteDocument): PlanLinkLike[] {
  const links = (document as { planLinks?: unknown }).planLinks;
  if (Array.isArray(links) && links.every((l) => typeof l?.measureId === "string")) return links;
  return [...new Set(servedMeasures(document))].map((measureId) => ({ measureId }));
}

/** The plan measures a document serves, each linked to its page, with score and evidence. */
export function ServedMeasures({ links, plan }: { links: PlanLinkLike[]; plan: SitePlan | undefined }) {
  const { t } = useSite();
  if (links.length === 0) return null;
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
                <details class="evidence">
                  <summary>
                    {t.evidenceOf} ({link.evidence.length})
                  </summary>
                  <ul>
                    {link.evidence.map((e, i) => (
                      <li key={i}>
                        {e.anchor ? <strong>{e.anchor}</strong> : null} {e.phrase}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Agencies, international bodies and countries a document names: how often, and where first. */
export function Mentions({ mentions, lang }: { mentions: readonly Mention[]; lang: string }) {
  const { t, lookup } = useSite();
  if (mentions.length === 0) return null;
  return (
    <section aria-labelledby="mentions-heading">
      <h2 id="mentions-heading">
        {t.mentions} ({mentions.length})
      </h2>
      <TableScroll label={t.mentions}>
        <table class="mentions">
          <TableHead columns={[t.kind, t.name, t.count, t.evidence]} />
          <tbody>
            {mentions.map((m) => (
              <tr key={`${m.kind}-${m.id}`} data-kind={m.kind}>
                <td>{t.mentionKinds[m.kind] ?? m.kind}</td>
                <td lang={lang}>
                  {m.kind === "agency" && lookup.agency(m.id) ? (
                    <a href={hrefFor({ page: "agency", agencyId: m.id })}>{m.name}</a>
                  ) : (
                    m.name
                  )}
                </td>
                <td class="num">{m.count}</td>
                <td lang={lang} class="evidence-text">
                  {m.evidence}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
