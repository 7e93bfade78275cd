import { ParseError } from "@lianzheng/model";
import type { Input, InputLayout } from "@lianzheng/parse";
import type { ReadLimits } from "../reader-api.js";

// PDFs in the browser need @lianzheng/pdf's browser entry (issue 20, part A); until it is in this
// repository a dropped PDF is refused with one line saying what to use instead.
const PDF_HEADER = "%PDF-";

export async function readPdfLayout(): Promise<{
  hasPdfHeader: (bytes: Uint8Array) => boolean;
  readLayout: (input: Input, limits: ReadLimits) => Promise<InputLayout>;
}> {
  return {
    hasPdfHeader: (bytes) => new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes(PDF_HEADER),
    readLayout: async (input) => {
      throw new ParseError(
        "pdfjs_unavailable",
        "this page reads text files only for now: read the PDF with `lianzheng parse`",
        {
          file: input.path,
        },
      );
    },
  };
}
