import { Badge } from '@/components/ui/badge';
import { getT } from '@/lib/i18n/server';
import type { TLight } from '@/lib/metrics/targets';

const LIGHTS = {
  'on-target': { tone: 'good', key: 'onTarget', symbol: '●' },
  watch: { tone: 'warning', key: 'watch', symbol: '◐' },
  'below-target': { tone: 'bad', key: 'belowTarget', symbol: '○' },
  'no-data': { tone: 'neutral', key: 'noData', symbol: '–' },
} as const satisfies Record<TLight, { tone: 'good' | 'warning' | 'bad' | 'neutral'; key: string; symbol: string }>;

/** A traffic light that reads without colour: symbol and words carry the state. */
export async function TrafficLight({ light }: { light: TLight }) {
  const t = await getT('charts');
  const entry = LIGHTS[light];
  return (
    <Badge tone={entry.tone}>
      <span aria-hidden="true">{entry.symbol}&nbsp;</span>
      {t(`trafficLight.${entry.key}`)}
    </Badge>
  );
}
