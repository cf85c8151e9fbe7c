import { expect, test } from 'vitest';
import { parseWorkloadSurvey } from './parse-workload-survey';

test('a valid survey parses, with RFC 4180 quoting and optional per-course ids', () => {
  const { responses, problems } = parseWorkloadSurvey(
    'course,course_user_id,reported_hours,comparison,submitted_at\n"what-is-datascience",c0ffee01,9.5,higher,2024-03-01\nwhat-is-datascience,,"7,5",About right,2024-03-02 10:00\n',
  );
  expect(problems).toEqual([]);
  expect(responses).toEqual([
    { line: 2, course: 'what-is-datascience', courseUserId: 'c0ffee01', reportedHours: 9.5, comparison: 'HIGHER', submittedAt: new Date('2024-03-01T00:00:00Z') },
    { line: 3, course: 'what-is-datascience', courseUserId: null, reportedHours: 7.5, comparison: 'ABOUT_RIGHT', submittedAt: new Date('2024-03-02T10:00:00Z') },
  ]);
});

test('each bad value is reported with line, column and reason', () => {
  const { responses, problems } = parseWorkloadSurvey(
    'course,reported_hours,comparison,submitted_at\nx,-1,higher,2024-03-01\nx,ten,higher,2024-03-01\nx,3,sometimes,2024-03-01\nx,3,lower,2024-02-30\nx,3,lower\n',
  );
  expect(responses).toEqual([]);
  expect(problems).toEqual([
    { line: 2, column: 'reported_hours', reason: 'cannot be negative' },
    { line: 3, column: 'reported_hours', reason: 'not a number' },
    { line: 4, column: 'comparison', reason: '"sometimes" is not one of lower, about right, higher' },
    { line: 5, column: 'submitted_at', reason: '"2024-02-30" is not a date like 2024-03-01 or 2024-03-01 14:30' },
    { line: 6, column: null, reason: 'expected 4 fields (as in the header), found 3' },
  ]);
});

test('a missing required column is named', () => {
  expect(parseWorkloadSurvey('course,hours\nx,3\n').problems).toEqual([
    { line: 1, column: 'reported_hours', reason: 'required column missing from the header' },
    { line: 1, column: 'comparison', reason: 'required column missing from the header' },
    { line: 1, column: 'submitted_at', reason: 'required column missing from the header' },
  ]);
});
