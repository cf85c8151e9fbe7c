// The summary tables computed once per import, in order. Each step replaces the summaries of the
// import's courses inside the import's transaction. Dashboards read only these tables.
import type { TBulkSession } from '@/lib/db/bulk/bulk-session';
import { COURSE_COMPLETION_SQL } from './sql/course-completion';
import { runStatement } from './sql/run-query';

export type TSummaryStep = {
  name: string;
  compute: (session: TBulkSession, context: { importId: string; courseIds: readonly string[] }) => Promise<void>;
};

export const SUMMARY_STEPS: readonly TSummaryStep[] = [
  {
    name: 'course completion',
    compute: async (session, { importId }) => {
      await session.execute('DELETE FROM summary_course_completion WHERE course_id IN (SELECT course_id FROM export_courses WHERE import_id = $1)', [importId]);
      await runStatement(session, COURSE_COMPLETION_SQL, [importId, new Date()]);
    },
  },
];
