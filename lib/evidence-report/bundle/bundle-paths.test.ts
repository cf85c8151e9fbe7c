import { expect, test } from 'vitest';
import { buildEvidencePath, buildFiguresPath, toFileStem, toSafePathSegment } from './bundle-paths';

test('file names lose folders, dots in front and anything but letters, digits, dot, dash, underscore', () => {
  expect(toSafePathSegment('../../etc/passwd', 'x')).toBe('etc_passwd');
  expect(toSafePathSegment('Prüfbericht 2024 (final).pdf', 'x')).toBe('Prufbericht_2024_final_.pdf');
  expect(toSafePathSegment('=HYPERLINK("a").csv', 'x')).toBe('HYPERLINK_a_.csv');
  expect(toSafePathSegment('...', 'fallback')).toBe('fallback');
  expect(toSafePathSegment('', 'fallback')).toBe('fallback');
});

test('a long name keeps its end, so the extension survives', () => {
  const segment = toSafePathSegment(`${'a'.repeat(200)}.pdf`, 'x');
  expect(segment).toHaveLength(80);
  expect(segment.endsWith('.pdf')).toBe(true);
});

test('file stems read like the subject', () => {
  expect(toFileStem('FIBAA', '23/016')).toBe('fibaa-23-016');
  expect(toFileStem('ibm-data-science')).toBe('ibm-data-science');
  expect(toFileStem('///')).toBe('report');
});

test('each evidence kind has its file: the upload, the URL text, or the frozen JSON', () => {
  const base = { procedureStem: 'fibaa-23-016', conditionNumber: 2, evidenceId: 'ckv1', revision: 3 };
  expect(buildEvidencePath({ ...base, kind: 'FILE', fileName: 'survey results.xlsx' })).toBe('evidence/fibaa-23-016/condition-2/ckv1/r3-survey_results.xlsx');
  expect(buildEvidencePath({ ...base, kind: 'LINK', fileName: null })).toBe('evidence/fibaa-23-016/condition-2/ckv1/r3-link.txt');
  expect(buildEvidencePath({ ...base, kind: 'METRIC_SNAPSHOT', fileName: null })).toBe('evidence/fibaa-23-016/condition-2/ckv1/r3-metric-snapshot.json');
  expect(buildEvidencePath({ ...base, kind: 'CONTROL_LOOP', fileName: null })).toBe('evidence/fibaa-23-016/condition-2/ckv1/r3-control-loop.json');
  expect(buildFiguresPath('ibm-data-science')).toBe('figures/ibm-data-science.json');
});
