import { Badge } from '@/components/ui/badge';
import type { TLight } from '@/lib/metrics/targets';

const LIGHTS: Record<TLight, { tone: 'good' | 'warning' | 'bad' | 'neutral'; text: string; symbol: string }> = {
  'on-target': { tone: 'good', text: 'on target', symbol: '●' },
  watch: { tone: 'warning', text: 'watch', symbol: '◐' },
  'below-target': { tone: 'bad', text: 'below target', symbol: '○' },
  'no-data': { tone: 'neutral', text: 'no data', symbol: '–' },
};

/** A traffic light that reads without colour: symbol and words carry the state. */
export function TrafficLight({ light }: { light: TLight }) {
  const entry = LIGHTS[light];
  return (
    <Badge tone={entry.tone}>
      <span aria-hidden="true">{entry.symbol}&nbsp;</span>
      {entry.text}
    </Badge>
  );
}
