import type { ActionPlan, Measure } from "@lianzheng/model";
import { Items } from "./components.js";
import { useSite } from "./context.js";
import { documentRoute, hrefFor } from "./routes.js";

/** An edition by what tells it apart: its label and approval date, else its title. */
export function editionName(plan: Pick<ActionPlan, "title" | "revision" | "derivedFrom">): string {
  const { label, date } = plan.revision ?? {};
  const derived = plan.derivedFrom?.rocYear ? `${plan.derivedFrom.rocYear} 年執行情形所載` : undefined;
  return [label, date, derived].filter(Boolean).join(" ") || plan.title;
}

/**
 * The edition's metadata as the plan document carries it: label, approval date (ISO and ROC),
 * approving authority, document number, and the report it was rebuilt from when it is derived.
 */
export function EditionFacts({ plan }: { plan: ActionPlan }) {
  const { t, lookup } = useSite();
  const { revision, derivedFrom } = plan;
  const source = derivedFrom ? lookup.document(derivedFrom.documentId) : undefined;
  const facts: Array<[string, string]> = [
    [t.edition, revision?.label ?? ""],
    [
      t.approval,
      [revision?.date, revision?.rocDate && `(民國 ${revision.rocDate})`].filter(Boolean).join(" "),
    ],
    [t.authority, revision?.authority ?? ""],
    [t.documentNumber, revision?.documentNumber ?? ""],
  ];
  const shown = facts.filter(([, value]) => value !== "");
  if (shown.length === 0 && !derivedFrom) return null;
  return (
    <dl class="fields edition" data-testid="edition">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd lang="zh-Hant">{value}</dd>
        </div>
      ))}
      {derivedFrom ? (
        <div>
          <dt>{t.derivedFrom}</dt>
          <dd>
            {source ? <a href={hrefFor(documentRoute(source))}>{source.title}</a> : derivedFrom.documentId}
            <span class="muted"> · {derivedFrom.note}</span>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/**
 * 績效衡量指標 and NNN年績效目標值, in editions whose table has them: the indicators as numbered
 * items, each year's target as its items with the quantities read from it.
 */
export function IndicatorsAndTargets({ measure, lang }: { measure: Measure; lang: string }) {
  const { t } = useSite();
  const { indicators, targets } = measure;
  if (!indicators?.length && !targets?.length) return null;
  return (
    <div class="columns indicators">
      {indicators?.length ? (
        <div>
          <h4>{t.indicators}</h4>
          <Items items={indicators} lang={lang} />
        </div>
      ) : null}
      {(targets ?? []).map((target) => (
        <div key={target.rocYear} data-testid={`target-${target.year}`}>
          <h4>
            {target.rocYear}年{t.target} ({target.year})
          </h4>
          <Items
            items={target.items.length > 0 ? target.items : [{ number: null, text: target.text }]}
            lang={lang}
          />
          {target.quantities.length > 0 ? (
            <p class="quantity-chips">
              {target.quantities.map((q, i) => (
                <span key={i} class="chip" title={q.raw}>
                  {q.itemNumber ? `${q.itemNumber}. ` : ""}
                  {q.value.toLocaleString("en")}
                  {q.unit === "%" ? "%" : q.unit ? ` ${q.unit}` : ""}
                </span>
              ))}
            </p>
          ) : null}
        </div>
      ))}
    </div>
  );
}
