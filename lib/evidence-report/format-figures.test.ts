import { expect, test } from 'vitest';
import type { TCertificateMetrics } from '@/lib/metrics/queries';
import { formatBytes, formatCount, formatKeyFigureLines, formatNps, formatRateWithN, formatStarMean } from './format-figures';

test('rates carry their interval and n; withheld figures say why', () => {
  expect(formatRateWithN({ value: 56 / 769, numerator: 56, n: 769, interval: { low: 0.0565, high: 0.0934 }, suppressed: null })).toBe(
    '7.3 % (95 % CI 5.7–9.3 %), n = 769',
  );
  expect(formatRateWithN({ value: null, numerator: null, n: 3, interval: null, suppressed: 'fewer than 5 learners (n = 3)' })).toBe(
    'withheld (fewer than 5 learners (n = 3))',
  );
  expect(formatCount(1479)).toBe('1,479');
  expect(formatCount(null)).toBe('withheld');
});

test('NPS and star means carry interval and n', () => {
  expect(formatNps({ n: 40, promoters: 18, passives: 12, detractors: 10, score: 20, interval: { low: -7.4, high: 47.4 }, suppressed: null })).toBe(
    '20 (95 % CI -7 to 47), n = 40',
  );
  expect(
    formatNps({ n: 3, promoters: null, passives: null, detractors: null, score: null, interval: null, suppressed: 'fewer than 5 respondents (n = 3)' }),
  ).toBe('withheld (fewer than 5 respondents (n = 3))');
  expect(formatStarMean({ n: 68, mean: 4.32, meanInterval: { low: 4.09, high: 4.56 }, suppressed: null })).toBe('4.32 (95 % CI 4.09–4.56), n = 68');
});

test('sizes read in B, KiB and MiB', () => {
  expect([formatBytes(88), formatBytes(2048), formatBytes(3 * 1024 * 1024), formatBytes(null)]).toEqual(['88 B', '2.0 KiB', '3.0 MiB', '—']);
});

test('the key figure lines are what the PDF prints for a certificate', () => {
  const metrics = {
    certificateEnrolled: 1479,
    certificateCompleters: null,
    certificateCompletion: { value: null, numerator: null, n: 1479, interval: null, suppressed: 'fewer than 5 completers' },
  } as Pick<TCertificateMetrics, 'certificateEnrolled' | 'certificateCompleters' | 'certificateCompletion'>;
  expect(formatKeyFigureLines(metrics as TCertificateMetrics)).toEqual([
    'Enrolled in at least one course: 1,479',
    'Completed every course: withheld',
    'Certificate completion: withheld (fewer than 5 completers)',
  ]);
});
