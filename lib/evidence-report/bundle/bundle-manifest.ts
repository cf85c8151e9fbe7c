// manifest.json of a bundle: the manifest of inputs (hashed; its hash is in the PDF's footer), and
// beside it what cannot be part of that hash: when and by whom the bundle was made, the PDF's own
// SHA-256, and the SHA-256 of every other file in the bundle. The schema reads it back for
// verification; a manifest that does not match it is reported, not trusted.
import { z } from 'zod';
import type { TManifestInputs } from '../manifest/manifest-inputs';

export const BUNDLE_FORMAT = 'certqa-evidence-bundle/1';

export type TBundleFile = { path: string; sha256: string; bytes: number };

export type TBundleManifest = {
  format: typeof BUNDLE_FORMAT;
  /** SHA-256 of the canonical JSON of `inputs` (inputs.json); printed in the PDF's footer. */
  inputsSha256: string;
  inputs: TManifestInputs;
  generatedAt: string;
  generatedBy: string;
  pdf: TBundleFile;
  /** Every file in the bundle except manifest.json itself, sorted by path. */
  files: TBundleFile[];
};

const ZSha256 = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256');
const ZBundleFile = z.object({ path: z.string().min(1), sha256: ZSha256, bytes: z.number().int().min(0) });

const ZManifestEvidence = z.object({ id: z.string(), sha256: ZSha256, bundlePath: z.string(), title: z.string() });

/** The parts of the inputs that verification navigates; the rest is compared as JSON. */
export const ZBundleManifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  inputsSha256: ZSha256,
  inputs: z
    .object({
      subject: z.object({ kind: z.enum(['procedure', 'certificate']), id: z.string().min(1), label: z.string() }),
      view: z.union([
        z.object({ scope: z.literal('procedure') }),
        z.object({ scope: z.literal('content-partner'), organisationId: z.string().min(1), organisationName: z.string() }),
      ]),
      procedures: z.array(
        z
          .object({
            id: z.string(),
            conditions: z.array(z.object({ checklist: z.array(z.object({ evidence: z.array(ZManifestEvidence.passthrough()) }).passthrough()) }).passthrough()),
          })
          .passthrough(),
      ),
      certificates: z.array(z.object({ slug: z.string(), figuresSha256: ZSha256 }).passthrough()),
    })
    .passthrough(),
  generatedAt: z.string(),
  generatedBy: z.string(),
  pdf: ZBundleFile,
  files: z.array(ZBundleFile),
});

export type TParsedBundleManifest = z.infer<typeof ZBundleManifest>;
