import { parseArgs } from 'node:util';
import { SYSTEM_ACTOR } from '@/lib/auth/system-actor';
import { getDb } from '@/lib/db/client';
import { ValidationError } from '@/lib/errors';
import { createUser } from '@/lib/users/mutations';
import { ZCreateUserInput } from '@/lib/users/schemas';
import { CliError } from '../cli-error';

export async function usersCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'list') {
    const users = await getDb().user.findMany({ include: { organisation: true }, orderBy: { email: 'asc' } });
    for (const user of users) console.log(`${user.email}\t${user.role}\t${user.organisation.slug}${user.disabledAt ? '\t(disabled)' : ''}`);
    return;
  }
  if (sub !== 'create') throw new CliError('usage: users create --email E --name N --role R --organisation SLUG [--password P] | users list', 2);
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      organisation: { type: 'string' },
      password: { type: 'string' },
    },
  });
  // Prefer CERTQA_PASSWORD over --password so the password does not land in shell history.
  const password = values.password ?? process.env.CERTQA_PASSWORD;
  const parsed = ZCreateUserInput.safeParse({
    email: values.email,
    name: values.name,
    role: values.role?.toUpperCase().replaceAll('-', '_'),
    organisationSlug: values.organisation,
    password,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path[0] === 'organisationSlug' ? 'organisation' : String(issue.path[0])}: ${issue.message}`);
    throw new CliError(`invalid user:\n  ${problems.join('\n  ')}`, 2);
  }
  try {
    const user = await createUser(SYSTEM_ACTOR, parsed.data);
    console.log(`Created ${user.role.toLowerCase().replaceAll('_', ' ')} ${user.email}`);
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new CliError(`${error.message}: ${Object.values(error.fieldErrors).flat().join('; ')}`);
    }
    throw error;
  }
}
