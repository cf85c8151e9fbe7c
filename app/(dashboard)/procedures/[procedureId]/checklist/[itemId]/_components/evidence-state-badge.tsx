import { Badge, type TBadgeTone } from '@/components/ui/badge';
import type { TEvidenceState } from '@/lib/conditions/evidence-state';
import { getT } from '@/lib/i18n/server';

const TONE: Record<TEvidenceState, TBadgeTone> = { MISSING: 'bad', SUBMITTED: 'info', ACCEPTED: 'good', REJECTED: 'bad', EXPIRED: 'warning' };

export async function EvidenceStateBadge({ state }: { state: TEvidenceState }) {
  const t = await getT('checklist');
  return (
    <Badge tone={TONE[state]} className="lowercase">
      {t(`evidenceState.${state}`)}
    </Badge>
  );
}
