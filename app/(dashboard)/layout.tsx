import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { requireActor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';

// The shell makes no access decisions beyond "signed in"; each page checks its own scope.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const organisation = await getDb().organisation.findUnique({ where: { id: actor.organisationId }, select: { name: true } });
  return (
    <AppShell actor={actor} organisationName={organisation?.name ?? ''}>
      {children}
    </AppShell>
  );
}
