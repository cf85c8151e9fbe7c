'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { revokeOwnApiTokenAction } from '../actions';

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const t = useTranslations('account.tokens');
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function revoke() {
    if (!window.confirm(t('revokeConfirm', { name }))) return;
    startTransition(async () => {
      const result = await revokeOwnApiTokenAction({ tokenId });
      if (result.error !== undefined) setError(result.error);
      else router.refresh();
    });
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button size="sm" variant="danger" disabled={isPending} onClick={revoke} aria-label={t('revokeLabel', { name })}>
        {isPending ? t('revoking') : t('revoke')}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
