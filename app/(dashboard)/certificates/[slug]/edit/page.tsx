import type { Metadata } from 'next';
import Link from 'next/link';
import { orNotFound } from '@/lib/auth/or-not-found';
import { canEditCertificateDefinitions } from '@/lib/auth/policies';
import { requireActor } from '@/lib/auth/session';
import { getCertificateBySlug, listCourseOptions, toCertificateDefinitionInput } from '@/lib/certificates/queries';
import { getT } from '@/lib/i18n/server';
import { CertificateDefinitionForm } from './_components/certificate-definition-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('certificates'))('edit.title') };
}

export default async function EditCertificatePage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireActor();
  const { slug } = await params;
  const certificate = await orNotFound(getCertificateBySlug(actor, slug));
  const t = await getT('certificates');
  if (!canEditCertificateDefinitions(actor)) {
    return (
      <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm" role="alert">
        {t('edit.onlyQualityManagers')}{' '}
        <Link href={`/certificates/${slug}`} className="underline">
          {t('edit.back')}
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
        / {t('edit.breadcrumb')}
      </p>
      <h1 className="text-2xl font-semibold">{t('edit.title')}</h1>
      <CertificateDefinitionForm courseOptions={courseOptions} initial={toCertificateDefinitionInput(certificate)} slug={slug} />
    </div>
  );
}
