// Pages: a lib read that throws NotFoundError (missing or out of scope) becomes Next's 404.
import 'server-only';
import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/errors';

export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
