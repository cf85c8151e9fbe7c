'use client';

// Pending state and messages of a file upload form, and a refresh of the page once it is stored.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { TUploadOutcome } from './upload-evidence-file';

export function useFileUpload() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const run = (upload: () => Promise<TUploadOutcome>, onSuccess: () => void) =>
    startTransition(async () => {
      const outcome = await upload();
      if (!outcome.ok) {
        setFormError(outcome.error);
        setFieldErrors(outcome.fieldErrors);
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
