import type { Agency } from "@lianzheng/model";
import { PageHeading, RoleBadge, TableHead, TableScroll } from "../components.js";
import { useSite } from "../context.js";
import type { MeasureUse, RecordUse } from "../lookup.js";
import { hrefFor } from "../routes.js";

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function MeasureUses({ uses }: { uses: readonly MeasureUse[] }) {
  const { t, showEnglish } = useSite();
  return (
    <>
      {[...groupBy(uses, (u) => u.plan.id).values()].map((group) => {
        const plan = group[0]?.plan;
        if (!plan) return null;
        return (
          <div key={plan.id}>
            <h3>
              <a href={hrefFor({ page: "plan", id: plan.id })}>{plan.title}</a>{" "}
              <span class="muted">
                {plan.revision?.label ?? ""} {plan.language}
              </span>
            </h3>
            <TableScroll label={`${t.measures} · ${plan.title}`}>
              <table>
                <TableHead columns={[t.measure, t.role, t.text]} />
                <tbody>
                  {group.map(({ measure, role }) => (
                    <tr key={`${measure.id}-${role}`}>
                      <td>
                        <a href={hrefFor({ page: "measure", id: plan.id, measureId: measure.id })}>
                          {measure.id}
                        </a>
                      </td>
                      <td>
                        <RoleBadge role={role} />
                      </td>
                      <td lang={plan.language}>
                        {measure.text}
                        {showEnglish && measure.translations?.en ? (
                          <span class="translation" lang="en">
                            {measure.translations.en.text}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        );
      })}
    </>
  );
}

function RecordUses({ uses }: { uses: readonly RecordUse[] }) {
  const { t } = useSite();
  return (
    <>
      {[...groupBy(uses, (u) => u.report.id).values()].map((group) => {
        const report = group[0]?.report;
        if (!report) return null;
        return (
          <div key={report.id}>
            <h3>
              <a href={hrefFor({ page: "report", id: report.id })}>{report.title}</a>
            </h3>
            <TableScroll label={`${t.records} · ${report.title}`}>
              <table>
                <TableHead columns={[t.seq, t.role, t.measures, t.evaluations]} />
                <tbody>
                  {group.map(({ record, role }) => (
                    <tr key={`${record.seq}-${role}`}>
                      <td>
                        <a href={hrefFor({ page: "report", id: report.id, seq: record.seq })}>{record.seq}</a>
                      </td>
                      <td>
                        <RoleBadge role={role} />
                      </td>
                      <td lang={report.language}>{record.measure.text}</td>
                      <td>
                        {record.evaluations.filter((e) => e.met).length}/{record.evaluations.length} {t.met}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        );
      })}
    </>
  );
}

export function AgencyPage({ agency }: { agency: Agency }) {
  const { t, lookup } = useSite();
  const uses = lookup.agencyUses.get(agency.id) ?? { measures: [], records: [] };
  const parent = agency.parentId ? lookup.agency(agency.parentId) : undefined;
  return (
    <>
      <PageHeading lang="zh-Hant">{agency.name.zh}</PageHeading>
      <p class="summary" lang="en">
        {agency.name.en}
      </p>
      <dl class="fields">
        <div>
          <dt>{t.kind}</dt>
          <dd>{agency.kind}</dd>
        </div>
        {parent ? (
          <div>
            <dt>{t.parent}</dt>
            <dd>
              <a href={hrefFor({ page: "agency", agencyId: parent.id })}>{parent.name.zh}</a>
            </dd>
          </div>
        ) : null}
        {agency.formerNames?.length ? (
          <div>
            <dt>{t.formerNames}</dt>
            <dd>{agency.formerNames.map((f) => `${f.name} (–${f.until})`).join("; ")}</dd>
          </div>
        ) : null}
        {agency.abbreviations.length ? (
          <div>
            <dt>{t.abbreviations}</dt>
            <dd>{agency.abbreviations.join("、")}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="agency-measures">
        <h2 id="agency-measures">
          {t.measures} ({uses.measures.length})
        </h2>
        <MeasureUses uses={uses.measures} />
      </section>
      <section aria-labelledby="agency-records">
        <h2 id="agency-records">
          {t.records} ({uses.records.length})
        </h2>
        <RecordUses uses={uses.records} />
      </section>
    </>
  );
}

export function AgenciesPage() {
  const { t, lookup, showEnglish } = useSite();
  const rows = [...lookup.agencyUses.entries()]
    .map(([id, uses]) => ({ agency: lookup.agency(id), uses }))
    .filter((row): row is { agency: Agency; uses: typeof row.uses } => row.agency !== undefined)
    .sort(
      (a, b) =>
        b.uses.measures.length + b.uses.records.length - (a.uses.measures.length + a.uses.records.length),
    );
  const count = (uses: { measures: MeasureUse[] }, role: string) =>
    uses.measures.filter((u) => u.role === role).length;
  return (
    <>
      <PageHeading>{t.agencies}</PageHeading>
      <TableScroll label={t.agencies}>
        <table>
          <TableHead columns={[t.agencies, t.lead, t.assisting, t.executing, t.records]} />
          <tbody>
            {rows.map(({ agency, uses }) => (
              <tr key={agency.id}>
                <td>
                  <a href={hrefFor({ page: "agency", agencyId: agency.id })}>
                    <span lang="zh-Hant">{agency.name.zh}</span>
                    {showEnglish ? <span lang="en"> · {agency.name.en}</span> : null}
                  </a>
                </td>
                <td class="num">{count(uses, "lead")}</td>
                <td class="num">{count(uses, "assisting")}</td>
                <td class="num">{count(uses, "executing")}</td>
                <td class="num">{uses.records.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
