import { render } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { DATA_GLOBAL, type SiteData, type SiteDocument } from "../site-data.js";
import { PageHeading } from "./components.js";
import { Site, useSite } from "./context.js";
import { LABELS, type UiLanguage } from "./labels.js";
import { buildLookup, findMeasure, findReport, type SitePlan } from "./lookup.js";
import { AgenciesPage, AgencyPage } from "./pages/agency.js";
import { DocumentPage } from "./pages/document.js";
import { HomePage, SourcesPage } from "./pages/home.js";
import { MeasurePage } from "./pages/measure.js";
import { PlanPage } from "./pages/plan.js";
import { ReadPage, readDocumentOf, useReadFile } from "./pages/read.js";
import { ReportPage } from "./pages/report.js";
import { SearchPage } from "./pages/search.js";
import { hrefFor, parseHash, type Route } from "./routes.js";
import "./styles.css";

const LANGUAGE_KEY = "lianzheng.ui";

function NotFound() {
  const { t } = useSite();
  return (
    <>
      <PageHeading>{t.notFound}</PageHeading>
      <p>
        <a href="#/">{t.home}</a>
      </p>
    </>
  );
}

/** The page for a route. A new page kind is one route in routes.ts and one case here. */
function Page({ route, reading }: { route: Route; reading: ReturnType<typeof useReadFile> }) {
  const { lookup } = useSite();
  switch (route.page) {
    case "home":
      return <HomePage />;
    case "plan":
    case "measure": {
      const plan = lookup.document(route.id);
      if (plan?.kind !== "action-plan") return <NotFound />;
      if (route.page === "plan") return <PlanPage plan={plan as SitePlan} />;
      const measure = findMeasure(plan, route.measureId);
      return measure ? <MeasurePage plan={plan as SitePlan} measure={measure} /> : <NotFound />;
    }
    case "report": {
      const report = findReport(lookup, route.id);
      return report ? <ReportPage report={report} /> : <NotFound />;
    }
    case "agencies":
      return <AgenciesPage />;
    case "agency": {
      const agency = lookup.agency(route.agencyId);
      return agency ? <AgencyPage agency={agency} /> : <NotFound />;
    }
    case "document": {
      const document = lookup.document(route.id);
      return document ? <DocumentPage document={document} /> : <NotFound />;
    }
    case "search":
      return <SearchPage query={route.query} />;
    case "sources":
      return <SourcesPage />;
    case "read":
      return <ReadPage {...reading} />;
    case "not-found":
      return <NotFound />;
  }
}

/** Where focus goes after navigation: the record a link names, else the page's heading. */
function focusTarget(route: Route): HTMLElement | null {
  if (route.page === "report" && route.seq !== undefined) return document.getElementById(`r-${route.seq}`);
  return document.getElementById("page-heading");
}

function Header({ ui, setUi }: { ui: UiLanguage; setUi: (ui: UiLanguage) => void }) {
  const { t, lookup } = useSite();
  const report = lookup.reports[0];
  const plan = lookup.plans[0];
  return (
    <header class="site-header">
      {/* A button, not a link: "#main" would be read as a route by the hash router. */}
      <button type="button" class="skip" onClick={() => document.getElementById("main")?.focus()}>
        {t.skip}
      </button>
      <a class="brand" href="#/">
        {t.site}
      </a>
      <nav aria-label={t.site}>
        <ul>
          {plan ? (
            <li>
              <a href={hrefFor({ page: "plan", id: plan.id })}>{t.plans}</a>
            </li>
          ) : null}
          {report ? (
            <li>
              <a href={hrefFor({ page: "report", id: report.id })}>{t.reports}</a>
            </li>
          ) : null}
          <li>
            <a href={hrefFor({ page: "agencies" })}>{t.agencies}</a>
          </li>
          <li>
            <a href={hrefFor({ page: "search", query: "" })}>{t.search}</a>
          </li>
          <li>
            <a href={hrefFor({ page: "sources" })}>{t.sources}</a>
          </li>
          <li>
            <a href={hrefFor({ page: "read" })}>{t.read}</a>
          </li>
        </ul>
      </nav>
      <button
        type="button"
        class="toggle"
        aria-pressed={ui === "en"}
        title={t.toggleLabel}
        onClick={() => setUi(ui === "en" ? "zh" : "en")}
      >
        English
      </button>
    </header>
  );
}

/** The data with one more document, replacing a dataset document with the same id. */
function withDocument(data: SiteData, document: SiteDocument | undefined): SiteData {
  if (!document) return data;
  return { ...data, documents: [...data.documents.filter((d) => d.id !== document.id), document] };
}

function App({ data }: { data: SiteData }) {
  const reading = useReadFile();
  // A file read on the read page joins the site's documents for this tab: its measure and record
  // links resolve like the dataset's own.
  const lookup = useMemo(
    () => buildLookup(withDocument(data, readDocumentOf(reading.state))),
    [data, reading.state],
  );
  const [route, setRoute] = useState(() => parseHash(location.hash));
  const [ui, setUi] = useState<UiLanguage>(() => (localStorage.getItem(LANGUAGE_KEY) === "en" ? "en" : "zh"));
  const [navigated, setNavigated] = useState(false);
  useEffect(() => {
    const onHash = () => {
      setRoute(parseHash(location.hash));
      setNavigated(true);
    };
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);
  useEffect(() => {
    document.documentElement.lang = ui === "en" ? "en" : "zh-Hant";
    localStorage.setItem(LANGUAGE_KEY, ui);
  }, [ui]);
  useEffect(() => {
    const target = focusTarget(route);
    if (route.page === "report" && route.seq !== undefined) target?.scrollIntoView();
    else if (navigated) scrollTo(0, 0);
    // Focus moves only on navigation, so a screen reader hears the new page; not on first load.
    if (target && (navigated || (route.page === "report" && route.seq !== undefined))) {
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
    }
    document.title = `${document.getElementById("page-heading")?.textContent ?? ""} · ${LABELS[ui].site}`;
  }, [route, navigated, ui]);
  return (
    <Site.Provider value={{ lookup, ui }}>
      <Header ui={ui} setUi={setUi} />
      <main id="main" tabIndex={-1}>
        <Page key={hrefFor(route)} route={route} reading={reading} />
      </main>
      <footer class="site-footer">
        <a href={hrefFor({ page: "sources" })}>{LABELS[ui].sources}</a> · {data.tool.name} {data.tool.version}
      </footer>
    </Site.Provider>
  );
}

const data = (window as unknown as Record<string, SiteData | undefined>)[DATA_GLOBAL];
const root = document.getElementById("app");
if (root) {
  root.textContent = "";
  if (data) {
    render(<App data={data} />, root);
    // The first page is in the DOM: the browser test measures the page's own work up to here.
    performance.mark("lianzheng:first-render");
  } else root.textContent = "data.js is missing: build the site with `lianzheng site <dataset> --out <dir>`.";
}
