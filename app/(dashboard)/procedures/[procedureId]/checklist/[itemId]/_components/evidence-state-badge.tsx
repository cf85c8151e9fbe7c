import { Badge, type TBadgeTone } from '@/components/ui/badge';
import type { TEvidenceState } from '@/lib/conditions/evidence-state';

const TONE: Record<TEvidenceState, TBadgeTone> = { MISSING: 'bad', SUBMITTED: 'info', ACCEPTED: 'good', REJECTED: 'bad', EXPIRED: 'warning' };

export function EvidenceStateBadge({ state }: { state: TEvidenceState }) {
  return (
    <Badge tone={TONE[state]} className="lowercase">
      {state.toLowerCase()}
    </Badge>
  );
}
