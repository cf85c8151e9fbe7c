import { connection } from 'next/server';
import { NotFoundMessage } from '@/components/states/not-found-message';

// Rendered per request (not prerendered) so that it carries the request's CSP nonce.
export default async function NotFound() {
  await connection();
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <NotFoundMessage />
    </main>
  );
}
