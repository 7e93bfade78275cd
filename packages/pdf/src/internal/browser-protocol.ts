import type { RawDocument } from "@lianzheng/layout";
import type { Location, ParseErrorCode } from "@lianzheng/model";

// The messages between the page (browser.ts) and the reader's Web Worker (browser-worker.ts).

/** The files PDF.js asks for while it reads: CMaps (CJK text) and the standard fonts' data. */
export type AssetKind = "cmaps" | "standard_fonts";

/** What the page asks the worker to read; the worker's limits (the page keeps the deadline). */
export interface ReadRequest {
  type: "read";
  data: Uint8Array;
  file: string | undefined;
  maxPages: number;
  maxBytes: number;
  maxOpsPerPage: number;
  maxStreamBytes: number;
  maxDecodedBytes: number;
  timeoutMs: number;
  /** Read structure trees of the pages before this one only (Infinity: all; see structure-stage.ts). */
  treesBefore: number;
}

/** The page's answer to an `asset` request: the file's bytes, or why there are none. */
export type AssetReply =
  | { type: "asset"; id: number; bytes: Uint8Array }
  | { type: "asset"; id: number; error: string };

export type ToWorker = ReadRequest | AssetReply;

/** A ParseError as plain data, to cross to the page. */
export interface ParseErrorData {
  code: ParseErrorCode;
  message: string;
  file: string | undefined;
  at: Location | undefined;
}

export type FromWorker =
  | { type: "asset"; id: number; kind: AssetKind; name: string }
  /** A page's structure tree is being read (a stage the page times), or a page was read. */
  | { type: "structure"; page: number }
  | { type: "progress" }
  | { type: "document"; document: RawDocument }
  | { type: "failed"; error: ParseErrorData }
  | { type: "crashed"; message: string };
