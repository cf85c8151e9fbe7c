// The actor of the local operator running the CLI. Whoever can run `npm run certqa` on the
// server can already read its database file, so the CLI acts with administrator rights.
import type { TActor } from './actor';

export const SYSTEM_ACTOR: TActor = {
  userId: 'system',
  role: 'ADMIN',
  organisationId: '',
  name: 'Local operator (CLI)',
  email: 'cli@localhost',
};
