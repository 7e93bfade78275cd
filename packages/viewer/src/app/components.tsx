import type { AgencyRole, Item, Source, Warning } from "@lianzheng/model";
import type { ComponentChildren } from "preact";
import type { SiteDocument } from "../site-data.js";
import { useSite } from "./context.js";
import { hrefFor } from "./routes.js";

/** Chinese text, with its English translation beneath when the toggle is on and one exists. */
export function Bilingual({
  zh,
  en,
  lang = "zh-Hant",
}: {
  zh: string;
  en?: string | undefined;
  lang?: string;
}) {
  const { showEnglish } = useSite();
  return (
    <>
      <span lang={lang}>{zh}</span>
      {showEnglish && en ? (
        <span class="translation" lang="en">
          {en}
        </span>
      ) : null}
    </>
  );
}

export function Items({ items, lang }: { items: readonly Item[]; lang?: string }) {
  if (items.length === 0) return <p class="muted">—</p>;
  if (items.length === 1 && items[0]?.number === null) return <p lang={lang}>{items[0].text}</p>;
  return (
    <ol class="items" lang={lang}>
      {items.map((item) => (
        <li key={`${item.number}-${item.text}`} value={item.number ?? undefined}>
          {item.text}
        </li>
      ))}
    </ol>
  );
}

export function RoleBadge({ role }: { role: AgencyRole["role"] }) {
  const { t } = useSite();
  return <span class={`badge role-${role}`}>{t[role]}</span>;
}

/** Agencies with their roles, each linked to its page when it resolved to the registry. */
export function AgencyRoles({ roles }: { roles: readonly AgencyRole[] }) {
  const { lookup, showEnglish } = useSite();
  return (
    <ul class="agencies">
      {roles.map((role, i) => {
        const agency = role.agencyId ? lookup.agency(role.agencyId) : undefined;
        return (
          <li key={`${role.name}-${i}`}>
            <RoleBadge role={role.role} />{" "}
            {agency ? (
              <a href={hrefFor({ page: "agency", agencyId: agency.id })}>
                <span lang="zh-Hant">{role.name}</span>
                {showEnglish ? <span lang="en"> · {agency.name.en}</span> : null}
              </a>
            ) : (
              <span lang="zh-Hant">{role.name}</span>
            )}
            {role.goals?.length ? <span class="muted"> ({role.goals.join(", ")})</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The record or measure a warning is about: its subject (newer datasets) or its location. */
export interface WarningTarget {
  seq?: number | undefined;
  measureId?: string | undefined;
}

export function warningTarget(w: Warning): WarningTarget {
  const { subject } = w;
  return {
    seq: subject?.kind === "record" ? subject.seq : w.at?.seq,
    measureId: subject?.kind === "measure" ? subject.measureId : w.at?.measureId,
  };
}

function describeWarning(w: Warning): string {
  const { seq, measureId } = warningTarget(w);
  const { subject } = w;
  return [
    w.at?.page && `p. ${w.at.page}`,
    w.at?.line && `line ${w.at.line}`,
    seq && `序次 ${seq}`,
    measureId && `measure ${measureId}`,
    subject?.kind === "agency" && subject.name,
  ]
    .filter(Boolean)
    .join(", ");
}

/** Every warning, never folded away; `link` turns what a warning is about into a link. */
export function WarningList({
  warnings,
  link,
}: {
  warnings: readonly Warning[];
  link?: (target: WarningTarget) => string | undefined;
}) {
  const { t } = useSite();
  if (warnings.length === 0) return <p class="muted">{t.noWarnings}</p>;
  return (
    <ul class="warnings">
      {warnings.map((w, i) => {
        const where = describeWarning(w);
        const href = link ? link(warningTarget(w)) : undefined;
        return (
          <li key={`${w.code}-${i}`} class={w.severity === "info" ? "info" : "serious"}>
            <code>{w.code}</code> <span class="badge">{w.severity ?? "warning"}</span>{" "}
            {where ? href ? <a href={href}>{where}</a> : <span>{where}</span> : null}
            <div>{w.message}</div>
          </li>
        );
      })}
    </ul>
  );
}

export function SourceLine({ source }: { source: Source }) {
  return (
    <span class="source">
      <code>{source.path}</code> · {source.format}
      {source.pages ? ` · ${source.pages} p.` : ""} · {source.bytes.toLocaleString("en")} B
    </span>
  );
}

/** The document's source, its copies (other files with the same content) and all their warnings. */
export function DocumentSources({
  document,
  link,
}: {
  document: SiteDocument;
  link?: (target: WarningTarget) => string | undefined;
}) {
  const { t } = useSite();
  return (
    <section aria-labelledby="sources-heading" class="panel">
      <h2 id="sources-heading">
        {t.source} · {t.warnings}
      </h2>
      <p>
        <SourceLine source={document.source} />
      </p>
      <WarningList warnings={document.warnings} {...(link ? { link } : {})} />
      {document.copies.length > 0 ? (
        <>
          <h3>{t.copies}</h3>
          <ul class="copies">
            {document.copies.map((copy) => (
              <li key={copy.id}>
                <SourceLine source={copy.source} /> <span class="muted">({copy.id})</span>
                <WarningList warnings={copy.warnings} {...(link ? { link } : {})} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Any JSON value, for fields the site has no special view for yet. */
export function Value({ value }: { value: unknown }): ComponentChildren {
  if (value === null || value === undefined) return <span class="muted">—</span>;
  if (typeof value !== "object") return <span>{String(value)}</span>;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === "object" && v !== null && "text" in v && "number" in v))
      return <Items items={value as Item[]} />;
    return (
      <ul class="plain">
        {value.map((v, i) => (
          <li key={i}>
            <Value value={v} />
          </li>
        ))}
      </ul>
    );
  }
  return <Fields entries={Object.entries(value)} />;
}

export function Fields({ entries }: { entries: ReadonlyArray<[string, unknown]> }) {
  return (
    <dl class="fields">
      {entries.map(([key, v]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>
            <Value value={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A table that scrolls sideways on a phone, focusable so a keyboard can scroll it too. */
export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section class="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

export function PageHeading({ children, lang }: { children: ComponentChildren; lang?: string }) {
  return (
    <h1 id="page-heading" tabIndex={-1} lang={lang}>
      {children}
    </h1>
  );
}

/** A table's column headings. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => (
          <th key={i} scope="col">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
