import type {
  ActionPlan,
  Agency,
  AgencyRoleKind,
  ExecutionReport,
  Measure,
  ReportRecord,
} from "@lianzheng/model";
import type { SiteData, SiteDocument } from "../site-data.js";

export type SitePlan = Extract<SiteDocument, { kind: "action-plan" }> & ActionPlan;
export type SiteReport = Extract<SiteDocument, { kind: "execution-report" }> & ExecutionReport;

export interface MeasureUse {
  plan: SitePlan;
  measure: Measure;
  role: AgencyRoleKind;
}
export interface RecordUse {
  report: SiteReport;
  record: ReportRecord;
  role: AgencyRoleKind;
}

/** The data with the lookups the pages need, built once when the site opens. */
export interface Lookup {
  data: SiteData;
  document(id: string): SiteDocument | undefined;
  plans: SitePlan[];
  reports: SiteReport[];
  others: SiteDocument[];
  agency(id: string): Agency | undefined;
  /** Agencies named in at least one document, with where. */
  agencyUses: Map<string, { measures: MeasureUse[]; records: RecordUse[] }>;
  /** Report records linked to a plan measure, keyed `<canonical plan id>|<measure id>`. */
  recordsFor(planId: string, measureId: string): Array<{ report: SiteReport; record: ReportRecord }>;
  /** The plan a trip report's or narrative's measure ids refer to. */
  planOf(document: SiteDocument): SitePlan | undefined;
  /** Trip reports, narratives and other documents that name a plan measure as one they serve. */
  servedBy(planId: string, measureId: string): SiteDocument[];
}

const MEASURE_ID = /^\d+\.\d+$/;

/**
 * Plan measures a document names as served (a trip report's or narrative's `planLinks`): any
 * field whose name mentions "measure" holding a measure id, searched through the whole document.
 */
export function servedMeasures(value: unknown, key = ""): string[] {
  if (typeof value === "string") return /measure/i.test(key) && MEASURE_ID.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => servedMeasures(v, key));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([k, v]) => servedMeasures(v, /measure/i.test(k) ? k : key));
  return [];
}

export function buildLookup(data: SiteData): Lookup {
  const byId = new Map(data.documents.map((d) => [d.id, d]));
  const document = (id: string) => byId.get(data.aliases[id] ?? id);
  const plans = data.documents.filter((d): d is SitePlan => d.kind === "action-plan");
  const reports = data.documents.filter((d): d is SiteReport => d.kind === "execution-report");
  const others = data.documents.filter((d) => d.kind !== "action-plan" && d.kind !== "execution-report");
  const agencies = new Map(data.agencies.map((a) => [a.id, a]));
  const agencyUses: Lookup["agencyUses"] = new Map();
  const usesOf = (id: string) => {
    let uses = agencyUses.get(id);
    if (!uses) {
      uses = { measures: [], records: [] };
      agencyUses.set(id, uses);
    }
    return uses;
  };
  for (const plan of plans)
    for (const strategy of plan.strategies)
      for (const measure of strategy.measures)
        for (const role of measure.agencies)
          if (role.agencyId) usesOf(role.agencyId).measures.push({ plan, measure, role: role.role });
  const linked = new Map<string, Array<{ report: SiteReport; record: ReportRecord }>>();
  for (const report of reports) {
    const planId = report.planId ? (data.aliases[report.planId] ?? report.planId) : undefined;
    for (const record of report.records) {
      for (const role of record.agencies)
        if (role.agencyId) usesOf(role.agencyId).records.push({ report, record, role: role.role });
      if (planId && record.planMeasureId) {
        const key = `${planId}|${record.planMeasureId}`;
        linked.set(key, [...(linked.get(key) ?? []), { report, record }]);
      }
    }
  }
  const planOf = (d: SiteDocument): SitePlan | undefined => {
    const named = (d as { planId?: unknown }).planId;
    const plan = typeof named === "string" ? document(named) : undefined;
    if (plan?.kind === "action-plan") return plan as SitePlan;
    return plans.find((p) => p.language === d.language) ?? plans[0];
  };
  const served = new Map<string, SiteDocument[]>();
  for (const other of others) {
    const plan = planOf(other);
    if (!plan) continue;
    for (const measureId of new Set(servedMeasures(other))) {
      const key = `${plan.id}|${measureId}`;
      served.set(key, [...(served.get(key) ?? []), other]);
    }
  }
  return {
    data,
    document,
    plans,
    reports,
    others,
    agency: (id) => agencies.get(id),
    agencyUses,
    recordsFor: (planId, measureId) => linked.get(`${data.aliases[planId] ?? planId}|${measureId}`) ?? [],
    planOf,
    servedBy: (planId, measureId) => served.get(`${data.aliases[planId] ?? planId}|${measureId}`) ?? [],
  };
}

/** A report by id, or by year (`#/report/2018`), preferring Traditional Chinese. */
export function findReport(lookup: Lookup, idOrYear: string): SiteReport | undefined {
  const byId = lookup.document(idOrYear);
  if (byId?.kind === "execution-report") return byId as SiteReport;
  if (/^\d{4}$/.test(idOrYear)) return lookup.reports.find((r) => r.year === Number(idOrYear));
  return undefined;
}

export function findMeasure(plan: ActionPlan, measureId: string): Measure | undefined {
  for (const strategy of plan.strategies) {
    const found = strategy.measures.find((m) => m.id === measureId);
    if (found) return found;
  }
  return undefined;
}

export function measureCount(plan: ActionPlan): number {
  return plan.strategies.reduce((sum, s) => sum + s.measures.length, 0);
}

const MEASURE_FIELDS = new Set([
  "id",
  "strategy",
  "number",
  "text",
  "performanceGoals",
  "agencies",
  "agencyText",
  "translations",
  "provenance",
  "indicators",
  "targets",
  "path",
]);

/**
 * Fields of a measure this site has no special view for (as the model grows): shown as they come
 * rather than dropped.
 */
export function extraFields(
  value: object,
  known: ReadonlySet<string> = MEASURE_FIELDS,
): Array<[string, unknown]> {
  return Object.entries(value).filter(([key, v]) => !known.has(key) && v !== undefined && v !== null);
}
