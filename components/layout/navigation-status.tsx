'use client';

// While a link inside CertQA is being followed, says "Loading…" (a live status, and a thin bar at
// the top) and marks <main> aria-busy, which the shell shows dimmed. The App Router keeps the old
// page until the new one arrives; without this, a slow page would look like a click that did nothing.
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';

/** Clears a status that no route change ended (a navigation that failed or redirected back here). */
const GIVE_UP_MS = 10_000;

/** The path and query a click on this event's link would navigate to, or null when it stays or leaves. */
function internalTarget(event: MouseEvent): string | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return null;
  // The start page only redirects, often to where the reader already is; a jump within the page is no navigation.
  if (url.pathname === '/' || (url.pathname === window.location.pathname && url.search === window.location.search)) return null;
  return `${url.pathname}${url.search}`;
}

export function NavigationStatus() {
  const t = useTranslations('states');
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [pending, setPending] = useState(false);

  // Capture phase: Next's <Link> prevents the default in React's own (bubbling) handler.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (internalTarget(event)) setPending(true);
    };
    document.addEventListener('click', onClick, { capture: true });
    return () => document.removeEventListener('click', onClick, { capture: true });
  }, []);

  // The route changed: the new page is there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the route (pathname, search) is the trigger, not a value read.
  useEffect(() => setPending(false), [pathname, search]);

  useEffect(() => {
    document.getElementById('main')?.setAttribute('aria-busy', pending ? 'true' : 'false');
    if (!pending) return;
    const timer = setTimeout(() => setPending(false), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  return (
    <div role="status" aria-live="polite" data-testid="navigation-status">
      {pending ? (
        <>
          <div aria-hidden="true" className="fixed inset-x-0 top-0 z-50 h-1 animate-pulse bg-blue-700 motion-reduce:animate-none" />
          <span className="fixed top-2 right-2 z-50 rounded-md bg-white px-2 py-1 text-xs text-slate-700 shadow">{t('loading')}</span>
        </>
      ) : null}
    </div>
  );
}
