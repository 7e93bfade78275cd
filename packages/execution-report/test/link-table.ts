import type { ExecutionReport } from "@lianzheng/model";

/** The README's table: 序次 → the plan measure it links to, with the score. */
export function renderLinkTable(linked: ExecutionReport): string {
  const rows = linked.records.map(
    (r) =>
      `| ${r.seq} | ${r.strategy.number}.${r.measure.number} | ${r.planMeasureId ?? "—"} | ${(r.planMatchScore ?? 0).toFixed(3)} |`,
  );
  return ["| 序次 | 2018 measure | 2023 measure | score |", "| ---: | --- | --- | ---: |", ...rows].join(
    "\n",
  );
}
