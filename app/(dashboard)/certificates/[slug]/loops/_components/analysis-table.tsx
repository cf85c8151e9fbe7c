import { Table, Td, Th } from '@/components/ui/table';
import type { TWaveAnalysis } from '@/lib/control-loops/analyze-wave';
import type { TFormat } from '@/lib/i18n/format';
import { getFormat, getT } from '@/lib/i18n/server';

type TLoopsT = Awaited<ReturnType<typeof getT<'loops'>>>;

/** "83.3 % of n = 6", or why the share is withheld. */
export function formatShare(share: number | null, n: number, suppressed: string | null, t: TLoopsT, format: TFormat): string {
  if (share === null) return t('analysis.withheld', { reason: format.serverMessage(suppressed ?? 'no data') });
  return t('analysis.share', { share: format.percent(share), n });
}

/** A frozen wave analysis: per course in certificate order, estimated beside reported hours. */
export async function AnalysisTable({ analysis, testId }: { analysis: TWaveAnalysis; testId: string }) {
  const [t, format] = await Promise.all([getT('loops'), getFormat()]);
  return (
    <Table data-testid={testId}>
      <thead>
        <tr>
          <Th className="w-10 text-right">#</Th>
          <Th>{t('analysis.course')}</Th>
          <Th className="text-right">{t('analysis.estimated')}</Th>
          <Th className="text-right">{t('analysis.respondents')}</Th>
          <Th>{t('analysis.reportedHours')}</Th>
          <Th>{t('analysis.higher')}</Th>
          <Th>{t('analysis.lower')}</Th>
        </tr>
      </thead>
      <tbody>
        {analysis.courses.map((course) => (
          <tr key={course.courseId} data-course-id={course.courseId}>
            <Td className="text-right tabular-nums">{course.position}</Td>
            <Td>{course.name}</Td>
            <Td className="text-right tabular-nums">{format.number(course.estimatedHours, 1)} h</Td>
            <Td className="text-right tabular-nums" data-field="n">
              {course.n}
            </Td>
            <Td className="tabular-nums" data-field="reportedHours">
              {format.quartiles(course, 'h')}
            </Td>
            <Td className="tabular-nums" data-field="shareHigher">
              {formatShare(course.shareHigher, course.n, course.suppressed, t, format)}
            </Td>
            <Td className="tabular-nums" data-field="shareLower">
              {formatShare(course.shareLower, course.n, course.suppressed, t, format)}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
