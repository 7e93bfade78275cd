import type { Document } from "@lianzheng/model";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { CsvFile, ReadLimits } from "../../reader-api.js";
import type { SiteDocument } from "../../site-data.js";
import { PageHeading } from "../components.js";
import { useSite } from "../context.js";
import { loadReader } from "../load-script.js";
import type { SitePlan, SiteReport } from "../lookup.js";
import { DocumentPage } from "./document.js";
import { PlanPage } from "./plan.js";
import { ReportPage } from "./report.js";

/** Where reading a dropped file stands; kept by the app, so the document outlives the page. */
export type ReadState =
  | { status: "idle" }
  | { status: "reading"; name: string }
  | { status: "failed"; name: string; error: string; code?: string }
  | { status: "done"; name: string; document: Document; csv: CsvFile[] };

export const DEFAULT_READ_LIMITS: ReadLimits = {
  timeoutMs: 60_000,
  maxPages: 2000,
  maxBytes: 200 * 1024 * 1024,
};

/** The read document as the site's pages take it: a canonical document with no other copies. */
export function readDocumentOf(state: ReadState): SiteDocument | undefined {
  return state.status === "done" ? ({ ...state.document, copies: [] } as SiteDocument) : undefined;
}

/** A ParseError's one line (`file (page 3): message [code]`), else the error's message. */
function errorLine(error: unknown): string {
  const line = (error as { toLine?: () => string }).toLine;
  if (typeof line === "function") return line.call(error);
  return error instanceof Error ? error.message : String(error);
}

/** The read page's state, and the function that reads a file into it (latest file wins). */
export function useReadFile(): { state: ReadState; read: (file: File, limits: ReadLimits) => Promise<void> } {
  const [state, setState] = useState<ReadState>({ status: "idle" });
  const [current] = useState(() => ({ file: null as File | null }));
  const read = async (file: File, limits: ReadLimits) => {
    current.file = file;
    setState({ status: "reading", name: file.name });
    const settle = (next: ReadState) => current.file === file && setState(next);
    try {
      const [reader, bytes] = await Promise.all([loadReader(), file.arrayBuffer()]);
      const document = await reader.readFile(file.name, new Uint8Array(bytes), limits);
      settle({ status: "done", name: file.name, document, csv: reader.csvFiles(document) });
    } catch (error) {
      const { code } = (error ?? {}) as { code?: unknown };
      settle({
        status: "failed",
        name: file.name,
        error: errorLine(error),
        ...(typeof code === "string" ? { code } : {}),
      });
    }
  };
  return { state, read };
}

/** Links that download text made here (blob URLs, revoked when the page goes). */
function Downloads({ files }: { files: Array<{ name: string; text: string; type: string }> }) {
  const { t } = useSite();
  const links = useMemo(
    () =>
      files.map((f) => ({ name: f.name, url: URL.createObjectURL(new Blob([f.text], { type: f.type })) })),
    [files],
  );
  useEffect(
    () => () => {
      for (const link of links) URL.revokeObjectURL(link.url);
    },
    [links],
  );
  return (
    <ul class="inline-list downloads" aria-label={t.download}>
      {links.map((link) => (
        <li key={link.name}>
          <a href={link.url} download={link.name}>
            {link.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

function LimitsForm({ limits, setLimits }: { limits: ReadLimits; setLimits: (limits: ReadLimits) => void }) {
  const { t } = useSite();
  const field = (label: string, value: number, scale: number, key: keyof ReadLimits) => (
    <label>
      {label}{" "}
      <input
        type="number"
        min="1"
        value={value / scale}
        onChange={(e) => {
          const n = Number((e.target as HTMLInputElement).value);
          if (n > 0) setLimits({ ...limits, [key]: n * scale });
        }}
      />
    </label>
  );
  return (
    <details class="limits">
      <summary>{t.limits}</summary>
      {field(t.timeLimit, limits.timeoutMs, 1000, "timeoutMs")}
      {field(t.pageLimit, limits.maxPages, 1, "maxPages")}
      {field(t.sizeLimit, limits.maxBytes, 1024 * 1024, "maxBytes")}
    </details>
  );
}

/**
 * A read stopped by one of the page's limits names the field that raises it: the reader's own
 * line names its option (`timeoutMs`), which the page calls otherwise.
 */
function LimitHint({ code }: { code: string | undefined }) {
  const { t } = useSite();
  const field = code === "timeout" ? t.timeLimit : code === "too_many_pages" ? t.pageLimit : undefined;
  if (!field) return null;
  return (
    <p class="hint" data-testid="read-hint">
      {t.raiseLimit.replace("{field}", field)}
    </p>
  );
}

/** The status line and, once a document is read, its JSON and CSV for download. */
function ReadStatus({ state }: { state: ReadState }) {
  const { t } = useSite();
  const files = useMemo(
    () =>
      state.status === "done"
        ? [
            {
              name: `${state.document.id}.json`,
              text: `${JSON.stringify(state.document, null, 2)}\n`,
              type: "application/json",
            },
            ...state.csv.map((c) => ({ name: c.name, text: c.text, type: "text/csv" })),
          ]
        : [],
    [state],
  );
  return (
    <div role="status" class="read-status" data-status={state.status}>
      {state.status === "reading" ? `${t.reading}: ${state.name}…` : null}
      {state.status === "failed" ? (
        <>
          <p class="error">
            {t.readFailed}: <span data-testid="read-error">{state.error}</span>
          </p>
          <LimitHint code={state.code} />
        </>
      ) : null}
      {state.status === "done" ? (
        <>
          <p>
            {t.readDone}: {state.name} → {state.document.kind} · {state.document.language} ·{" "}
            {state.document.warnings.length} {t.warnings}
          </p>
          <Downloads files={files} />
        </>
      ) : null}
    </div>
  );
}

/** The document with the page the site has for its kind (its warnings are on that page). */
function DocumentView({ document }: { document: SiteDocument }) {
  if (document.kind === "action-plan") return <PlanPage plan={document as SitePlan} />;
  if (document.kind === "execution-report") return <ReportPage report={document as SiteReport} />;
  return <DocumentPage document={document} />;
}

/**
 * `#/read`: choose or drop a PDF or a text file; it is parsed here, in the browser, by the same
 * parse step as `lianzheng parse`, and shown with the site's own pages.
 */
export function ReadPage({
  state,
  read,
}: {
  state: ReadState;
  read: (file: File, limits: ReadLimits) => Promise<void>;
}) {
  const { t } = useSite();
  const [limits, setLimits] = useState(DEFAULT_READ_LIMITS);
  const [over, setOver] = useState(false);
  const document = readDocumentOf(state);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void read(file, limits);
  };
  return (
    <>
      {document ? null : <PageHeading>{t.read}</PageHeading>}
      <section
        class={`panel read-file${over ? " over" : ""}`}
        aria-label={t.read}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          take(e.dataTransfer?.files);
        }}
      >
        <p>{t.readIntro}</p>
        <label class="drop">
          {t.readChoose}{" "}
          <input
            type="file"
            accept=".pdf,.txt,.text,.md,.markdown,.html,.htm,application/pdf,text/*"
            onChange={(e) => take((e.target as HTMLInputElement).files)}
          />{" "}
          <span class="muted">{t.readDrop}</span>
        </label>
        <LimitsForm limits={limits} setLimits={setLimits} />
        <ReadStatus state={state} />
      </section>
      {document ? <DocumentView document={document} /> : null}
    </>
  );
}
