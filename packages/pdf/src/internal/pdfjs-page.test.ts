import { deserialize, serialize } from "node:v8";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { unpackArgs } from "./glyph-pack.js";
import { type PageOps, readOperatorList } from "./operators.js";
import { displayFrame } from "./orientation.js";
import {
  collectPage,
  type IsolatedMessage,
  type PdfJsPageLike,
  READ_STEPS,
  type ReadEnvironment,
  readPages,
} from "./pdfjs-page.js";

// PDF.js's operator codes for what these pages hold (the reader takes them as an argument).
const OPS = {
  beginText: 31,
  setFont: 37,
  setTextMatrix: 42,
  moveText: 40,
  setCharSpacing: 33,
  setWordSpacing: 34,
  showText: 44,
};
const PAGE_OPS = OPS as unknown as PageOps;
const frame = displayFrame([0, 0, 600, 800]).matrix;
const FONT = { name: "NotoSansCJKtc-Regular", fontMatrix: [0.001, 0, 0, 0.001, 0, 0] };

function pageOf(fnArray: number[], argsArray: unknown[]): PdfJsPageLike {
  return {
    view: [0, 0, 600, 800],
    rotate: 0,
    getOperatorList: async () => ({ fnArray, argsArray }),
    commonObjs: { has: (id) => id === "f1", get: () => FONT },
    getStructTree: async () => null,
  };
}

const runsOf = (fnArray: ArrayLike<number>, argsArray: unknown[]) =>
  readOperatorList(fnArray, argsArray, PAGE_OPS, frame, (id) =>
    id === "f1" ? { fontName: FONT.name, bold: false, fontMatrix: FONT.fontMatrix } : undefined,
  ).runs;

// What PDF.js puts in a showText: glyph objects (any Unicode, or none, with or without a width),
// TJ adjustments as numbers, and the odd null.
const glyph = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      unicode: fc.oneof(fc.constantFrom("廉", "政", " ", "a", "ﬁ", ""), fc.string()),
      width: fc.integer({ min: 0, max: 1200 }),
      isSpace: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ unicode: fc.string({ maxLength: 2 }), isSpace: fc.boolean() }) },
  { weight: 2, arbitrary: fc.integer({ min: -900, max: 900 }) },
  { weight: 1, arbitrary: fc.constant(null) },
);

describe("collectPage: glyphs packed for the trip between runtimes", () => {
  test("a page read from the packed message gives the runs PDF.js's own glyphs give", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(glyph, { maxLength: 30 }), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        // Text matrices as PDF.js ≥ 5 gives them (one Float32Array) or flat; moves; spacing; a
        // font change (a font the page knows or not, or arguments of another shape).
        fc.array(
          fc.tuple(
            fc.boolean(),
            fc.double({ min: -2, max: 2, noNaN: true }),
            fc.integer({ min: -30, max: 30 }),
            fc.constantFrom<unknown[] | undefined>(
              undefined,
              ["f1", 10.5],
              ["f2", 9],
              ["f1", -0],
              ["f1"],
              ["f2", 12, "x"],
            ),
          ),
        ),
        async (shows, wordSpacing, steps) => {
          const fnArray = [OPS.beginText, OPS.setFont, OPS.setWordSpacing];
          const argsArray: unknown[] = [null, ["f1", 12], [wordSpacing]];
          shows.forEach((shown, i) => {
            const [typed, spacing, move, font] = steps[i] ?? [false, 0, 0, undefined];
            const matrix = [1, 0, spacing / 10, 1, 50 + move, 700 - i * 20];
            if (font) {
              fnArray.push(OPS.setFont);
              argsArray.push(font);
            }
            fnArray.push(OPS.setTextMatrix, OPS.setCharSpacing, OPS.moveText, OPS.showText);
            argsArray.push(typed ? [Float32Array.from(matrix)] : matrix, [spacing], [move, 0], [shown]);
          });
          const collected = await collectPage(pageOf(fnArray, argsArray), 1, OPS, 100_000, READ_STEPS);
          // As the message arrives: through V8's serializer, as Node's IPC and postMessage copy it.
          const sent = deserialize(serialize(collected)) as typeof collected;
          // Only what has no packed form is sent as given: no numbers-only operation, no [id, size].
          expect(
            sent.argsArray.filter(
              (args) =>
                Array.isArray(args) &&
                (args.every(Number.isFinite) || (args.length === 2 && typeof args[0] === "string")),
            ),
          ).toEqual([]);
          const unpacked = unpackArgs(sent, OPS.showText);
          // Every operation's arguments as PDF.js gave them (a text matrix flat; -0 stays -0).
          expect(unpacked).toEqual(
            argsArray.map((args, i) =>
              fnArray[i] === OPS.setTextMatrix && (args as unknown[])[0] instanceof Float32Array
                ? Array.from((args as [Float32Array])[0])
                : args,
            ),
          );
          expect(runsOf(sent.fnArray, unpacked)).toEqual(runsOf(fnArray, argsArray));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("glyphs still count against the page's limit", async () => {
    const shown = Array.from({ length: 50 }, () => ({ unicode: "廉", width: 1000, isSpace: false }));
    const page = pageOf([OPS.setFont, OPS.showText, OPS.showText], [["f1", 12], [shown], [shown]]);
    await expect(collectPage(page, 3, OPS, 60, READ_STEPS)).rejects.toMatchObject({ name: "PageTooComplex" });
  });
});

describe("readPages: a page's message leaves before the next page is read", () => {
  // A message too big for the pipe at once leaves when the event loop turns, and PDF.js's work
  // (promises alone) never lets it: unless the reader waits, a page sat unsent while the reader
  // read on, and the parent took its structure stage for one stuck (and read the rest again).
  test("the next page is asked for only once the page before has been sent", async () => {
    const events: string[] = [];
    const pending: Array<() => void> = [];
    const doc = {
      numPages: 3,
      getPage: async (number: number) => {
        events.push(`get ${number}`);
        return { ...pageOf([], []), cleanup: () => {} };
      },
    };
    const env: ReadEnvironment = {
      ops: OPS,
      open: () => {
        throw new Error("not opened here");
      },
      send: (message: IsolatedMessage) =>
        new Promise<void>((resolve) => {
          const name = message.type === "page" ? `page ${message.page.page}` : message.type;
          events.push(`sending ${name}`);
          // Leaves a while later, as a big message does, after other callbacks have run.
          pending.push(() => {
            events.push(`sent ${name}`);
            resolve();
          });
          setTimeout(() => pending.shift()?.(), 5);
        }),
      indexOf: () => -1,
      inflatedSize: () => 0,
    };
    const job = {
      data: new Uint8Array(),
      fromPage: 1,
      treesBefore: 2,
      maxStructureNodes: 100,
      maxPages: 10,
      maxOpsPerPage: 1000,
      maxStreamBytes: 1e6,
      maxDecodedBytes: 1e6,
    };
    expect(await readPages(doc, job, env, READ_STEPS)).toBe(true);
    expect(events).toEqual([
      "get 1",
      "sending structure",
      "sent structure",
      "sending page 1",
      "sent page 1",
      "get 2",
      "sending page 2",
      "sent page 2",
      "get 3",
      "sending page 3",
      "sent page 3",
    ]);
  });
});
