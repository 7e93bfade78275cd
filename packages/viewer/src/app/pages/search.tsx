import { useMemo, useState } from "preact/hooks";
import { PageHeading } from "../components.js";
import { useSite } from "../context.js";
import type { Labels } from "../labels.js";
import { hrefFor } from "../routes.js";
import { buildSearchEntries, type HitKind, search } from "../search.js";

const GROUPS: Array<[HitKind, keyof Labels]> = [
  ["measure", "measures"],
  ["agency", "agencies"],
  ["record", "records"],
  ["document", "documents"],
];
const LIMIT = 50;

export function SearchPage({ query: initial }: { query: string }) {
  const { t, lookup } = useSite();
  const [query, setQuery] = useState(initial);
  const entries = useMemo(() => buildSearchEntries(lookup), [lookup]);
  const hits = useMemo(() => search(entries, query, lookup.data.fold), [entries, query, lookup]);
  const onInput = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    setQuery(value);
    // The address follows the query for a deep link, without a hashchange (which would re-render).
    history.replaceState(null, "", hrefFor({ page: "search", query: value }));
  };
  return (
    <>
      <PageHeading>{t.search}</PageHeading>
      <form class="search" onSubmit={(e) => e.preventDefault()}>
        <label for="search-page-input">{t.searchLabel}</label>
        <input
          id="search-page-input"
          type="search"
          value={query}
          onInput={onInput}
          aria-describedby="search-hint"
          autocomplete="off"
        />
        <p id="search-hint" class="muted">
          {t.searchHint}
        </p>
      </form>
      <div aria-live="polite">
        {query.trim() && hits.length === 0 ? <p>{t.noMatches}</p> : null}
        {GROUPS.map(([kind, label]) => {
          const group = hits.filter((h) => h.kind === kind);
          if (group.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`hits-${kind}`}>
              <h2 id={`hits-${kind}`}>
                {t[label]} ({group.length})
              </h2>
              <ul class="hits">
                {group.slice(0, LIMIT).map((hit) => (
                  <li key={hit.href}>
                    <a href={hit.href} data-kind={hit.kind}>
                      {hit.title}
                    </a>
                    <div class="muted">{hit.detail}</div>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
