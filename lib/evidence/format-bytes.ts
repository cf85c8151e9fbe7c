// Sizes of evidence files for people: exact bytes below a mebibyte, else MiB to one decimal
// (rounded down, so a limit is never shown larger than it is). Pure, so client forms use it too.
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor((bytes / 1024 / 1024) * 10) / 10} MiB` : `${bytes.toLocaleString('en-GB')} bytes`;
}
