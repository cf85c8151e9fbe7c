// Who is acting: the signed-in user as every query and mutation sees it.
import type { Role } from '@/lib/db/generated/sqlite/enums';

export type TActor = {
  userId: string;
  role: Role;
  organisationId: string;
  name: string;
  email: string;
  /** The interface language the user chose (User.locale); absent for the system actor and API clients that never chose. */
  locale?: string;
};
