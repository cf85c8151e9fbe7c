import type { Metadata } from 'next';
import Link from 'next/link';
import { orNotFound } from '@/lib/auth/or-not-found';
import { canEditCertificateDefinitions } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { getCertificateBySlug, listCourseOptions, toCertificateDefinitionInput } from '@/lib/certificates/queries';
import { CertificateDefinitionForm } from './_components/certificate-definition-form';

export const metadata: Metadata = { title: 'Edit certificate definition' };

export default async function EditCertificatePage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireActor();
  const { slug } = await params;
  const certificate = await orNotFound(getCertificateBySlug(actor, slug));
  if (!canEditCertificateDefinitions(actor)) {
    return (
      <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm" role="alert">
        Only quality managers can change certificate definitions.{' '}
        <Link href={`/certificates/${slug}`} className="underline">
          Back to the certificate
        </Link>
      </div>
    );
  }
  const courseOptions = await listCourseOptions(actor);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">
        <Link href={`/certificates/${slug}`} className="hover:underline">
          {certificate.name}
        </Link>{' '}
        / Edit definition
      </p>
      <h1 className="text-2xl font-semibold">Edit certificate definition</h1>
      <CertificateDefinitionForm courseOptions={courseOptions} initial={toCertificateDefinitionInput(certificate)} slug={slug} />
    </div>
  );
}
