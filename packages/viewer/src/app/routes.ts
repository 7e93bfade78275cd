/**
 * The site's pages as hash routes (`#/plan/<id>`), so every page has a link that works from
 * file:// and from any static host without server rewrites.
 */
export type Route =
  | { page: "home" }
  | { page: "plan"; id: string }
  | { page: "measure"; id: string; measureId: string }
  | { page: "report"; id: string; seq?: number }
  | { page: "agencies" }
  | { page: "agency"; agencyId: string }
  | { page: "document"; id: string }
  | { page: "search"; query: string }
  | { page: "sources" }
  | { page: "read" }
  | { page: "not-found"; path: string };

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The route a location hash names; unknown paths give `not-found`, never an exception. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, "");
  const [page = "", ...rest] = path.split("/");
  const parts = rest.map(decode);
  const [first, second] = parts;
  switch (page) {
    case "":
      return { page: "home" };
    case "plan":
      if (first && second) return { page: "measure", id: first, measureId: second };
      if (first) return { page: "plan", id: first };
      break;
    case "report":
      if (first && second && /^\d+$/.test(second)) return { page: "report", id: first, seq: Number(second) };
      if (first && !second) return { page: "report", id: first };
      break;
    case "agencies":
      if (parts.length === 0) return { page: "agencies" };
      break;
    case "agency":
      if (first) return { page: "agency", agencyId: first };
      break;
    case "document":
      if (first) return { page: "document", id: first };
      break;
    case "search":
      return { page: "search", query: parts.join("/") };
    case "sources":
      return { page: "sources" };
    case "read":
      if (parts.length === 0) return { page: "read" };
      break;
  }
  return { page: "not-found", path };
}

/** The hash of a route; the inverse of `parseHash`. */
export function hrefFor(route: Route): string {
  const e = encodeURIComponent;
  switch (route.page) {
    case "home":
      return "#/";
    case "plan":
      return `#/plan/${e(route.id)}`;
    case "measure":
      return `#/plan/${e(route.id)}/${e(route.measureId)}`;
    case "report":
      return `#/report/${e(route.id)}${route.seq === undefined ? "" : `/${route.seq}`}`;
    case "agencies":
      return "#/agencies";
    case "agency":
      return `#/agency/${e(route.agencyId)}`;
    case "document":
      return `#/document/${e(route.id)}`;
    case "search":
      return `#/search/${e(route.query)}`;
    case "sources":
      return "#/sources";
    case "read":
      return "#/read";
    case "not-found":
      return `#/${route.path}`;
  }
}

/** A document's own page: plans and reports have theirs, every other kind the generic one. */
export function documentRoute(document: { id: string; kind: string }): Route {
  if (document.kind === "action-plan") return { page: "plan", id: document.id };
  if (document.kind === "execution-report") return { page: "report", id: document.id };
  return { page: "document", id: document.id };
}
