import { expect, test } from 'vitest';
import { METRIC_DEFINITIONS, METRIC_DEFINITIONS_VERSION, METRIC_IDS, type TMetricUnit } from './metric-definitions';

const UNITS: readonly TMetricUnit[] = ['learners', 'fraction', 'days', 'score', 'stars', 'hours', 'credits'];

test('every metric id has exactly one definition', () => {
  expect(Object.keys(METRIC_DEFINITIONS).sort()).toEqual([...METRIC_IDS].sort());
  expect(new Set(METRIC_IDS).size).toBe(METRIC_IDS.length);
});

test('every entry has a non-empty label and definition and a known unit', () => {
  for (const id of METRIC_IDS) {
    const entry = METRIC_DEFINITIONS[id];
    expect(entry.label.trim(), id).not.toBe('');
    expect(entry.definition.trim(), id).not.toBe('');
    expect(UNITS, id).toContain(entry.unit);
  }
});

test('every definition is one or two sentences ending with a full stop', () => {
  for (const id of METRIC_IDS) {
    const { definition } = METRIC_DEFINITIONS[id];
    expect(definition.endsWith('.'), id).toBe(true);
    const sentences = definition.split(/(?<=\.)\s+(?=[A-Z])/);
    expect(sentences.length, `${id}: ${definition}`).toBeLessThanOrEqual(2);
  }
});

test('labels are unique, so a table column never names two metrics', () => {
  const labels = METRIC_IDS.map((id) => METRIC_DEFINITIONS[id].label);
  expect(new Set(labels).size).toBe(labels.length);
});

test('definitions carry the points of the metric contract that are easy to get wrong', () => {
  expect(METRIC_DEFINITIONS.enrolled.definition).toContain('NOT_ENROLLED still counts');
  expect(METRIC_DEFINITIONS.completers.definition).toContain('course_passing_state_id 1 or 2');
  expect(METRIC_DEFINITIONS.completionRate.definition).toContain('Wilson 95 %');
  expect(METRIC_DEFINITIONS.paying.definition).toContain('met_payment_condition');
  expect(METRIC_DEFINITIONS.wasPaymentCompletionRate.definition).toContain('was_payment');
  expect(METRIC_DEFINITIONS.nps.definition).toContain('never mixed');
  expect(METRIC_DEFINITIONS.nps.definition).toContain('≥ 9');
  expect(METRIC_DEFINITIONS.nps.definition).toContain('≤ 6');
  expect(METRIC_DEFINITIONS.star.definition).toContain("'STAR' only");
  expect(METRIC_DEFINITIONS.ectsLedger.definition).toContain('25–30');
  expect(METRIC_DEFINITIONS.weeklyFeasibility.definition).toContain('10 hours per week');
});

test('the definitions carry a dated version', () => {
  expect(METRIC_DEFINITIONS_VERSION).toBe('2026-11-23.1');
  expect(METRIC_DEFINITIONS_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
});

test('the definitions cannot be changed at run time', () => {
  expect(Object.isFrozen(METRIC_DEFINITIONS)).toBe(true);
  for (const id of METRIC_IDS) expect(Object.isFrozen(METRIC_DEFINITIONS[id]), id).toBe(true);
});
