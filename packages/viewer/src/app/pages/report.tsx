import type { ReportRecord } from "@lianzheng/model";
import { type ChartRow, EvaluationChart, formatQuantity, formatRatio } from "../chart.js";
import {
  AgencyRoles,
  DocumentSources,
  Items,
  PageHeading,
  TableHead,
  TableScroll,
  WarningList,
  warningTarget,
} from "../components.js";
import { useSite } from "../context.js";
import { chineseNumber } from "../labels.js";
import type { SiteReport } from "../lookup.js";
import { QuantityTable } from "../quantities.js";
import { hrefFor } from "../routes.js";
import { scrollToId } from "./plan.js";

/** The plan measure a record is linked to, with the match score; or a "not linked" badge. */
function PlanLink({ record, plan }: { record: ReportRecord; plan: { id: string } | undefined }) {
  const { t } = useSite();
  return (
    <p>
      {record.planMeasureId && plan ? (
        <>
          {t.linkedTo}:{" "}
          <a href={hrefFor({ page: "measure", id: plan.id, measureId: record.planMeasureId })}>
            {record.planMeasureId}
          </a>
          {record.planMatchScore !== undefined ? (
            <span class="muted">
              {" "}
              ({t.matchScore} {record.planMatchScore.toFixed(2)})
            </span>
          ) : null}
        </>
      ) : (
        <span class="badge unlinked">{t.notLinked}</span>
      )}
    </p>
  );
}

/** A value's items, or its whole text as one item when it has none. */
const itemsOf = (value: ReportRecord["target"]) =>
  value.items.length ? value.items : [{ number: null, text: value.text }];

function TargetAndAchievement({ record, lang }: { record: ReportRecord; lang: string }) {
  const { t } = useSite();
  return (
    <div class="columns side-by-side">
      <div>
        <h4>{t.target}</h4>
        <Items items={itemsOf(record.target)} lang={lang} />
      </div>
      <div>
        <h4>{t.achievement}</h4>
        <Items items={itemsOf(record.achievement)} lang={lang} />
      </div>
    </div>
  );
}

function EvaluationTable({ record }: { record: ReportRecord }) {
  const { t } = useSite();
  return (
    <TableScroll label={`${t.evaluations} ${t.seq} ${record.seq}`}>
      <table class="evaluations">
        <caption>{t.evaluations}</caption>
        <TableHead columns={[t.item, t.target, t.achievement, t.ratio, t.stated, t.met]} />
        <tbody>
          {record.evaluations.map((e, i) => (
            <tr key={i} class={e.met ? "met" : "unmet"}>
              <td>{e.itemNumber ?? ""}</td>
              <td class="num">{formatQuantity(e.target)}</td>
              <td class="num">{formatQuantity(e.actual)}</td>
              <td class="num">{formatRatio(e.ratio)}</td>
              <td class="num">{e.statedRatio === undefined ? "" : formatRatio(e.statedRatio)}</td>
              <td>{e.met ? `✓ ${t.met}` : `✗ ${t.notMet}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function RecordView({ report, record }: { report: SiteReport; record: ReportRecord }) {
  const { t, lookup } = useSite();
  const lang = report.language;
  const plan = report.planId ? lookup.document(report.planId) : undefined;
  const warnings = report.warnings.filter((w) => warningTarget(w).seq === record.seq);
  return (
    <article class="record" id={`r-${record.seq}`} aria-labelledby={`rh-${record.seq}`}>
      <h3 id={`rh-${record.seq}`}>
        {t.seq} {record.seq} ·{" "}
        <span lang={lang}>
          {/* The report's own numbering (it may follow another edition), not a plan measure id. */}
          {chineseNumber(record.strategy.number)}、({chineseNumber(record.measure.number)})
        </span>
      </h3>
      <p class="measure-text" lang={lang}>
        {record.measure.text}
      </p>
      <PlanLink record={record} plan={plan} />
      <AgencyRoles roles={record.agencies} />
      {record.indicators.length > 0 ? (
        <>
          <h4>{t.indicators}</h4>
          <Items items={record.indicators} lang={lang} />
        </>
      ) : null}
      <TargetAndAchievement record={record} lang={lang} />
      {record.evaluations.length > 0 ? <EvaluationTable record={record} /> : null}
      <QuantityTable caption={`${t.quantities} · ${t.target}`} quantities={record.target.quantities} />
      <QuantityTable
        caption={`${t.quantities} · ${t.achievement}`}
        quantities={record.achievement.quantities}
      />
      {record.fields.length > 0 ? (
        <dl class="fields" lang={lang}>
          {record.fields.map((f, i) => (
            <div key={`${f.label}-${i}`}>
              <dt>{f.label}</dt>
              <dd>{f.text}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {warnings.length > 0 ? <WarningList warnings={warnings} /> : null}
    </article>
  );
}

export function ReportPage({ report }: { report: SiteReport }) {
  const { t, lookup } = useSite();
  const plan = report.planId ? lookup.document(report.planId) : undefined;
  const rows: ChartRow[] = report.records.flatMap((r) =>
    r.evaluations.map((evaluation) => ({ seq: r.seq, evaluation })),
  );
  const unlinked = report.records.filter((r) => !r.planMeasureId);
  const recordLink = (seq: number) => hrefFor({ page: "report", id: report.id, seq });
  return (
    <>
      <PageHeading lang={report.language}>{report.title}</PageHeading>
      <p class="summary">
        {report.year} (ROC {report.rocYear}) · <span data-testid="record-count">{report.records.length}</span>{" "}
        {t.records} · {rows.length} {t.evaluations}
      </p>
      {report.approval ? (
        <p>
          {t.approval}: {report.approval.authority} {report.approval.date} {report.approval.documentNumber}
        </p>
      ) : null}
      {plan ? (
        <p>
          {t.basedOnPlan}: <a href={hrefFor({ page: "plan", id: plan.id })}>{plan.title}</a>
        </p>
      ) : null}
      <section aria-labelledby="warnings-heading" class="panel">
        <h2 id="warnings-heading">
          {t.warnings} ({report.warnings.length})
        </h2>
        <WarningList warnings={report.warnings} link={({ seq }) => (seq ? recordLink(seq) : undefined)} />
      </section>
      <section aria-labelledby="unlinked-heading">
        <h2 id="unlinked-heading">
          {t.unlinked} ({unlinked.length})
        </h2>
        <ul class="inline-list">
          {unlinked.map((r) => (
            <li key={r.seq}>
              <a href={recordLink(r.seq)} onClick={(e) => scrollToId(e, `r-${r.seq}`)}>
                {t.seq} {r.seq}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t.evaluations}</h2>
        <EvaluationChart reportId={report.id} rows={rows} />
      </section>
      <section aria-labelledby="records-heading">
        <h2 id="records-heading">{t.records}</h2>
        {report.records.map((r) => (
          <RecordView key={r.seq} report={report} record={r} />
        ))}
      </section>
      <DocumentSources document={report} link={({ seq }) => (seq ? recordLink(seq) : undefined)} />
    </>
  );
}
