'use client';

// Pending state and messages of a file upload form, and a refresh of the page once it is stored.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { useFormat } from '@/components/i18n/use-format';
import type { TUploadOutcome } from './upload-evidence-file';

type TFailure = Exclude<TUploadOutcome, { ok: true }>;

export function useFileUpload() {
  const t = useTranslations('checklist.upload');
  const format = useFormat();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  /** The failure in words of the reader's language; the route's own messages are English (lib/) and translated here. */
  const toMessages = (failure: TFailure): { error: string; fieldErrors: Record<string, string[]> } => {
    if (failure.problem === 'too-large') {
      const message = t('tooLarge', { name: failure.fileName, size: format.bytes(failure.size), limit: format.bytes(failure.limit) });
      return { error: message, fieldErrors: { file: [message] } };
    }
    if (failure.problem === 'interrupted') return { error: t('interrupted'), fieldErrors: {} };
    return {
      error: failure.error === null ? t('serverStatus', { status: String(failure.status) }) : format.serverMessage(failure.error),
      fieldErrors: Object.fromEntries(Object.entries(failure.fieldErrors).map(([field, messages]) => [field, messages.map(format.serverMessage)])),
    };
  };

  const run = (upload: () => Promise<TUploadOutcome>, onSuccess: () => void) =>
    startTransition(async () => {
      const outcome = await upload();
      if (!outcome.ok) {
        const { error, fieldErrors: errors } = toMessages(outcome);
        setFormError(error);
        setFieldErrors(errors);
        return;
      }
      setFormError(null);
      setFieldErrors({});
      onSuccess();
      router.refresh();
    });
  const fail = (message: string, field: string) => {
    setFormError(message);
    setFieldErrors({ [field]: [message] });
  };
  return { run, fail, isPending, formError, fieldErrors };
}
