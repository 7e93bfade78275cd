import type { AgendaRow, TripReport } from "@lianzheng/model";
import type { ComponentChildren } from "preact";
import type { SiteDocument } from "../../site-data.js";
import { DocumentSources, PageHeading, TableHead, TableScroll } from "../components.js";
import { useSite } from "../context.js";
import { Mentions, planLinksOf, Sections, ServedMeasures } from "../prose.js";
import { hrefFor } from "../routes.js";

export type SiteTrip = Extract<SiteDocument, { kind: "trip-report" }> & TripReport;

/** 出國報告's cover: category, agencies, destination, period, report date and number. */
function Cover({ trip }: { trip: SiteTrip }) {
  const { t, lookup } = useSite();
  const { cover } = trip;
  const date = cover.reportDate;
  const facts: Array<[string, ComponentChildren]> = [
    [t.category, cover.category],
    [
      t.agencies,
      cover.agencies.map((a, i) => (
        <span key={a.name}>
          {i > 0 ? "、" : ""}
          {a.agencyId && lookup.agency(a.agencyId) ? (
            <a href={hrefFor({ page: "agency", agencyId: a.agencyId })}>{a.name}</a>
          ) : (
            a.name
          )}
        </span>
      )),
    ],
    [
      t.destination,
      cover.destination
        ? `${cover.destination.text} (${cover.destination.countries.map((c) => c.code).join(", ")})`
        : null,
    ],
    [t.period, cover.period ? `${cover.period.start} – ${cover.period.end}` : null],
    [t.reportDate, date ? [date.year, date.month, date.day].filter(Boolean).join("-") : null],
    [t.reportNumber, cover.reportNumber],
  ];
  return (
    <dl class="fields cover" data-testid="cover">
      {facts
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd lang={trip.language}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function Travellers({ trip }: { trip: SiteTrip }) {
  const { t } = useSite();
  const { travellers } = trip.cover;
  if (travellers.length === 0) return null;
  const withAgency = travellers.some((p) => p.agency);
  return (
    <section aria-labelledby="travellers-heading">
      <h2 id="travellers-heading">
        {t.travellers} ({travellers.length})
      </h2>
      <TableScroll label={t.travellers}>
        <table class="travellers">
          <TableHead columns={withAgency ? [t.name, t.jobTitle, t.agencies] : [t.name, t.jobTitle]} />
          <tbody lang={trip.language}>
            {travellers.map((p) => (
              <tr key={p.name}>
                <td>{p.name}</td>
                <td>{p.title ?? ""}</td>
                {withAgency ? <td>{p.agency?.name ?? ""}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

const time = (row: AgendaRow) => [row.start, row.end].filter(Boolean).join("–");

/** The agenda, Chinese and English side by side, a row per session or break. */
function Agenda({ rows }: { rows: readonly AgendaRow[] }) {
  const { t } = useSite();
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">
        {t.agenda} ({rows.length})
      </h2>
      <TableScroll label={t.agenda}>
        <table class="agenda">
          <TableHead columns={[t.day, t.time, t.item, "中文", "English", t.speakers]} />
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} class={row.break ? "break" : undefined}>
                <td>{row.day ?? ""}</td>
                <td>{time(row)}</td>
                <td class="num">{row.item ?? ""}</td>
                <td lang="zh-Hant" class="pre">
                  {row.zh}
                </td>
                <td lang="en" class="pre">
                  {row.en}
                </td>
                <td>{row.speakers.join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function Recommendations({ trip }: { trip: SiteTrip }) {
  const { t } = useSite();
  if (trip.recommendations.length === 0) return null;
  return (
    <section aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading">
        {t.recommendations} ({trip.recommendations.length})
      </h2>
      <ol class="recommendations" lang={trip.language}>
        {trip.recommendations.map((r, i) => (
          <li key={i} value={r.number ?? undefined}>
            {r.heading ? <strong>{r.heading}</strong> : null}
            {r.text.split(/\n+/).map((p, j) => (
              <p key={j}>{p}</p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * A trip report (出國報告): its cover, the delegation, the plan measures it serves, the agenda,
 * its sections as text, recommendations and the bodies and countries it names.
 */
export function TripReportPage({ trip }: { trip: SiteTrip }) {
  const { t, lookup } = useSite();
  return (
    <>
      <PageHeading lang={trip.language}>{trip.title}</PageHeading>
      <p class="summary">
        {t.kinds["trip-report"]} · {trip.language}
      </p>
      <Cover trip={trip} />
      <Travellers trip={trip} />
      <ServedMeasures links={planLinksOf(trip)} plan={lookup.planOf(trip)} />
      <Agenda rows={trip.agenda} />
      {trip.sections.length > 0 ? (
        <section aria-labelledby="text-heading">
          <h2 id="text-heading">{t.text}</h2>
          <Sections sections={trip.sections} depth={0} lang={trip.language} />
        </section>
      ) : null}
      <Recommendations trip={trip} />
      <Mentions mentions={trip.mentions} lang={trip.language} />
      <DocumentSources document={trip} />
    </>
  );
}
