import { Badge } from '@/components/ui/badge';
import { Table, Td, Th } from '@/components/ui/table';
import type { TCertificateDetail } from '@/lib/certificates/queries';
import { getFormat, getT } from '@/lib/i18n/server';

export async function CourseTable({ certificate }: { certificate: TCertificateDetail }) {
  const [t, format] = await Promise.all([getT('certificates'), getFormat()]);
  const conflicts = new Map(certificate.courseHourConflicts.map((conflict) => [conflict.courseId, conflict]));
  const { hoursPerCredit } = certificate.rules;
  return (
    <Table>
      <thead>
        <tr>
          <Th className="w-12 text-right">#</Th>
          <Th>{t('courseTable.course')}</Th>
          <Th className="text-right">{t('courseTable.estimatedHours')}</Th>
          <Th className="text-right">{t('courseTable.share')}</Th>
          <Th className="text-right">{t('courseTable.hoursPer', { hoursPerCredit: format.number(hoursPerCredit) })}</Th>
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
                      {t('courseTable.statedElsewhere')}{' '}
                      {conflict.statements
                        .filter((statement) => statement.certificateSlug !== certificate.slug)
                        .map((statement) =>
                          t('courseTable.statement', { hours: format.hours(statement.estimatedHours), certificate: statement.certificateName }),
                        )
                        .join('; ')}
                    </Badge>
                  </div>
                ) : null}
              </Td>
              <Td className="text-right tabular-nums">{format.hours(course.estimatedHours)}</Td>
              <Td className="text-right tabular-nums">
                {certificate.ledger.totalHours > 0 ? `${format.number((100 * course.estimatedHours) / certificate.ledger.totalHours, 1)} %` : '—'}
              </Td>
              <Td className="text-right tabular-nums">{format.number(course.estimatedHours / hoursPerCredit, 2)}</Td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <Td />
          <Td>{t('courseTable.total', { count: certificate.courseCount })}</Td>
          <Td className="text-right tabular-nums" data-testid="total-hours">
            {format.hours(certificate.ledger.totalHours)}
          </Td>
          <Td className="text-right tabular-nums">100 %</Td>
          <Td className="text-right tabular-nums">{format.number(certificate.ledger.exactCredits, 2)}</Td>
        </tr>
      </tfoot>
    </Table>
  );
}
