import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { TCertificateDetail } from '@/lib/certificates/queries';
import { formatHours, formatNumber } from '@/lib/utils/format';

export function CourseTable({ certificate }: { certificate: TCertificateDetail }) {
  const conflicts = new Map(certificate.courseHourConflicts.map((conflict) => [conflict.courseId, conflict]));
  const { hoursPerCredit } = certificate.rules;
  return (
    <Table>
      <thead>
        <tr>
          <Th className="w-12 text-right">#</Th>
          <Th>Course</Th>
          <Th className="text-right">Estimated hours</Th>
          <Th className="text-right">Share</Th>
          <Th className="text-right">Hours / {formatNumber(hoursPerCredit)}</Th>
        </tr>
      </thead>
      <tbody>
        {certificate.courses.map((course) => {
          const conflict = conflicts.get(course.courseId);
          return (
            <tr key={course.courseId}>
              <Td className="text-right tabular-nums">{course.position}</Td>
              <Td>
                {course.name}
                {conflict ? (
                  <div className="mt-1">
                    <Badge tone="warning">
                      Stated differently elsewhere:{' '}
                      {conflict.statements
                        .filter((statement) => statement.certificateSlug !== certificate.slug)
                        .map((statement) => `${formatHours(statement.estimatedHours)} in ${statement.certificateName}`)
                        .join('; ')}
                    </Badge>
                  </div>
                ) : null}
              </Td>
              <Td className="text-right tabular-nums">{formatHours(course.estimatedHours)}</Td>
              <Td className="text-right tabular-nums">
                {certificate.ledger.totalHours > 0 ? `${formatNumber((100 * course.estimatedHours) / certificate.ledger.totalHours, 1)} %` : '—'}
              </Td>
              <Td className="text-right tabular-nums">{formatNumber(course.estimatedHours / hoursPerCredit, 2)}</Td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <Td />
          <Td>Total ({certificate.courseCount} courses)</Td>
          <Td className="text-right tabular-nums" data-testid="total-hours">
            {formatHours(certificate.ledger.totalHours)}
          </Td>
          <Td className="text-right tabular-nums">100 %</Td>
          <Td className="text-right tabular-nums">{formatNumber(certificate.ledger.exactCredits, 2)}</Td>
        </tr>
      </tfoot>
    </Table>
  );
}
