import { expect, test } from 'vitest';
import { assertIsExport, classifyFile, detectAnonymity, detectPartnerPrefix, getUserIdHeaders } from './detect-export';
import { ImportError } from './import-error';

test('the partner prefix comes from the user-id column of users.csv or course_memberships.csv', () => {
  expect(detectPartnerPrefix(new Map([['users', ['imperial_user_id', 'user_join_ts']]]))).toBe('imperial');
  expect(detectPartnerPrefix(new Map([['course_memberships', ['penn_user_id', 'course_id']]]))).toBe('penn');
  expect(() => detectPartnerPrefix(new Map([['courses', ['course_id']]]))).toThrow(ImportError);
});

test('feedback ids in their own domain mean an isolated export', () => {
  expect(detectAnonymity('ibm', new Map([['feedback_course_ratings', ['course_id', 'ibm_feedback_user_id']]]))).toBe('ISOLATED');
  expect(detectAnonymity('ibm', new Map([['feedback_course_ratings', ['course_id', 'ibm_user_id']]]))).toBe('LINKED');
  expect(getUserIdHeaders('ibm', 'feedback_item_ratings', 'ISOLATED')).toEqual(['ibm_feedback_user_id']);
  expect(getUserIdHeaders('ibm', 'course_grades', 'ISOLATED')).toEqual(['ibm_user_id']);
});

test('files are classified as tables, per-course id tables, known extras or unknown', () => {
  expect(classifyFile('courses.csv', 'ibm')).toMatchObject({ kind: 'table' });
  expect(classifyFile('ibm_data_basics_user_ids.csv', 'ibm')).toEqual({ kind: 'course-user-ids', name: 'ibm_data_basics_user_ids.csv', courseKey: 'data_basics' });
  expect(classifyFile('course_passing_states.csv', 'ibm')).toEqual({ kind: 'ignored', name: 'course_passing_states.csv', warning: null });
  expect(classifyFile('setup.sql', 'ibm')).toEqual({ kind: 'ignored', name: 'setup.sql', warning: null });
  expect(classifyFile('discussion_answers.csv', 'ibm')).toMatchObject({ kind: 'ignored', warning: expect.stringContaining('does not use') });
});

test('an export needs courses and course_memberships', () => {
  const files = ['courses.csv', 'course_progress.csv'].map((name) => classifyFile(name, 'ibm'));
  expect(() => assertIsExport(files, 'x.zip')).toThrow(/course_memberships\.csv: required table missing/);
  expect(() => assertIsExport([classifyFile('notes.txt', null)], 'x.zip')).toThrow(/not a Coursera research export/);
});
