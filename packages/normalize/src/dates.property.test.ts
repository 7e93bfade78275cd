import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDateRange } from "./dates.js";

const MONTH_NAMES =
  "January February March April May June July August September October November December".split(" ");
const iso = (date: Date) => date.toISOString().slice(0, 10);

// A trip: a start day from 2000 to 2030 and a length of 0 to 40 days.
const trip = fc
  .tuple(
    fc.date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2030-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
    fc.nat(40),
  )
  .map(([start, days]) => {
    const s = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
    return { start: s, end: new Date(s.getTime() + days * 86_400_000) };
  });

type Trip = { start: Date; end: Date };
const y = (d: Date) => d.getUTCFullYear();
const m = (d: Date) => d.getUTCMonth() + 1;
const day = (d: Date) => d.getUTCDate();
const name = (d: Date) => MONTH_NAMES[d.getUTCMonth()] as string;

/** The ways covers write 出國期間, each with the shortest form the dates allow. */
const FORMS: Array<(t: Trip) => string> = [
  ({ start, end }) =>
    y(start) !== y(end)
      ? `${y(start)} 年 ${m(start)} 月 ${day(start)} 日至 ${y(end)} 年 ${m(end)} 月 ${day(end)} 日`
      : m(start) !== m(end)
        ? `${y(start)} 年 ${m(start)} 月 ${day(start)} 日至 ${m(end)} 月 ${day(end)} 日`
        : `${y(start)} 年 ${m(start)} 月 ${day(start)} 日至 ${day(end)} 日`,
  ({ start, end }) =>
    `${y(start) - 1911}年${m(start)}月${day(start)}日至${y(end) - 1911}年${m(end)}月${day(end)}日`,
  ({ start, end }) => `${iso(start)} to ${iso(end)}`,
  ({ start, end }) =>
    y(start) !== y(end)
      ? `${day(start)} ${name(start)} ${y(start)} – ${day(end)} ${name(end)} ${y(end)}`
      : m(start) !== m(end)
        ? `${day(start)} ${name(start)} to ${day(end)} ${name(end)} ${y(end)}`
        : `${day(start)}–${day(end)} ${name(end)} ${y(end)}`,
  ({ start, end }) =>
    y(start) === y(end) && m(start) === m(end)
      ? `${name(start)} ${day(start)}-${day(end)}, ${y(end)}`
      : `${name(start)} ${day(start)}, ${y(start)} to ${name(end)} ${day(end)}, ${y(end)}`,
];

describe("parseDateRange (property)", () => {
  it("reads a trip's period back in every form covers write it", () => {
    fc.assert(
      fc.property(trip, fc.nat(FORMS.length - 1), (t, form) => {
        const text = (FORMS[form] as (t: Trip) => string)(t);
        expect(parseDateRange(text), text).toEqual({ start: iso(t.start), end: iso(t.end) });
      }),
      { numRuns: 1000 },
    );
  });
});
