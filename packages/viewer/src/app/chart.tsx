import type { Evaluation } from "@lianzheng/model";
import { useSite } from "./context.js";
import { hrefFor } from "./routes.js";

export interface ChartRow {
  seq: number;
  evaluation: Evaluation;
}

export function formatQuantity(q: Evaluation["target"]): string {
  return `${q.value.toLocaleString("en")}${q.unit && q.unit !== "%" ? ` ${q.unit}` : (q.unit ?? "")}`;
}

export function formatRatio(ratio: number): string {
  return `${(ratio * 100).toFixed(ratio >= 10 ? 0 : 1)}%`;
}

const ROW = 26;
const LABEL = 90;
const BAR = 300;
const CAP = 1.5; // ratios above 150% run to the edge, marked by an arrow

/**
 * Achievement against target for each evaluation, one bar per pair: the bar's length is the
 * ratio, the line is 100%. Plain SVG: a bar per row needs no chart library, costs no bytes, and
 * every mark gets its own accessible text; the same numbers stand in each record's table.
 */
export function EvaluationChart({ reportId, rows }: { reportId: string; rows: readonly ChartRow[] }) {
  const { t } = useSite();
  const width = LABEL + BAR + 340;
  const height = rows.length * ROW + 24;
  const x = (ratio: number) => LABEL + (Math.min(ratio, CAP) / CAP) * BAR;
  return (
    <figure class="chart">
      <figcaption id="chart-caption">
        {t.evaluations}: {rows.length} · {t.met} {rows.filter((r) => r.evaluation.met).length} · {t.notMet}{" "}
        {rows.filter((r) => !r.evaluation.met).length}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} class="chart-svg">
        <title>{t.evaluations}</title>
        <line x1={x(1)} x2={x(1)} y1={0} y2={height - 18} class="target-line" />
        <text x={x(1)} y={height - 4} text-anchor="middle" class="axis">
          100%
        </text>
        {rows.map(({ seq, evaluation: e }, i) => {
          const y = i * ROW;
          const label = `序次 ${seq}${e.itemNumber === null ? "" : ` (${e.itemNumber})`}`;
          const summary = `${formatQuantity(e.target)} → ${formatQuantity(e.actual)} · ${formatRatio(e.ratio)} ${e.met ? "✓" : "✗"}`;
          return (
            <a
              key={`${seq}-${i}`}
              href={hrefFor({ page: "report", id: reportId, seq })}
              class={e.met ? "met" : "unmet"}
            >
              <text x={LABEL - 8} y={y + 17} text-anchor="end" class="label">
                {label}
              </text>
              <rect
                x={LABEL}
                y={y + 5}
                width={Math.max(1, x(e.ratio) - LABEL)}
                height={ROW - 10}
                class="bar"
              />
              {e.ratio > CAP ? (
                <path d={`M${LABEL + BAR + 3} ${y + 8} l6 5 l-6 5 z`} class="overflow" />
              ) : null}
              <text x={LABEL + BAR + 14} y={y + 17} class="value">
                {summary}
              </text>
            </a>
          );
        })}
      </svg>
    </figure>
  );
}
