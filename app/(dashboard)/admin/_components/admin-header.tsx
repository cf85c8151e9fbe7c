import Link from 'next/link';
import type { ReactNode } from 'react';
import { getT } from '@/lib/i18n/server';
import { cn } from '@/lib/utils/cn';

const SECTIONS = [
  { href: '/admin', key: 'overview' },
  { href: '/admin/organisations', key: 'organisations' },
  { href: '/admin/users', key: 'users' },
  { href: '/admin/grants', key: 'grants' },
  { href: '/admin/tokens', key: 'tokens' },
] as const;

export type TAdminSection = (typeof SECTIONS)[number]['href'];

/**
 * Title and section navigation of the administration pages. Rendered by each page after its own
 * access check (not by a layout), so that a refused visitor sees a plain 404 without these links.
 */
export async function AdminHeader({ current, title, description }: { current: TAdminSection; title: string; description?: ReactNode }) {
  const t = await getT('admin');
  return (
    <div className="flex flex-col gap-3">
      <nav aria-label={t('navLabel')}>
        <ul className="flex flex-wrap gap-1 border-b border-slate-200 text-sm">
          {SECTIONS.map((section) => (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={section.href === current ? 'page' : undefined}
                className={cn(
                  '-mb-px inline-block border-b-2 px-3 py-2',
                  section.href === current ? 'border-blue-700 font-medium text-blue-800' : 'border-transparent text-slate-600 hover:text-blue-700',
                )}
              >
                {t(`sections.${section.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      </div>
    </div>
  );
}
