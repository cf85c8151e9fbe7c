'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { reviewCommentAction } from '../actions';

export function CommentReviewButtons({
  certificateSlug,
  commentKey,
  decision,
}: {
  certificateSlug: string;
  commentKey: string;
  decision: 'RELEASED' | 'WITHHELD' | 'PENDING';
}) {
  const t = useTranslations('dashboard.comments');
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const decide = (next: 'RELEASED' | 'WITHHELD') =>
    startTransition(async () => {
      const result = await reviewCommentAction({ certificateSlug, commentKey, decision: next });
      if (result.error !== undefined) setError(result.error);
      else router.refresh();
    });
  return (
    <span className="flex items-center gap-1">
      <Button size="sm" variant="secondary" disabled={isPending || decision === 'RELEASED'} onClick={() => decide('RELEASED')}>
        {t('release')}
      </Button>
      <Button size="sm" variant="secondary" disabled={isPending || decision === 'WITHHELD'} onClick={() => decide('WITHHELD')}>
        {t('withhold')}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
