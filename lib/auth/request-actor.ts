// The actor of an API request: a bearer token when the request carries one, else the session.
// A request that presents a token is judged by the token alone (no fallback to a cookie).
import 'server-only';
import type { TActor } from './actor';
import { authenticateApiToken } from './api-tokens';
import { getActor } from './session';

export async function getRequestActor(request: Request): Promise<TActor | null> {
  const authorization = request.headers.get('authorization');
  if (authorization) return authenticateApiToken(authorization);
  return getActor();
}
