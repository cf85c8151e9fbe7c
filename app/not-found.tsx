import Link from 'next/link';
import { connection } from 'next/server';

// Rendered per request (not prerendered) so that it carries the request's CSP nonce.
export default async function NotFound() {
  await connection();
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">This page does not exist, or it is outside what your account may see.</p>
      <Link href="/" className="mt-6 inline-block text-blue-700 underline">
        Back to the start page
      </Link>
    </main>
  );
}
