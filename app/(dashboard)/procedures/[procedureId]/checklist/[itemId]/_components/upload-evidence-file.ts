// Sends a file to an evidence upload route as the raw request body (streamed by the browser, not
// wrapped in multipart), with the form's other fields in the query string.
import { formatBytes } from '@/lib/evidence/format-bytes';

export type TUploadOutcome = { ok: true } | { ok: false; error: string; fieldErrors: Record<string, string[]> };

export async function uploadEvidenceFile(path: string, fields: Record<string, string | null>, file: File, maxBytes: number): Promise<TUploadOutcome> {
  // The server refuses it too; checking here spares sending megabytes only to hear "too large".
  if (file.size > maxBytes) {
    const message = `"${file.name}" is ${formatBytes(file.size)}, larger than the limit of ${formatBytes(maxBytes)}; nothing was stored.`;
    return { ok: false, error: message, fieldErrors: { file: [message] } };
  }
  const query = new URLSearchParams({ fileName: file.name });
  for (const [name, value] of Object.entries(fields)) if (value !== null) query.set(name, value);
  let response: Response;
  try {
    response = await fetch(`${path}?${query}`, { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } });
  } catch {
    return { ok: false, error: 'The upload was interrupted; nothing was stored. Try again.', fieldErrors: {} };
  }
  if (response.ok) return { ok: true };
  const body = (await response.json().catch(() => null)) as { error?: string; fieldErrors?: Record<string, string[]> } | null;
  return { ok: false, error: body?.error ?? `The server answered ${response.status}; nothing was stored.`, fieldErrors: body?.fieldErrors ?? {} };
}
