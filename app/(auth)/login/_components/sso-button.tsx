'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

// next-auth's client signIn fetches the provider's authorization URL and then navigates there, so
// the page's CSP form-action 'self' does not stand in the way of leaving for the identity provider.
export function SsoButton({ providerId, name }: { providerId: string; name: string }) {
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
      {isPending ? 'Redirecting…' : `Sign in with ${name}`}
    </Button>
  );
}
