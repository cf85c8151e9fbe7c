'use client';

import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { useActionSubmit } from '@/components/forms/use-action-submit';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { createProcedureAction } from '../actions';

export function NewProcedureForm({ agencies, certificates }: { agencies: { id: string; name: string }[]; certificates: { id: string; name: string }[] }) {
  const t = useTranslations('procedures.newForm');
  const router = useRouter();
  const { submit, isPending, formError, fieldErrors } = useActionSubmit(createProcedureAction, {
    onSuccess: (data) => router.push(`/procedures/${data.procedureId}`),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const day = (name: string) => text(name) || null;
    submit({
      agencyOrganisationId: text('agencyOrganisationId'),
      projectNumber: text('projectNumber'),
      type: text('type'),
      decision: text('decision') || null,
      openedOn: day('openedOn'),
      committeeMeetingOn: day('committeeMeetingOn'),
      certificationFrom: day('certificationFrom'),
      certificationUntil: day('certificationUntil'),
      proofOfConditionsDueOn: day('proofOfConditionsDueOn'),
      certificateIds: form.getAll('certificateIds').map(String),
    });
  };
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={t('formLabel')}>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <SelectField
          id="agency"
          name="agencyOrganisationId"
          label={t('agency')}
          options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
          error={fieldErrors.agencyOrganisationId}
        />
        <Field id="projectNumber" name="projectNumber" label={t('projectNumber')} placeholder="23/016" required error={fieldErrors.projectNumber} />
        <Field id="decision" name="decision" label={t('decision')} placeholder={t('decisionPlaceholder')} error={fieldErrors.decision} />
      </div>
      <Field id="type" name="type" label={t('type')} placeholder={t('typePlaceholder')} required error={fieldErrors.type} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-5">
        <Field id="openedOn" name="openedOn" type="date" label={t('openedOn')} error={fieldErrors.openedOn} />
        <Field id="committeeMeetingOn" name="committeeMeetingOn" type="date" label={t('committeeMeetingOn')} error={fieldErrors.committeeMeetingOn} />
        <Field id="certificationFrom" name="certificationFrom" type="date" label={t('certificationFrom')} error={fieldErrors.certificationFrom} />
        <Field id="certificationUntil" name="certificationUntil" type="date" label={t('certificationUntil')} error={fieldErrors.certificationUntil} />
        <Field
          id="proofOfConditionsDueOn"
          name="proofOfConditionsDueOn"
          type="date"
          label={t('proofOfConditionsDueOn')}
          error={fieldErrors.proofOfConditionsDueOn}
        />
      </div>
      <fieldset className="flex flex-col gap-1" aria-describedby={fieldErrors.certificateIds ? 'certificateIds-error' : undefined}>
        <legend className="text-sm font-medium">{t('certificates')}</legend>
        {certificates.map((certificate) => (
          <label key={certificate.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="certificateIds" value={certificate.id} /> {certificate.name}
          </label>
        ))}
        {fieldErrors.certificateIds ? (
          <p id="certificateIds-error" role="alert" className="text-xs text-red-700">
            {fieldErrors.certificateIds.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <FormError message={formError} />
      <div>
        <Button type="submit" disabled={isPending}>
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
