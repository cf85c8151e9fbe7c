import Link from 'next/link';
import type { ReactNode } from 'react';
import type { TActor } from '@/lib/auth/actor';
import { formatEnum } from '@/lib/utils/format';
import { SignOutButton } from './sign-out-button';

type TNavItem = { href: string; label: string };

/** Navigation shown per role. It only hides links; every page checks access itself. */
function getNavItems(actor: TActor): TNavItem[] {
  if (actor.role === 'ADMIN') return [{ href: '/admin', label: 'Administration' }];
  const items = [
    { href: '/certificates', label: 'Certificates' },
    { href: '/procedures', label: 'Procedures' },
    { href: '/due', label: 'Due' },
  ];
  if (actor.role === 'QUALITY_MANAGER') items.push({ href: '/imports', label: 'Imports' });
  return items;
}

/** The link to the actor's notifications; the count is said in words too ("3 unread"), not only shown as a dot. */
function NotificationsLink({ unread }: { unread: number }) {
  return (
    <Link href="/notifications" className="flex items-center gap-1 text-slate-700 hover:text-blue-700 hover:underline">
      Notifications
      {unread > 0 ? (
        <span className="rounded-full bg-blue-700 px-1.5 text-xs font-semibold text-white" data-testid="unread-notifications">
          {unread}
          <span className="sr-only"> unread</span>
        </span>
      ) : null}
    </Link>
  );
}

export function AppShell({
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
  return (
    <div className="min-h-screen">
      {/* The first stop of the Tab key: past the navigation to the page's content. A plain anchor,
          so the browser moves focus to <main> (focusable through tabIndex -1) without the router. */}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-blue-800 focus:shadow"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-6">
            <Link href="/" className="text-lg font-bold text-blue-800">
              CertQA
            </Link>
            <nav aria-label="Main">
              <ul className="flex gap-4 text-sm">
                {getNavItems(actor).map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="text-slate-700 hover:text-blue-700 hover:underline">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <div className="flex items-center gap-3 text-sm">
            {actor.role === 'ADMIN' ? null : <NotificationsLink unread={unreadNotifications} />}
            <Link
              href="/account"
              className="text-slate-700 hover:text-blue-700 hover:underline"
              data-testid="current-user"
              title="Your account: password, API tokens"
            >
              {actor.name} · {formatEnum(actor.role)} · {organisationName}
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
