'use client';

import { signOut } from 'next-auth/react';
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/forms/form-error';
import { Button } from '@/components/ui/button';
import { signOutEverywhereAction } from '../actions';

/** Ends every session of this account (other browsers, a lost laptop), then this one. */
export function SignOutEverywhereButton() {
  const t = useTranslations('account.sessions');
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () =>
    startTransition(async () => {
      const result = await signOutEverywhereAction({});
      if (result.error !== undefined) setError(result.error);
      else await signOut({ callbackUrl: '/login' });
    });
  return (
    <div className="flex flex-col items-start gap-2">
      <Button variant="danger" disabled={isPending} onClick={run}>
        {isPending ? t('pending') : t('button')}
      </Button>
      <FormError message={error} />
    </div>
  );
}
