import Link from 'next/link';
import { type ReactNode, Suspense } from 'react';
import type { TActor } from '@/lib/auth/actor';
import { getFormat, getT } from '@/lib/i18n/server';
import { NavigationStatus } from './navigation-status';
import { SignOutButton } from './sign-out-button';

type TNavKey = 'administration' | 'certificates' | 'procedures' | 'due' | 'imports';
type TNavItem = { href: string; key: TNavKey };

/** Navigation shown per role. It only hides links; every page checks access itself. */
function getNavItems(actor: TActor): TNavItem[] {
  if (actor.role === 'ADMIN') return [{ href: '/admin', key: 'administration' }];
  const items: TNavItem[] = [
    { href: '/certificates', key: 'certificates' },
    { href: '/procedures', key: 'procedures' },
    { href: '/due', key: 'due' },
  ];
  if (actor.role === 'QUALITY_MANAGER') items.push({ href: '/imports', key: 'imports' });
  return items;
}

/** The link to the actor's notifications; the count is said in words too ("3 unread"), not only shown as a dot. */
function NotificationsLink({ unread, label, unreadLabel }: { unread: number; label: string; unreadLabel: string }) {
  return (
    <Link href="/notifications" className="flex shrink-0 items-center gap-1 text-slate-700 hover:text-blue-700 hover:underline">
      {label}
      {unread > 0 ? (
        <span className="rounded-full bg-blue-700 px-1.5 text-xs font-semibold text-white" data-testid="unread-notifications">
          {unread}
          <span className="sr-only">{unreadLabel}</span>
        </span>
      ) : null}
    </Link>
  );
}

/**
 * The page frame of every signed-in page. On narrow screens (a tablet held upright) the header
 * wraps into two rows, the navigation wraps within its own, and the user link is shortened with an
 * ellipsis rather than pushing the page sideways; its accessible name keeps the whole text.
 */
export async function AppShell({
  actor,
  organisationName,
  unreadNotifications,
  children,
}: {
  actor: TActor;
  organisationName: string;
  /** Unread due-date warnings of the actor. */
  unreadNotifications: number;
  children: ReactNode;
}) {
  const [t, format] = await Promise.all([getT('nav'), getFormat()]);
  return (
    <div className="min-h-screen">
      {/* The first stop of the Tab key: past the navigation to the page's content. A plain anchor,
          so the browser moves focus to <main> (focusable through tabIndex -1) without the router. */}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-blue-800 focus:shadow"
      >
        {t('skipToContent')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <div className="flex min-w-0 flex-wrap items-center gap-x-6 gap-y-2">
            <Link href="/" className="text-lg font-bold text-blue-800">
              CertQA
            </Link>
            <nav aria-label={t('mainLabel')}>
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {getNavItems(actor).map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="text-slate-700 hover:text-blue-700 hover:underline">
                      {t(item.key)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <div className="flex min-w-0 max-w-full items-center gap-3 text-sm">
            {actor.role === 'ADMIN' ? null : <NotificationsLink unread={unreadNotifications} label={t('notifications')} unreadLabel={t('unread')} />}
            <Link
              href="/account"
              className="block min-w-0 truncate text-slate-700 hover:text-blue-700 hover:underline"
              data-testid="current-user"
              title={t('accountTitle')}
            >
              {actor.name} · {format.enumValue(actor.role)} · {organisationName}
            </Link>
            <div className="shrink-0">
              <SignOutButton />
            </div>
          </div>
        </div>
      </header>
      {/* useSearchParams needs a Suspense boundary; this one holds nothing but the status. */}
      <Suspense fallback={null}>
        <NavigationStatus />
      </Suspense>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 transition-opacity aria-busy:opacity-60">
        {children}
      </main>
    </div>
  );
}
