import { Badge, type TBadgeTone } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { TVerdict, TWaveComparison, TWaveSide } from '@/lib/control-loops/compare-waves';
import type { TFormat } from '@/lib/i18n/format';
import { getFormat, getT } from '@/lib/i18n/server';

type TLoopsT = Awaited<ReturnType<typeof getT<'loops'>>>;

const VERDICT_TONE: Record<TVerdict, TBadgeTone> = { IMPROVED: 'good', UNCHANGED: 'neutral', WORSE: 'bad' };

const signed = (value: number, text: string) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${text}`;

/** One wave's figure with its n, or why it is withheld or absent. */
function describeSide(side: TWaveSide | null, figure: 'median' | 'shareHigher', t: TLoopsT, format: TFormat): string {
  if (!side) return t('comparison.notInCertificate');
  const value = side[figure];
  if (value === null) return t('comparison.withheld', { reason: format.serverMessage(side.suppressed ?? 'no data') });
  const text =
    figure === 'median'
      ? t('comparison.medianSide', { median: format.number(value, 1), estimate: format.number(side.estimatedHours, 1) })
      : format.percent(value);
  return `${text}, n = ${side.n}`;
}

/** Baseline beside follow-up per course, the changes, and the verdict with its reasons. */
export async function ComparisonTable({ comparison }: { comparison: TWaveComparison }) {
  const [t, format] = await Promise.all([getT('loops'), getFormat()]);
  return (
    <Table data-testid="comparison">
      <thead>
        <tr>
          <Th className="w-10 text-right">#</Th>
          <Th>{t('comparison.course')}</Th>
          <Th>{t('comparison.median')}</Th>
          <Th className="text-right">{t('comparison.change')}</Th>
          <Th>{t('comparison.higher')}</Th>
          <Th className="text-right">{t('comparison.change')}</Th>
          <Th>{t('comparison.verdict')}</Th>
        </tr>
      </thead>
      <tbody>
        {comparison.courses.map((course) => (
          <tr key={course.courseId} data-course-id={course.courseId}>
            <Td className="text-right tabular-nums">{course.position}</Td>
            <Td>{course.name}</Td>
            <Td className="tabular-nums" data-field="median">
              <div>{describeSide(course.baseline, 'median', t, format)}</div>
              <div>→ {describeSide(course.followUp, 'median', t, format)}</div>
            </Td>
            <Td className="text-right tabular-nums" data-field="medianChange">
              {course.medianChange === null ? '—' : signed(course.medianChange, `${format.number(Math.abs(course.medianChange), 1)} h`)}
            </Td>
            <Td className="tabular-nums" data-field="shareHigher">
              <div>{describeSide(course.baseline, 'shareHigher', t, format)}</div>
              <div>→ {describeSide(course.followUp, 'shareHigher', t, format)}</div>
            </Td>
            <Td className="text-right tabular-nums" data-field="shareHigherChange">
              {course.shareHigherChange === null
                ? '—'
                : signed(course.shareHigherChange, t('comparison.points', { value: format.number(Math.abs(100 * course.shareHigherChange), 1) }))}
            </Td>
            <Td data-field="verdict">
              {course.verdict ? (
                <Badge tone={VERDICT_TONE[course.verdict]}>{format.enumValue(course.verdict)}</Badge>
              ) : (
                <Badge>{t('comparison.notComparable')}</Badge>
              )}
              <p className="mt-1 text-xs text-slate-600">{format.serverMessage(course.explanation)}</p>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
