// Which procedure or certificate a report is about. A procedure is named by its id or its project
// number ("23/016"); a certificate by its slug. Both are looked up inside the actor's scope, so a
// subject outside it is not found, exactly like one that does not exist.
import type { TActor } from '@/lib/auth/actor';
import { certificateScope, procedureScope } from '@/lib/auth/scope';
import { getDb } from '@/lib/db/client';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { toFileStem } from './bundle/bundle-paths';
import type { TReportSubject, TReportSubjectKind } from './report-data';

/** What a caller asks for: a procedure, a certificate, or either (the CLI's one argument). */
export type TSubjectQuery = { kind: TReportSubjectKind | 'any'; value: string };

async function findProcedure(actor: TActor, value: string): Promise<TReportSubject | null> {
  const matches = await getDb().accreditationProcedure.findMany({
    where: { AND: [procedureScope(actor), { OR: [{ id: value }, { projectNumber: value }] }] },
    include: { agency: true },
    orderBy: { id: 'asc' },
  });
  if (matches.length > 1) {
    throw new ValidationError(
      `Several procedures have the project number "${value}" (${matches.map((entry) => entry.agency.name).join(', ')}); name the procedure by its id.`,
    );
  }
  const procedure = matches[0];
  if (!procedure) return null;
  return {
    kind: 'procedure',
    id: procedure.id,
    label: `${procedure.agency.name} ${procedure.projectNumber}`,
    fileStem: toFileStem(procedure.agency.slug, procedure.projectNumber),
  };
}

async function findCertificate(actor: TActor, slug: string): Promise<TReportSubject | null> {
  const certificate = await getDb().certificate.findFirst({ where: { AND: [{ slug }, certificateScope(actor)] } });
  return certificate ? { kind: 'certificate', id: certificate.slug, label: certificate.name, fileStem: toFileStem(certificate.slug) } : null;
}

export async function resolveReportSubject(actor: TActor, query: TSubjectQuery): Promise<TReportSubject> {
  const value = query.value.trim();
  if (value.length === 0) throw new ValidationError('Name a procedure (id or project number) or a certificate (slug).');
  const subject =
    query.kind === 'procedure'
      ? await findProcedure(actor, value)
      : query.kind === 'certificate'
        ? await findCertificate(actor, value)
        : ((await findCertificate(actor, value)) ?? (await findProcedure(actor, value)));
  if (!subject)
    throw new NotFoundError(
      query.kind === 'certificate' ? 'Certificate not found' : query.kind === 'procedure' ? 'Procedure not found' : 'No procedure or certificate of that name',
    );
  return subject;
}
