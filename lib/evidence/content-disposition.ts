// The Content-Disposition of an evidence download: always an attachment (never shown inline, so a
// file cannot run in the app's origin), with the display name in plain ASCII for old clients and
// in full as UTF-8 (RFC 6266 / RFC 8187) for the rest.

/** Characters RFC 8187 allows unescaped in an ext-value; everything else is percent-encoded. */
const encodeExtValue = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

export function buildAttachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}
