import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';

export default async function HomePage() {
  const actor = await requireActor();
  redirect(actor.role === 'ADMIN' ? '/admin' : '/certificates');
}
