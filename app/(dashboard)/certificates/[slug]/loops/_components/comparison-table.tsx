import { Badge, type TBadgeTone } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { TVerdict, TWaveComparison, TWaveSide } from '@/lib/control-loops/compare-waves';
import { formatNumber } from '@/lib/utils/format';
import { formatPercent } from '@/lib/utils/format-rate';

const VERDICT: Record<TVerdict, { label: string; tone: TBadgeTone }> = {
  IMPROVED: { label: 'Improved', tone: 'good' },
  UNCHANGED: { label: 'Unchanged', tone: 'neutral' },
  WORSE: { label: 'Worse', tone: 'bad' },
};

const signed = (value: number, text: string) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${text}`;

/** One wave's figure with its n, or why it is withheld or absent. */
function describeSide(side: TWaveSide | null, figure: 'median' | 'shareHigher'): string {
  if (!side) return 'not in the certificate then';
  const value = side[figure];
  if (value === null) return `withheld (${side.suppressed ?? 'no data'})`;
  const text = figure === 'median' ? `${formatNumber(value, 1)} h (estimate ${formatNumber(side.estimatedHours, 1)} h)` : formatPercent(value);
  return `${text}, n = ${side.n}`;
}

/** Baseline beside follow-up per course, the changes, and the verdict with its reasons. */
export function ComparisonTable({ comparison }: { comparison: TWaveComparison }) {
  return (
    <Table data-testid="comparison">
      <thead>
        <tr>
          <Th className="w-10 text-right">#</Th>
          <Th>Course</Th>
          <Th>Median reported hours: baseline → follow-up</Th>
          <Th className="text-right">Change</Th>
          <Th>Higher than estimated: baseline → follow-up</Th>
          <Th className="text-right">Change</Th>
          <Th>Verdict</Th>
        </tr>
      </thead>
      <tbody>
        {comparison.courses.map((course) => (
          <tr key={course.courseId} data-course-id={course.courseId}>
            <Td className="text-right tabular-nums">{course.position}</Td>
            <Td>{course.name}</Td>
            <Td className="tabular-nums" data-field="median">
              <div>{describeSide(course.baseline, 'median')}</div>
              <div>→ {describeSide(course.followUp, 'median')}</div>
            </Td>
            <Td className="text-right tabular-nums" data-field="medianChange">
              {course.medianChange === null ? '—' : signed(course.medianChange, `${formatNumber(Math.abs(course.medianChange), 1)} h`)}
            </Td>
            <Td className="tabular-nums" data-field="shareHigher">
              <div>{describeSide(course.baseline, 'shareHigher')}</div>
              <div>→ {describeSide(course.followUp, 'shareHigher')}</div>
            </Td>
            <Td className="text-right tabular-nums" data-field="shareHigherChange">
              {course.shareHigherChange === null ? '—' : signed(course.shareHigherChange, `${formatNumber(Math.abs(100 * course.shareHigherChange), 1)} pp`)}
            </Td>
            <Td data-field="verdict">
              {course.verdict ? <Badge tone={VERDICT[course.verdict].tone}>{VERDICT[course.verdict].label}</Badge> : <Badge>Not comparable</Badge>}
              <p className="mt-1 text-xs text-slate-600">{course.explanation}</p>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
