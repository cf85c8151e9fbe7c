import type { ReactNode } from 'react';
import { cn } from '@/lib/utils/cn';

const TONES = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-200',
  good: 'bg-green-50 text-green-800 ring-green-200',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300',
  bad: 'bg-red-50 text-red-800 ring-red-200',
  info: 'bg-blue-50 text-blue-800 ring-blue-200',
} as const;

export type TBadgeTone = keyof typeof TONES;

/** A status label. The text always carries the meaning; colour only repeats it. */
export function Badge({ tone = 'neutral', children, className }: { tone?: TBadgeTone; children: ReactNode; className?: string }) {
  return <span className={cn('inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset', TONES[tone], className)}>{children}</span>;
}
