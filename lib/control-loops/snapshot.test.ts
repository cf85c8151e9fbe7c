import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { computeWaveAnalysis } from './analyze-wave';
import { buildLoopEvidenceSnapshot, getLoopEvidenceDate } from './evidence-snapshot';
import { freezeSnapshot, parseSnapshot, ZWaveAnalysis } from './snapshot';

const analysis = computeWaveAnalysis({
  certificate: { id: 'cert', slug: 'cert', name: 'Cert' },
  wave: { id: 'w1', name: 'Spring', sourceName: 'spring.csv', sha256: 'f'.repeat(64), importedAt: new Date('2024-04-01T00:00:00Z') },
  courses: [{ courseId: 'c1', courseraCourseId: 'A', name: 'First', position: 1, estimatedHours: 8.5 }],
  responses: [1, 2, 3, 4, 5].map((day) => ({
    courseraCourseId: 'A',
    reportedHours: day * 1.1,
    comparison: 'HIGHER' as const,
    submittedAt: new Date(Date.UTC(2024, 2, day)),
  })),
  minimumGroupSize: 5,
});

test('the hash is over the exact stored text, and the text reads back to the same analysis', () => {
  const frozen = freezeSnapshot(analysis);
  expect(frozen.sha256).toBe(createHash('sha256').update(frozen.json).digest('hex'));
  expect(parseSnapshot(ZWaveAnalysis, frozen.json, 'analysis')).toEqual(analysis);
});

test('a stored text that does not match the format is reported as corrupted', () => {
  expect(() => parseSnapshot(ZWaveAnalysis, JSON.stringify({ ...analysis, schemaVersion: 2 }), 'baseline analysis')).toThrow(
    'The stored baseline analysis does not match its format',
  );
});

test('evidence embeds each frozen part so that it re-serialises to the text its hash was taken over', () => {
  const baseline = freezeSnapshot(analysis);
  const evidence = buildLoopEvidenceSnapshot({
    id: 'loop',
    title: 'Workload 2024',
    status: 'MEASURES',
    certificate: analysis.certificate,
    createdAt: new Date('2024-04-02T00:00:00Z'),
    baselineSnapshot: baseline.json,
    baselineSha256: baseline.sha256,
    baselineFrozenAt: new Date('2024-04-02T00:00:00Z'),
    followUpSnapshot: null,
    followUpSha256: null,
    followUpFrozenAt: null,
    comparison: null,
    closedAt: null,
    closingNote: null,
    measures: [
      {
        title: 'Restate hours',
        ownerOrganisation: 'IBM',
        ownerPerson: null,
        dueOn: new Date('2024-06-30T00:00:00Z'),
        status: 'PLANNED',
        expectedEffect: 'Estimates match',
      },
    ],
  });
  expect(createHash('sha256').update(JSON.stringify(evidence.baseline.analysis)).digest('hex')).toBe(evidence.baseline.sha256);
  expect(evidence.followUp).toBeNull();
  expect(evidence.measures[0]?.dueOn).toBe('2024-06-30');
  expect(getLoopEvidenceDate({ baselineSnapshot: baseline.json, followUpSnapshot: null, baselineFrozenAt: new Date(0) }).toISOString()).toBe(
    '2024-03-05T00:00:00.000Z',
  );
});
