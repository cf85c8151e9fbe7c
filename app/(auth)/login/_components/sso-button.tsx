'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';

// next-auth's client signIn fetches the provider's authorization URL and then navigates there, so
// the page's CSP form-action 'self' does not stand in the way of leaving for the identity provider.
export function SsoButton({ providerId, name }: { providerId: string; name: string }) {
  const t = useTranslations('auth.login');
  const [isPending, setIsPending] = useState(false);
  return (
    <Button
      variant="secondary"
      disabled={isPending}
      onClick={() => {
        setIsPending(true);
        void signIn(providerId, { callbackUrl: '/' });
      }}
    >
      {isPending ? t('redirecting') : t('sso', { name })}
    </Button>
  );
}
