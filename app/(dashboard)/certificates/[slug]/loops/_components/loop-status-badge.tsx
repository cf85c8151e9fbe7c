import { Badge, type TBadgeTone } from '@/components/ui/badge';
import type { ControlLoopStatus, MeasureStatus } from '@/lib/db/generated/sqlite/enums';
import { getT } from '@/lib/i18n/server';

const LOOP_TONE: Record<ControlLoopStatus, TBadgeTone> = { BASELINE: 'warning', MEASURES: 'info', FOLLOW_UP: 'info', CLOSED: 'good' };
const MEASURE_TONE: Record<MeasureStatus, TBadgeTone> = { PLANNED: 'neutral', IN_PROGRESS: 'info', DONE: 'good', DROPPED: 'warning' };

const toSentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export async function LoopStatusBadge({ status }: { status: ControlLoopStatus }) {
  const t = await getT('loops');
  return <Badge tone={LOOP_TONE[status]}>{t(`loopStatus.${status}`)}</Badge>;
}

export async function MeasureStatusBadge({ status }: { status: MeasureStatus }) {
  const t = await getT('loops');
  return <Badge tone={MEASURE_TONE[status]}>{toSentence(t(`measureStatus.${status}`))}</Badge>;
}
