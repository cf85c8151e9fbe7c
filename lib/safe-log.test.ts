import { expect, test } from 'vitest';
import { toSafeLogLine } from './safe-log';

test('masks quoted, bracketed and assigned values; keeps name, code and frames', () => {
  const error = Object.assign(new Error('duplicate key value violates unique constraint "x_pkey" Key (learner_id)=(a1b2c3) already exists; input "Jane Doe"'), {
    code: '23505',
  });
  const line = toSafeLogLine(error);
  expect(line).toMatch(/^Error \[23505\]: duplicate key value violates unique constraint … Key …… already exists; input …/);
  expect(line).not.toMatch(/a1b2c3|Jane Doe/);
  expect(line).toContain('at ');
});
