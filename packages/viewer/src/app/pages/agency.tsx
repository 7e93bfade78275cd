import type { Agency } from "@lianzheng/model";
import type { ComponentChildren } from "preact";
import { PageHeading, RoleBadge, TableHead, TableScroll } from "../components.js";
import { useSite } from "../context.js";
import { editionName } from "../edition.js";
import type { MeasureUse, RecordUse } from "../lookup.js";
import { hrefFor } from "../routes.js";

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * Uses grouped by the document they are in: a heading linking to the document, then a table with
 * a row per use. Measures and report records share it.
 */
function UsesByDocument<T>({
  uses,
  document,
  heading,
  label,
  columns,
  row,
}: {
  uses: readonly T[];
  document: (use: T) => { id: string };
  heading: (use: T) => ComponentChildren;
  label: (use: T) => string;
  columns: string[];
  row: (use: T) => ComponentChildren;
}) {
  return (
    <>
      {[...groupBy(uses, (u) => document(u).id).values()].map((group) => {
        const first = group[0];
        if (first === undefined) return null;
        return (
          <div key={document(first).id}>
            <h3>{heading(first)}</h3>
            <TableScroll label={label(first)}>
              <table>
                <TableHead columns={columns} />
                <tbody>{group.map(row)}</tbody>
              </table>
            </TableScroll>
          </div>
        );
      })}
    </>
  );
}

function MeasureUses({ uses }: { uses: readonly MeasureUse[] }) {
  const { t, showEnglish } = useSite();
  return (
    <UsesByDocument
      uses={uses}
      document={(u) => u.plan}
      heading={({ plan }) => (
        <>
          <a href={hrefFor({ page: "plan", id: plan.id })}>{plan.title}</a>{" "}
          <span class="muted">
            {editionName(plan) === plan.title ? "" : editionName(plan)} {plan.language}
          </span>
        </>
      )}
      label={({ plan }) => `${t.measures} · ${plan.title} ${editionName(plan)}`}
      columns={[t.measure, t.role, t.text]}
      row={({ plan, measure, role }) => (
        <tr key={`${measure.id}-${role}`}>
          <td>
            <a href={hrefFor({ page: "measure", id: plan.id, measureId: measure.id })}>{measure.id}</a>
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
      )}
    />
  );
}

function RecordUses({ uses }: { uses: readonly RecordUse[] }) {
  const { t } = useSite();
  return (
    <UsesByDocument
      uses={uses}
      document={(u) => u.report}
      heading={({ report }) => <a href={hrefFor({ page: "report", id: report.id })}>{report.title}</a>}
      label={({ report }) => `${t.records} · ${report.title}`}
      columns={[t.seq, t.role, t.measures, t.evaluations]}
      row={({ report, record, role }) => (
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
      )}
    />
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
