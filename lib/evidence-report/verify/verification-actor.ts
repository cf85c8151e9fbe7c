// Whose view a verification reads the database with, when the local operator runs it: the view the
// bundle records. A procedure view (quality manager or auditor) is read as a quality manager of the
// subject's platform; a content partner's view as that partner organisation. The operator acts with
// administrator rights already (lib/auth/system-actor.ts), so this narrows, never widens, what is read.
import type { TActor } from '@/lib/auth/actor';
import { SYSTEM_ACTOR } from '@/lib/auth/system-actor';
import { getDb } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';
import type { TParsedBundleManifest } from '../bundle/bundle-manifest';

export async function getVerificationActor(inputs: TParsedBundleManifest['inputs']): Promise<TActor> {
  if (inputs.view.scope === 'content-partner') return { ...SYSTEM_ACTOR, role: 'CONTENT_PARTNER', organisationId: inputs.view.organisationId };
  const db = getDb();
  const platformOrganisationId =
    inputs.subject.kind === 'procedure'
      ? (await db.accreditationProcedure.findUnique({ where: { id: inputs.subject.id } }))?.platformOrganisationId
      : (await db.certificate.findUnique({ where: { slug: inputs.subject.id } }))?.platformOrganisationId;
  if (!platformOrganisationId) throw new NotFoundError(`The bundle's ${inputs.subject.kind} ${inputs.subject.label} is not in this database`);
  return { ...SYSTEM_ACTOR, role: 'QUALITY_MANAGER', organisationId: platformOrganisationId };
}
