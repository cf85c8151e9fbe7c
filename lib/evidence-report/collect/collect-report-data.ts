// Reads everything one report shows, through the actor's scope: for a procedure, the procedure and
// every certificate it covers that the actor may see; for a certificate, the certificate and the
// procedures covering it (limited to `procedureIds` when a verification names the ones a bundle held).
import type { TActor } from '@/lib/auth/actor';
import { getCertificateBySlug } from '@/lib/certificates/queries';
import { getNow } from '@/lib/clock';
import { getDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { METRIC_DEFINITIONS_VERSION } from '@/lib/metrics/definitions/metric-definitions';
import type { TEvidenceReportData, TReportCertificate, TReportProcedure, TReportSubject, TReportView } from '../report-data';
import { collectCertificate } from './collect-certificate';
import { collectImports } from './collect-imports';
import { collectProcedure } from './collect-procedure';

export type TCollectOptions = { procedureIds?: readonly string[] };

async function getView(actor: TActor): Promise<TReportView> {
  if (actor.role !== 'CONTENT_PARTNER') return { scope: 'procedure' };
  const organisation = await getDb().organisation.findUniqueOrThrow({ where: { id: actor.organisationId } });
  return { scope: 'content-partner', organisationId: organisation.id, organisationName: organisation.name };
}

export async function collectReportData(actor: TActor, subject: TReportSubject, options: TCollectOptions = {}): Promise<TEvidenceReportData> {
  const now = getNow();
  const procedures: TReportProcedure[] = [];
  const certificates: TReportCertificate[] = [];
  if (subject.kind === 'procedure') {
    const procedure = await collectProcedure(actor, subject.id, { certificateId: null }, now);
    procedures.push(procedure);
    for (const { slug } of procedure.certificates) certificates.push(await collectCertificate(actor, slug));
  } else {
    const detail = await getCertificateBySlug(actor, subject.id);
    // By label, then id: an order that does not depend on how the database returns ties.
    const covering = detail.procedures
      .filter((procedure) => options.procedureIds === undefined || options.procedureIds.includes(procedure.id))
      .sort((a, b) => a.label.localeCompare(b.label, 'en') || (a.id < b.id ? -1 : 1));
    for (const { id } of covering) procedures.push(await collectProcedure(actor, id, { certificateId: detail.id }, now));
    certificates.push(await collectCertificate(actor, subject.id));
  }
  return {
    subject,
    view: await getView(actor),
    definitionsVersion: METRIC_DEFINITIONS_VERSION,
    minimumGroupSize: certificates[0]?.metrics.minimumGroupSize ?? env.CERTQA_MIN_GROUP_SIZE,
    procedures,
    certificates,
    imports: await collectImports(certificates),
  };
}
