'use client';

// The last resort when the root layout itself fails: it replaces the whole document, without the
// language provider or the style sheet, so it is plain, in both languages, and shows only the
// error's digest (the key to the server's log), never its message.
export default function GlobalError({ error, retry }: { error: unknown; reset: () => void; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '4rem auto', maxWidth: '36rem', padding: '0 1rem', color: '#0f172a' }}>
        <title>CertQA</title>
        <main>
          <h1 style={{ fontSize: '1.25rem' }}>CertQA could not be shown</h1>
          <p>Please try again. If it keeps happening, tell your administrator and give them the reference below.</p>
          <div lang="de">
            <h2 style={{ fontSize: '1.1rem' }}>CertQA konnte nicht angezeigt werden</h2>
            <p>Bitte versuchen Sie es erneut. Tritt der Fehler wiederholt auf, wenden Sie sich an Ihre Administration und nennen Sie die Referenz unten.</p>
          </div>
          {digest ? (
            <p style={{ fontSize: '0.85rem' }}>
              Reference / Referenz: <code>{digest}</code>
            </p>
          ) : null}
          <button type="button" onClick={() => retry()} style={{ padding: '0.5rem 0.75rem', fontSize: '1rem' }}>
            Try again / Erneut versuchen
          </button>
        </main>
      </body>
    </html>
  );
}
