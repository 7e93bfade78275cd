import type { Measure } from "@lianzheng/model";
import { formatQuantity, formatRatio } from "../chart.js";
import { Fields, PageHeading, TableHead, TableScroll, Value } from "../components.js";
import { useSite } from "../context.js";
import { chineseNumber } from "../labels.js";
import type { SitePlan } from "../lookup.js";
import { documentRoute, hrefFor } from "../routes.js";
import { MeasureCard } from "./plan.js";

/**
 * Where the dataset records this measure's lineage (editions are another issue's work): a
 * `lineage` on the measure, or entries of the plan's `lineage` that name it. Shown as recorded.
 */
function lineageOf(plan: SitePlan, measure: Measure): unknown[] {
  const own = (measure as { lineage?: unknown }).lineage;
  const fromPlan = (plan as { lineage?: unknown }).lineage;
  const entries: unknown[] = own === undefined ? [] : Array.isArray(own) ? own : [own];
  if (Array.isArray(fromPlan))
    for (const entry of fromPlan)
      if (typeof entry === "object" && entry !== null && Object.values(entry).includes(measure.id))
        entries.push(entry);
  return entries;
}

const LINK_KEYS = new Set(["planId", "documentId", "plan", "measureId", "measure", "id"]);

/** A lineage entry that names a plan and a measure in this dataset becomes a link to it. */
function LineageEntry({ entry }: { entry: unknown }) {
  const { lookup } = useSite();
  if (typeof entry === "object" && entry !== null) {
    const e = entry as Record<string, unknown>;
    const planId = [e.planId, e.documentId, e.plan].find((v) => typeof v === "string") as string | undefined;
    const measureId = [e.measureId, e.measure, e.id].find((v) => typeof v === "string") as string | undefined;
    const plan = planId ? lookup.document(planId) : undefined;
    if (plan && measureId) {
      const rest = Object.entries(e).filter(([key]) => !LINK_KEYS.has(key));
      const edition = plan.kind === "action-plan" ? [plan.revision?.label, plan.revision?.date] : [];
      return (
        <>
          <a href={hrefFor({ page: "measure", id: plan.id, measureId })}>
            {[plan.title, ...edition].filter(Boolean).join(" ")} · {measureId}
          </a>
          {rest.length > 0 ? <Fields entries={rest} /> : null}
        </>
      );
    }
  }
  return <Value value={entry} />;
}

export function MeasurePage({ plan, measure }: { plan: SitePlan; measure: Measure }) {
  const { t, lookup } = useSite();
  const strategy = plan.strategies.find((s) => s.number === measure.strategy);
  const lineage = lineageOf(plan, measure);
  const results = lookup.recordsFor(plan.id, measure.id);
  const servedBy = lookup.servedBy(plan.id, measure.id);
  return (
    <>
      <nav aria-label="breadcrumb" class="crumbs">
        <a href={hrefFor({ page: "plan", id: plan.id })}>{plan.title}</a> ›{" "}
        {strategy ? `${chineseNumber(strategy.number)}、${strategy.title}` : ""}
      </nav>
      <PageHeading>
        {t.measure} {measure.id}
      </PageHeading>
      <MeasureCard plan={plan} measure={measure} heading="h1" />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t.history}</h2>
        <p>
          {plan.revision?.label ?? ""} {plan.revision?.date ?? ""} · {plan.language}
        </p>
        {lineage.length > 0 ? (
          <ul class="plain">
            {lineage.map((entry, i) => (
              <li key={i}>
                <LineageEntry entry={entry} />
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t.noLineage}</p>
        )}
      </section>
      {servedBy.length > 0 ? (
        <section aria-labelledby="served-by-heading">
          <h2 id="served-by-heading">{t.servedBy}</h2>
          <ul class="plain">
            {servedBy.map((d) => (
              <li key={d.id}>
                <a href={hrefFor(documentRoute(d))} lang={d.language}>
                  {d.title}
                </a>{" "}
                <span class="muted">{d.kind}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{t.results}</h2>
        {results.length === 0 ? (
          <p class="muted">{t.noResults}</p>
        ) : (
          <TableScroll label={t.results}>
            <table>
              <TableHead columns={[t.year, t.seq, t.target, t.achievement, t.evaluations]} />
              <tbody>
                {results.map(({ report, record }) => (
                  <tr key={`${report.id}-${record.seq}`}>
                    <td>{report.year}</td>
                    <td>
                      <a href={hrefFor({ page: "report", id: report.id, seq: record.seq })}>{record.seq}</a>
                    </td>
                    <td lang={report.language}>{record.target.text}</td>
                    <td lang={report.language}>{record.achievement.text}</td>
                    <td>
                      {record.evaluations.map((e, i) => (
                        <div key={i} class={e.met ? "met" : "unmet"}>
                          {formatQuantity(e.target)} → {formatQuantity(e.actual)} · {formatRatio(e.ratio)}{" "}
                          {e.met ? `✓ ${t.met}` : `✗ ${t.notMet}`}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
