import type { Measure } from "@lianzheng/model";
import type { LineageLink, SiteDocument } from "../../site-data.js";
import { formatQuantity, formatRatio } from "../chart.js";
import { PageHeading, TableHead, TableScroll } from "../components.js";
import { useSite } from "../context.js";
import { EditionFacts, editionName } from "../edition.js";
import { type EditionMeasure, measureHistory } from "../history.js";
import { chineseNumber } from "../labels.js";
import { findMeasure, type SitePlan } from "../lookup.js";
import { documentRoute, hrefFor } from "../routes.js";
import { MeasureCard } from "./plan.js";

/** A measure of some edition, linked when the dataset has that edition and measure. */
function EditionMeasureLink({ at, current }: { at: EditionMeasure; current: EditionMeasure }) {
  const { t, lookup } = useSite();
  const plan = lookup.document(at.planId);
  const isCurrent = at.planId === current.planId && at.measureId === current.measureId;
  const name = plan?.kind === "action-plan" ? editionName(plan as SitePlan) : at.planId;
  const label = `${name} · ${at.measureId}`;
  if (isCurrent)
    return (
      <strong>
        {label} ({t.thisMeasure})
      </strong>
    );
  return plan?.kind === "action-plan" && findMeasure(plan as SitePlan, at.measureId) ? (
    <a href={hrefFor({ page: "measure", id: plan.id, measureId: at.measureId })}>{label}</a>
  ) : (
    <span>{label}</span>
  );
}

function Changes({ link }: { link: LineageLink }) {
  const { t } = useSite();
  const parts: Array<[string, string[]]> = [
    [t.wordsRemoved, link.wordsRemoved],
    [t.wordsAdded, link.wordsAdded],
    [t.agenciesAdded, link.agenciesAdded],
    [t.agenciesDropped, link.agenciesDropped],
  ];
  return (
    <ul class="plain changes">
      {parts
        .filter(([, values]) => values.length > 0)
        .map(([label, values]) => (
          <li key={label}>
            <span class="muted">{label}:</span> <span lang="zh-Hant">{values.join("、")}</span>
          </li>
        ))}
      {link.goalsChanged ? <li>{t.goalsChanged}</li> : null}
    </ul>
  );
}

/** The lineage rows a measure takes part in: earlier edition → later edition, oldest first. */
function LineageTable({ links, current }: { links: LineageLink[]; current: EditionMeasure }) {
  const { t, lookup } = useSite();
  const date = (id: string) => (lookup.document(id) as SitePlan | undefined)?.revision?.date ?? "";
  const sorted = [...links].sort((a, b) => date(a.from).localeCompare(date(b.from)));
  const side = (planId: string, measureId: string | null) =>
    measureId === null ? (
      <span class="muted">—</span>
    ) : (
      <EditionMeasureLink at={{ planId, measureId }} current={current} />
    );
  return (
    <TableScroll label={t.lineage}>
      <table class="lineage">
        <TableHead columns={[t.earlierEdition, t.lineageKinds, t.laterEdition, t.similarity, t.changes]} />
        <tbody>
          {sorted.map((link, i) => (
            <tr key={i} data-kind={link.kind}>
              <td>{side(link.from, link.fromMeasure)}</td>
              <td>{t.relations[link.kind] ?? link.kind} →</td>
              <td>{side(link.to, link.toMeasure)}</td>
              <td>{link.similarity === null ? "—" : link.similarity.toFixed(2)}</td>
              <td>
                <Changes link={link} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Every report record linked to any measure of the history, by year. */
function ResultsTable({ measures }: { measures: EditionMeasure[] }) {
  const { t, lookup } = useSite();
  const rows = measures
    .flatMap((at) => lookup.recordsFor(at.planId, at.measureId).map((result) => ({ at, ...result })))
    .sort((a, b) => a.report.year - b.report.year || a.record.seq - b.record.seq);
  if (rows.length === 0) return <p class="muted">{t.noResults}</p>;
  return (
    <TableScroll label={t.results}>
      <table>
        <TableHead columns={[t.year, t.seq, t.linkedTo, t.target, t.achievement, t.evaluations]} />
        <tbody>
          {rows.map(({ at, report, record }) => (
            <tr key={`${report.id}-${record.seq}`}>
              <td>{report.year}</td>
              <td>
                <a href={hrefFor({ page: "report", id: report.id, seq: record.seq })}>{record.seq}</a>
              </td>
              <td>
                <EditionMeasureLink at={at} current={measures[0] as EditionMeasure} />
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
  );
}

function ServedBy({ documents }: { documents: SiteDocument[] }) {
  const { t } = useSite();
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby="served-by-heading">
      <h2 id="served-by-heading">{t.servedBy}</h2>
      <ul class="plain">
        {documents.map((d) => (
          <li key={d.id}>
            <a href={hrefFor(documentRoute(d))} lang={d.language}>
              {d.title}
            </a>{" "}
            <span class="muted">{t.kinds[d.kind] ?? d.kind}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A measure's page: the measure, its edition, its lineage across editions (the dataset's
 * `measure_lineage`, followed through every edition) and the report records of every measure of
 * that lineage, year by year: what was promised and achieved, whatever the numbering that year.
 */
export function MeasurePage({ plan, measure }: { plan: SitePlan; measure: Measure }) {
  const { t, lookup } = useSite();
  const strategy = plan.strategies.find((s) => s.number === measure.strategy);
  const canonical = (id: string) => lookup.data.aliases[id] ?? id;
  const history = measureHistory(lookup.data.lineage, { planId: plan.id, measureId: measure.id }, canonical);
  const current = history.measures[0] as EditionMeasure;
  const servedBy = [...new Set(history.measures.flatMap((at) => lookup.servedBy(at.planId, at.measureId)))];
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
          {editionName(plan)} · {plan.language}
        </p>
        <EditionFacts plan={plan} />
        {history.links.length > 0 ? (
          <LineageTable links={history.links} current={current} />
        ) : (
          <p class="muted">{t.noLineage}</p>
        )}
      </section>
      <ServedBy documents={servedBy} />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{t.results}</h2>
        <ResultsTable measures={history.measures} />
      </section>
    </>
  );
}
