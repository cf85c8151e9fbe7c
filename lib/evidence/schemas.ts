// Input schemas of evidence: shared by the upload routes, the server actions, the forms and tests.
import { z } from 'zod';
import { ZDay } from '@/lib/conditions/schemas';

const ZId = z.string().trim().min(1).max(64);

export const ZEvidenceTitle = z.string().trim().min(3, 'Give the evidence a title of at least 3 characters').max(200, 'Keep the title under 200 characters');

/** An http(s) link, normalised (lower-case host, resolved dots), without credentials in it. */
export const ZEvidenceUrl = z
  .string()
  .trim()
  .min(1, 'Give the link')
  .max(2000, 'The link is longer than 2,000 characters')
  .transform((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: 'custom', message: 'Not a web address; it must start with https:// or http://' });
      return z.NEVER;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      context.addIssue({ code: 'custom', message: `Only http and https links are accepted, not ${url.protocol.replace(':', '')}` });
      return z.NEVER;
    }
    if (url.username || url.password) {
      context.addIssue({ code: 'custom', message: 'The link must not carry a user name or password' });
      return z.NEVER;
    }
    return url.toString();
  });

const ZNote = z.string().trim().max(2000, 'Keep the note under 2,000 characters');

const datesShape = { effectiveOn: ZDay, expiresOn: ZDay.nullable() };

/** Expiry, when given, must come after the date the evidence speaks for. */
function expiresAfterEffective(value: { effectiveOn: Date; expiresOn: Date | null }): boolean {
  return value.expiresOn === null || value.expiresOn.getTime() > value.effectiveOn.getTime();
}
const EXPIRY_ISSUE = { message: 'The expiry date must come after the effective date', path: ['expiresOn'] };

export const ZAddFileEvidenceInput = z.object({ itemId: ZId, title: ZEvidenceTitle, ...datesShape }).refine(expiresAfterEffective, EXPIRY_ISSUE);
export type TAddFileEvidenceInput = z.infer<typeof ZAddFileEvidenceInput>;

export const ZAddLinkEvidenceInput = z
  .object({ itemId: ZId, title: ZEvidenceTitle, url: ZEvidenceUrl, ...datesShape })
  .refine(expiresAfterEffective, EXPIRY_ISSUE);
export type TAddLinkEvidenceInput = z.infer<typeof ZAddLinkEvidenceInput>;

export const ZAddMetricSnapshotEvidenceInput = ZAddFileEvidenceInput;
export type TAddMetricSnapshotEvidenceInput = TAddFileEvidenceInput;

/** A new revision: a file (sent alongside), a new link, or the figures frozen again. */
export const ZAddEvidenceRevisionInput = z
  .object({ evidenceId: ZId, url: ZEvidenceUrl.nullable(), note: ZNote.nullable(), ...datesShape })
  .refine(expiresAfterEffective, EXPIRY_ISSUE);
export type TAddEvidenceRevisionInput = z.infer<typeof ZAddEvidenceRevisionInput>;

/** The reviewer names the revision they looked at, so a newer upload is never accepted unseen. */
export const ZAcceptEvidenceInput = z.object({ evidenceId: ZId, revisionNumber: z.number().int().min(1), note: ZNote.nullable() });
export type TAcceptEvidenceInput = z.infer<typeof ZAcceptEvidenceInput>;

export const ZRejectEvidenceInput = z.object({
  evidenceId: ZId,
  revisionNumber: z.number().int().min(1),
  note: ZNote.min(3, 'Say why the evidence is rejected'),
});
export type TRejectEvidenceInput = z.infer<typeof ZRejectEvidenceInput>;
