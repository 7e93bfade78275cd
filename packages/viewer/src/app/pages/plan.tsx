import type { Measure } from "@lianzheng/model";
import { AgencyRoles, Bilingual, DocumentSources, Fields, Items, PageHeading, Value } from "../components.js";
import { useSite } from "../context.js";
import { EditionFacts, IndicatorsAndTargets } from "../edition.js";
import { chineseNumber } from "../labels.js";
import { extraFields, measureCount, type SitePlan } from "../lookup.js";
import { hrefFor } from "../routes.js";

/** One measure: text, performance goals, agencies with roles, and any fields newer than this site. */
export function MeasureCard({
  plan,
  measure,
  heading = "h3",
}: {
  plan: SitePlan;
  measure: Measure;
  heading?: "h1" | "h3";
}) {
  const { t, showEnglish, lookup } = useSite();
  const en = measure.translations?.en;
  const lang = plan.language;
  const results = lookup.recordsFor(plan.id, measure.id);
  const Heading = heading;
  return (
    <article
      class="measure"
      id={`m-${measure.id}`}
      aria-labelledby={heading === "h3" ? `mh-${measure.id}` : "page-heading"}
    >
      {heading === "h3" ? (
        <Heading id={`mh-${measure.id}`}>
          <a href={hrefFor({ page: "measure", id: plan.id, measureId: measure.id })}>
            {t.measure} {measure.id}
          </a>
        </Heading>
      ) : null}
      {measure.path?.length ? (
        <p class="muted" lang={lang}>
          {measure.path.join(" › ")}
        </p>
      ) : null}
      <p class="measure-text">
        <Bilingual zh={measure.text} en={en?.text} lang={lang} />
      </p>
      <div class="columns">
        <div>
          <h4>{t.performanceGoals}</h4>
          <Items items={measure.performanceGoals} lang={lang} />
          {showEnglish && en ? <Items items={en.performanceGoals} lang="en" /> : null}
        </div>
        <div>
          <h4>{t.agenciesAndRoles}</h4>
          <AgencyRoles roles={measure.agencies} />
        </div>
      </div>
      <IndicatorsAndTargets measure={measure} lang={lang} />
      {extraFields(measure).map(([key, value]) => (
        <div key={key} class="extra">
          <h4>{key}</h4>
          <Value value={value} />
        </div>
      ))}
      {results.length > 0 ? (
        <p class="results-line">
          {t.reports}:{" "}
          {results.map(({ report, record }, i) => (
            <span key={`${report.id}-${record.seq}`}>
              {i > 0 ? ", " : ""}
              <a href={hrefFor({ page: "report", id: report.id, seq: record.seq })}>
                {report.year} 序次 {record.seq}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </article>
  );
}

/** The plan's goals (目標) or policy directions (政策方向): numbered, each a title and a text. */
function TitledList({
  id,
  heading,
  entries,
  lang,
}: {
  id: string;
  heading: string;
  entries: ReadonlyArray<{ number: number; title: string; text: string }>;
  lang: string;
}) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ol class="goals" lang={lang}>
        {entries.map((entry) => (
          <li key={entry.number}>
            <strong>{entry.title}</strong> {entry.text}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The plan's fields the page shows in its own places; any other is listed as it is. */
const SHOWN_PLAN_FIELDS = new Set([
  "id",
  "kind",
  "language",
  "title",
  "source",
  "warnings",
  "revision",
  "derivedFrom",
  "directions",
  "basis",
  "goals",
  "strategies",
  "sections",
  "copies",
]);

type Strategy = SitePlan["strategies"][number];

/** The strategies as in-page links. */
function StrategyContents({ plan }: { plan: SitePlan }) {
  const { t } = useSite();
  return (
    <nav aria-label={t.strategies} class="toc">
      <ol>
        {plan.strategies.map((s) => (
          <li key={s.number}>
            <a href={`#s-${s.number}`} onClick={(e) => scrollToId(e, `s-${s.number}`)}>
              {chineseNumber(s.number)}、{s.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** A strategy's heading (with its English title when shown) and its measures. */
function StrategySection({ plan, strategy: s }: { plan: SitePlan; strategy: Strategy }) {
  const { showEnglish } = useSite();
  return (
    <section class="strategy" id={`s-${s.number}`} aria-labelledby={`sh-${s.number}`}>
      <h2 id={`sh-${s.number}`}>
        <span lang={plan.language}>
          {chineseNumber(s.number)}、{s.title}
        </span>
        {showEnglish && s.translations?.en ? (
          <span class="translation" lang="en">
            {s.number}. {s.translations.en.title}
          </span>
        ) : null}
      </h2>
      {s.measures.map((m) => (
        <MeasureCard key={m.id} plan={plan} measure={m} />
      ))}
    </section>
  );
}

export function PlanPage({ plan }: { plan: SitePlan }) {
  const { t } = useSite();
  const count = measureCount(plan);
  const lang = plan.language;
  const otherFields = extraFields(plan, SHOWN_PLAN_FIELDS);
  return (
    <>
      <PageHeading lang={lang}>{plan.title}</PageHeading>
      <p class="summary">
        <span data-testid="strategy-count">{plan.strategies.length}</span> {t.strategies} ·{" "}
        <span data-testid="measure-count">{count}</span> {t.measures}
        {plan.revision?.label ? ` · ${plan.revision.label}` : ""}
        {plan.revision?.date ? ` · ${plan.revision.date}` : ""}
      </p>
      <EditionFacts plan={plan} />
      {plan.basis ? <p lang={lang}>{plan.basis}</p> : null}
      <TitledList
        id="directions-heading"
        heading={t.directions}
        entries={plan.directions ?? []}
        lang={lang}
      />
      <StrategyContents plan={plan} />
      <TitledList id="goals-heading" heading={t.goals} entries={plan.goals} lang={lang} />
      {plan.strategies.map((s) => (
        <StrategySection key={s.number} plan={plan} strategy={s} />
      ))}
      {plan.sections.length > 0 ? (
        <section aria-labelledby="sections-heading">
          <h2 id="sections-heading">{t.sections}</h2>
          {plan.sections.map((s) => (
            <div key={s.number} lang={lang}>
              <h3>{s.heading}</h3>
              <p>{s.text}</p>
            </div>
          ))}
        </section>
      ) : null}
      {otherFields.length > 0 ? (
        <section aria-labelledby="other-heading">
          <h2 id="other-heading">{t.otherFields}</h2>
          <Fields entries={otherFields} />
        </section>
      ) : null}
      <DocumentSources
        document={plan}
        link={({ measureId }) =>
          measureId ? hrefFor({ page: "measure", id: plan.id, measureId }) : undefined
        }
      />
    </>
  );
}

/** In-page links would replace the route hash; scroll to the target and focus it instead. */
export function scrollToId(event: Event, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.setAttribute("tabindex", "-1");
  target.scrollIntoView();
  target.focus({ preventScroll: true });
}
