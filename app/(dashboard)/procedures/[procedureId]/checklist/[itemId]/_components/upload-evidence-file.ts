// Sends a file to an evidence upload route as the raw request body (streamed by the browser, not
// wrapped in multipart), with the form's other fields in the query string. The outcome says what
// went wrong; useFileUpload puts it into words of the reader's language.

export type TUploadOutcome =
  | { ok: true }
  | { ok: false; problem: 'too-large'; fileName: string; size: number; limit: number }
  | { ok: false; problem: 'interrupted' }
  | { ok: false; problem: 'refused'; status: number; error: string | null; fieldErrors: Record<string, string[]> };

export async function uploadEvidenceFile(path: string, fields: Record<string, string | null>, file: File, maxBytes: number): Promise<TUploadOutcome> {
  // The server refuses it too; checking here spares sending megabytes only to hear "too large".
  if (file.size > maxBytes) return { ok: false, problem: 'too-large', fileName: file.name, size: file.size, limit: maxBytes };
  const query = new URLSearchParams({ fileName: file.name });
  for (const [name, value] of Object.entries(fields)) if (value !== null) query.set(name, value);
  let response: Response;
  try {
    response = await fetch(`${path}?${query}`, { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } });
  } catch {
    return { ok: false, problem: 'interrupted' };
  }
  if (response.ok) return { ok: true };
  const body = (await response.json().catch(() => null)) as { error?: string; fieldErrors?: Record<string, string[]> } | null;
  return { ok: false, problem: 'refused', status: response.status, error: body?.error ?? null, fieldErrors: body?.fieldErrors ?? {} };
}
