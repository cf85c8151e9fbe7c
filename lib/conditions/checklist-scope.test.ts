import { describe, expect, test } from 'vitest';
import { expandChecklist, inferChecklistScope } from './checklist-scope';

describe('inferChecklistScope', () => {
  test("FIBAA's 'for each of the six courses' means one item per certificate", () => {
    expect(inferChecklistScope('For each of the six courses, Coursera and IBM implement a learner workload evaluation system')).toBe('CERTIFICATE');
    expect(inferChecklistScope('Coursera and IBM provide a deduction of the intended EQF levels of each of the respective courses.')).toBe('CERTIFICATE');
  });

  test('modules are our courses', () => {
    expect(inferChecklistScope('For each module, the workload is documented.')).toBe('COURSE');
  });

  test('a condition without "each" is one item', () => {
    expect(inferChecklistScope('Coursera and IBM ensure correct documentation about the ECTS credit awarding')).toBe('CONDITION');
  });
});

describe('expandChecklist', () => {
  const certificates = [
    {
      id: 'a',
      name: 'Data Science',
      courses: [
        { courseId: 'py', position: 2, name: 'Python' },
        { courseId: 'intro', position: 1, name: 'Intro' },
      ],
    },
    { id: 'b', name: 'Data Engineering', courses: [{ courseId: 'py', position: 1, name: 'Python' }] },
  ];

  test('one item per certificate', () => {
    expect(expandChecklist('CERTIFICATE', 'Condition 2', certificates).map((item) => item.certificateId)).toEqual(['a', 'b']);
  });

  test('one item per course, a shared course once, in certificate order', () => {
    expect(expandChecklist('COURSE', 'Condition 2', certificates).map((item) => item.courseId)).toEqual(['intro', 'py']);
  });

  test('one item for the whole condition', () => {
    expect(expandChecklist('CONDITION', 'Condition 4', certificates)).toEqual([{ certificateId: null, courseId: null, title: 'Condition 4' }]);
  });
});
