import { Table, Td, Th } from '@/components/ui/table';
import type { TWaveAnalysis } from '@/lib/control-loops/analyze-wave';
import { formatNumber } from '@/lib/utils/format';
import { formatPercent, formatQuartiles } from '@/lib/utils/format-rate';

/** "83.3 % of n = 6", or why the share is withheld. */
export function formatShare(share: number | null, n: number, suppressed: string | null): string {
  if (share === null) return `withheld (${suppressed ?? 'no data'})`;
  return `${formatPercent(share)} of n = ${n}`;
}

/** A frozen wave analysis: per course in certificate order, estimated beside reported hours. */
export function AnalysisTable({ analysis, testId }: { analysis: TWaveAnalysis; testId: string }) {
  return (
    <Table data-testid={testId}>
      <thead>
        <tr>
          <Th className="w-10 text-right">#</Th>
          <Th>Course</Th>
          <Th className="text-right">Estimated</Th>
          <Th className="text-right">Respondents</Th>
          <Th>Reported hours (median [Q1–Q3])</Th>
          <Th>Higher than estimated</Th>
          <Th>Lower than estimated</Th>
        </tr>
      </thead>
      <tbody>
        {analysis.courses.map((course) => (
          <tr key={course.courseId} data-course-id={course.courseId}>
            <Td className="text-right tabular-nums">{course.position}</Td>
            <Td>{course.name}</Td>
            <Td className="text-right tabular-nums">{formatNumber(course.estimatedHours, 1)} h</Td>
            <Td className="text-right tabular-nums" data-field="n">
              {course.n}
            </Td>
            <Td className="tabular-nums" data-field="reportedHours">
              {formatQuartiles(course, 'h')}
            </Td>
            <Td className="tabular-nums" data-field="shareHigher">
              {formatShare(course.shareHigher, course.n, course.suppressed)}
            </Td>
            <Td className="tabular-nums" data-field="shareLower">
              {formatShare(course.shareLower, course.n, course.suppressed)}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
