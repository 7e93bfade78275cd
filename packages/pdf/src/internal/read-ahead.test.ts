import { describe, expect, test, vi } from "vitest";
import type { IsolatedMessage } from "./pdfjs-page.js";
import { readsAhead } from "./read-ahead.js";
import type { PdfJsRunner, RunnerLimits } from "./session.js";

const LIMITS: RunnerLimits = {
  maxPages: 10,
  maxOpsPerPage: 100,
  maxStreamBytes: 1000,
  maxDecodedBytes: 1000,
  maxHeapMb: 100,
  maxRssMb: 200,
};
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7 ${text}`);
const done: IsolatedMessage = { type: "done" };
const open: IsolatedMessage = { type: "open", numPages: 1, ops: {} as never };

/** A runner that records its reads; each read's messages are sent by hand through `emit`. */
function fakeRunner() {
  const reads: Array<{ data: Uint8Array; emit: (message: IsolatedMessage) => void; stop: () => void }> = [];
  const runner: PdfJsRunner = (data, _limits, onMessage) => {
    const stop = vi.fn();
    reads.push({ data, emit: onMessage, stop });
    return { finished: Promise.resolve(undefined), stop };
  };
  // Readers that finished, as isolate.ts's whenReaderFree sees them: a waiting read starts on one.
  const waiting: Array<() => void> = [];
  const whenFree = (_limits: RunnerLimits, start: () => void) => {
    waiting.push(start);
    return () => {
      const at = waiting.indexOf(start);
      if (at >= 0) waiting.splice(at, 1);
    };
  };
  const readerFree = () => waiting.shift()?.();
  return { runner, reads, whenFree, readerFree };
}

describe("reads named ahead", () => {
  test("start when a reader is free, keep their messages, and are taken over in order", () => {
    const fake = fakeRunner();
    const ahead = readsAhead(fake.runner, fake.whenFree);
    ahead.readAhead(pdf("b"), LIMITS);
    expect(fake.reads).toHaveLength(0); // no reader is free yet
    fake.readerFree();
    expect(fake.reads.map((read) => new TextDecoder().decode(read.data))).toEqual(["%PDF-1.7 b"]);
    fake.reads[0]?.emit(open);
    fake.reads[0]?.emit({ type: "structure", page: 1 });
    const got: IsolatedMessage[] = [];
    // The same bytes in another buffer, as a second read of the file gives them.
    const taken = ahead.runner(pdf("b"), { ...LIMITS }, (message) => got.push(message));
    expect(fake.reads).toHaveLength(1); // no second read
    fake.reads[0]?.emit(done);
    expect(got).toEqual([open, { type: "structure", page: 1 }, done]);
    taken.stop();
    expect(fake.reads[0]?.stop).toHaveBeenCalledTimes(1);
  });

  test("other bytes or other limits are read anew, the read ahead left running", () => {
    const fake = fakeRunner();
    const ahead = readsAhead(fake.runner, fake.whenFree);
    ahead.readAhead(pdf("b"), LIMITS);
    fake.readerFree();
    ahead.runner(pdf("c"), LIMITS, () => {});
    ahead.runner(pdf("b"), { ...LIMITS, maxPages: 11 }, () => {});
    expect(fake.reads).toHaveLength(3);
    expect(fake.reads[0]?.stop).not.toHaveBeenCalled();
    // Still there to be taken.
    ahead.runner(pdf("b"), LIMITS, () => {});
    expect(fake.reads).toHaveLength(3);
  });

  test("a read named ahead that never started is dropped when its bytes are read", () => {
    const fake = fakeRunner();
    const ahead = readsAhead(fake.runner, fake.whenFree);
    ahead.readAhead(pdf("b"), LIMITS);
    ahead.runner(pdf("b"), LIMITS, () => {});
    expect(fake.reads).toHaveLength(1);
    fake.readerFree(); // it no longer waits: nothing starts
    expect(fake.reads).toHaveLength(1);
  });

  test("cancel stops a started read and drops a waiting one; a third name drops the oldest", () => {
    const fake = fakeRunner();
    const ahead = readsAhead(fake.runner, fake.whenFree);
    ahead.readAhead(pdf("b"), LIMITS);
    fake.readerFree();
    ahead.cancel(pdf("b"));
    expect(fake.reads[0]?.stop).toHaveBeenCalledTimes(1);
    ahead.runner(pdf("b"), LIMITS, () => {});
    expect(fake.reads).toHaveLength(2); // read anew

    ahead.readAhead(pdf("c"), LIMITS);
    ahead.readAhead(pdf("d"), LIMITS);
    ahead.readAhead(pdf("e"), LIMITS);
    fake.readerFree();
    fake.readerFree();
    fake.readerFree();
    expect(fake.reads.slice(2).map((read) => new TextDecoder().decode(read.data))).toEqual([
      "%PDF-1.7 d",
      "%PDF-1.7 e",
    ]);
  });
});
