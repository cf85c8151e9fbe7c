import { Badge, type TBadgeTone } from '@/components/ui/badge';
import { LOOP_STATUS_LABEL, MEASURE_STATUS_LABEL } from '@/lib/control-loops/workflow';
import type { ControlLoopStatus, MeasureStatus } from '@/lib/db/generated/sqlite/enums';

const LOOP_TONE: Record<ControlLoopStatus, TBadgeTone> = { BASELINE: 'warning', MEASURES: 'info', FOLLOW_UP: 'info', CLOSED: 'good' };
const MEASURE_TONE: Record<MeasureStatus, TBadgeTone> = { PLANNED: 'neutral', IN_PROGRESS: 'info', DONE: 'good', DROPPED: 'warning' };

const toSentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function LoopStatusBadge({ status }: { status: ControlLoopStatus }) {
  return <Badge tone={LOOP_TONE[status]}>{toSentence(LOOP_STATUS_LABEL[status])}</Badge>;
}

export function MeasureStatusBadge({ status }: { status: MeasureStatus }) {
  return <Badge tone={MEASURE_TONE[status]}>{toSentence(MEASURE_STATUS_LABEL[status])}</Badge>;
}
