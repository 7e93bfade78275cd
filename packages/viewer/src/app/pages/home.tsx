import { PageHeading, SourceLine, TableHead, TableScroll, WarningList } from "../components.js";
import { useSite } from "../context.js";
import { measureCount } from "../lookup.js";
import { documentRoute, hrefFor } from "../routes.js";

/** Warnings that may mean missing content (the model's isSeriousWarning; not imported: it would bundle zod). */
const serious = (warnings: ReadonlyArray<{ severity?: string | undefined }>) =>
  warnings.filter((w) => w.severity !== "info").length;

export function HomePage() {
  const { t, lookup } = useSite();
  const { plans, reports, others } = lookup;
  return (
    <>
      <PageHeading>{t.site}</PageHeading>
      <section aria-labelledby="plans-heading">
        <h2 id="plans-heading">{t.plans}</h2>
        <ul class="cards">
          {plans.map((plan) => (
            <li key={plan.id}>
              <a href={hrefFor({ page: "plan", id: plan.id })} lang={plan.language}>
                {plan.title}
              </a>
              <div class="muted">
                {[
                  plan.language,
                  plan.revision?.label,
                  plan.revision?.date,
                  `${plan.strategies.length} ${t.strategies}`,
                  `${measureCount(plan)} ${t.measures}`,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">{t.reports}</h2>
        <ul class="cards">
          {reports.map((report) => (
            <li key={report.id}>
              <a href={hrefFor({ page: "report", id: report.id })} lang={report.language}>
                {report.year} · {report.title}
              </a>
              <div class="muted">
                {report.records.length} {t.records} · {report.warnings.length} {t.warnings}
                {serious(report.warnings) > 0 ? ` (${serious(report.warnings)} ${t.serious})` : ""}
              </div>
            </li>
          ))}
        </ul>
      </section>
      {others.length > 0 ? (
        <section aria-labelledby="others-heading">
          <h2 id="others-heading">{t.documents}</h2>
          <ul class="cards">
            {others.map((d) => (
              <li key={d.id}>
                <a href={hrefFor({ page: "document", id: d.id })} lang={d.language}>
                  {d.title}
                </a>
                <div class="muted">
                  {t.kinds[d.kind] ?? d.kind} · {d.language}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** Every input of the dataset, every document with its copies, and every warning of each. */
export function SourcesPage() {
  const { t, lookup } = useSite();
  const { data } = lookup;
  return (
    <>
      <PageHeading>{t.sources}</PageHeading>
      <p class="muted">
        {data.tool.name} {data.tool.version} · schema {data.tool.schemaVersion}
      </p>
      <section aria-labelledby="inputs-heading">
        <h2 id="inputs-heading">
          {t.inputs} ({data.inputs.length})
        </h2>
        <TableScroll label={t.inputs}>
          <table>
            <TableHead columns={[t.source, t.kind, t.status, t.documents]} />
            <tbody>
              {data.inputs.map((input) => {
                const document = input.documentId ? lookup.document(input.documentId) : undefined;
                return (
                  <tr key={input.path}>
                    <td>
                      <code>{input.path}</code>
                    </td>
                    <td>{input.kind ?? ""}</td>
                    <td class={`status-${input.status}`}>
                      {input.status}
                      {input.error ? <div>{input.error}</div> : null}
                    </td>
                    <td>
                      {document ? (
                        <a href={hrefFor(documentRoute(document))}>
                          {document.id === input.documentId ? document.title : `${document.title} (copy)`}
                        </a>
                      ) : (
                        ""
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="all-warnings-heading">
        <h2 id="all-warnings-heading">{t.warnings}</h2>
        {data.documents
          .flatMap((d) => [d, ...d.copies])
          .map((d) => (
            <div key={d.id}>
              <h3>
                {d.title} <span class="muted">({d.id})</span>
              </h3>
              <p>
                <SourceLine source={d.source} />
              </p>
              <WarningList warnings={d.warnings} />
            </div>
          ))}
      </section>
    </>
  );
}
