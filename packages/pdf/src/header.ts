/**
 * True when the bytes are a PDF by their header: `%PDF-` within the first 1024 bytes (junk may
 * come before it, PDF 32000-1 §7.5.2). The one check of PDF bytes: `readPdf` refuses what fails
 * it, and a pipeline can use it to pick the reader.
 */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  let text = "";
  for (const byte of head) text += String.fromCharCode(byte);
  return text.includes("%PDF-");
}
