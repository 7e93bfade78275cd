// Small hand-written documents for the dataset tests: every table gets rows, and every value is
// written here, not taken from a parser's output.
import type { ActionPlan, Agency, Document, ExecutionReport } from "@lianzheng/model";

const sha = (digit: string) => digit.repeat(64);

export const agencies: Agency[] = [
  {
    id: "ministry-of-justice",
    name: { zh: "法務部", en: "Ministry of Justice" },
    abbreviations: ["MOJ"],
    aliases: [],
    parentId: null,
    kind: "ministry",
  },
  {
    id: "agency-against-corruption",
    name: { zh: "法務部廉政署", en: "Agency Against Corruption, Ministry of Justice" },
    abbreviations: ["AAC"],
    aliases: ["廉政署"],
    parentId: "ministry-of-justice",
    kind: "agency",
  },
  {
    id: "ministry-of-foreign-affairs",
    name: { zh: "外交部", en: "Ministry of Foreign Affairs" },
    abbreviations: [],
    aliases: [],
    parentId: null,
    kind: "ministry",
  },
];

export const plan: ActionPlan = {
  id: "action-plan.zh-hant.1111111111111111",
  kind: "action-plan",
  language: "zh-Hant",
  title: "國家廉政建設行動方案",
  source: { path: "in/plan.txt", format: "text", sha256: sha("1"), bytes: 1000 },
  warnings: [],
  revision: { date: "2023-08-18" },
  goals: [{ number: 1, title: "不願貪", text: "型塑誠信反貪意識" }],
  sections: [],
  strategies: [
    {
      number: 9,
      title: "推動國際合作與資產追繳",
      translations: { en: { title: "Promote international cooperation" } },
      measures: [
        {
          id: "9.1",
          strategy: 9,
          number: 1,
          text: "推動外國與我國簽署司法互助條約協定",
          performanceGoals: [{ number: null, text: "洽簽刑事司法互助條約, 或備忘錄" }],
          agencies: [
            { agencyId: "agency-against-corruption", name: "法務部(廉政署)", role: "lead" },
            { agencyId: "ministry-of-foreign-affairs", name: "外交部", role: "assisting", goals: [1, 2] },
          ],
          agencyText: "主辦機關：法務部(廉政署) 協辦機關：外交部",
          translations: {
            en: {
              text: 'Encourage "mutual legal assistance" treaties',
              performanceGoals: [{ number: 1, text: "Sign treaties" }],
              agencyText: "Ministry of Justice",
              agencies: [{ agencyId: "ministry-of-justice", name: "Ministry of Justice", role: "executing" }],
            },
          },
          provenance: { lines: [131, 133] },
        },
        {
          id: "9.2",
          strategy: 9,
          number: 2,
          text: "加速修正引渡法\n第二行",
          performanceGoals: [
            { number: 1, text: "每年提報執行情形" },
            { number: 2, text: "完成修法" },
          ],
          agencies: [{ agencyId: null, name: "某未知機關", role: "executing" }],
          agencyText: "某未知機關",
        },
      ],
    },
  ],
};

export const translation: ActionPlan = {
  ...plan,
  id: "action-plan.en.2222222222222222",
  language: "en",
  title: "National Integrity Building Action Plan",
  source: { path: "in/plan-en.txt", format: "text", sha256: sha("2"), bytes: 500 },
  goals: [],
  strategies: [],
};

export const report: ExecutionReport = {
  id: "execution-report.zh-hant.3333333333333333",
  kind: "execution-report",
  language: "zh-Hant",
  title: "國家廉政建設行動方案 107 年執行情形",
  source: { path: "in/report.txt", format: "text", sha256: sha("3"), bytes: 2000 },
  warnings: [{ code: "duplicate_row", message: "a cell" }],
  year: 2018,
  rocYear: 107,
  planId: plan.id,
  records: [
    {
      seq: 1,
      strategy: { number: 9, title: "推動國際合作" },
      measure: { number: 1, text: "推動外國與我國簽署司法互助條約協定" },
      performanceGoals: [{ number: 1, text: "洽簽條約" }],
      agencies: [{ agencyId: "agency-against-corruption", name: "廉政署", role: "executing" }],
      agencyText: "廉政署",
      indicators: [{ number: 1, text: "簽署件數" }],
      target: {
        text: "簽署 2 件，經費 1,000 元",
        items: [],
        quantities: [
          { value: 2, unit: "件", kind: "count", raw: "2 件" },
          { value: 1000, unit: "元", kind: "money", currency: "TWD", raw: "1,000 元" },
        ],
      },
      achievement: {
        text: "簽署 3 件",
        items: [],
        quantities: [{ value: 3, unit: "件", kind: "count", raw: "3 件", approximate: true }],
      },
      evaluations: [
        {
          itemNumber: null,
          target: { value: 2, unit: "件", kind: "count", raw: "2 件" },
          actual: { value: 3, unit: "件", kind: "count", raw: "3 件", approximate: true },
          ratio: 1.5,
          met: true,
        },
      ],
      fields: [{ label: "108年績效目標值", text: "簽署 2 件" }],
      planMeasureId: "9.1",
      planMatchScore: 0.8,
    },
    {
      seq: 2,
      strategy: { number: 9, title: "推動國際合作" },
      measure: { number: 5, text: "已刪除的措施" },
      performanceGoals: [],
      agencies: [],
      agencyText: "",
      indicators: [],
      target: { text: "", items: [], quantities: [] },
      achievement: { text: "", items: [], quantities: [] },
      evaluations: [],
      fields: [],
      planMeasureId: null,
      planMatchScore: 0.1,
    },
  ],
};

export const other: Document = {
  id: "trip-report.zh-hant.4444444444444444",
  kind: "trip-report",
  language: "zh-Hant",
  title: "出國報告",
  source: { path: "in/trip.txt", format: "text", sha256: sha("4"), bytes: 300 },
  warnings: [],
  cover: {
    category: null,
    title: "出國報告",
    agencies: [],
    travellers: [],
    destination: null,
    period: null,
    reportDate: null,
    reportNumber: null,
  },
  toc: [],
  sections: [],
  agenda: [],
  recommendations: [],
  mentions: [],
  planLinks: [],
};
