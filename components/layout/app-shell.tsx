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
  ];
  if (actor.role === 'QUALITY_MANAGER') items.push({ href: '/imports', label: 'Imports' });
  return items;
}

export function AppShell({ actor, organisationName, children }: { actor: TActor; organisationName: string; children: ReactNode }) {
  return (
    <div className="min-h-screen">
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
            <span data-testid="current-user">
              {actor.name} · {formatEnum(actor.role)} · {organisationName}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
