import { expect, test } from 'vitest';
import { METRIC_DEFINITIONS, METRIC_IDS } from './metric-definitions';
import { getMetricDefinitions, METRIC_DEFINITIONS_DE } from './metric-definitions-de';

/**
 * The parts of a definition that must not be translated: backticked text, quoted literals
 * ('STAR'; an apostrophe after a letter is a possessive, not a quote), snake_case and UPPER_CASE identifiers (course_passing_state_id, NOT_ENROLLED,
 * LEARNER), and the numbers (25, 95, 1 …).
 */
function technicalTokens(text: string): string[] {
  const patterns = [/`[^`]+`/g, /(?<!\p{L})'[^'\s]+'/gu, /\b[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+\b/g, /\b[A-Z][A-Z0-9]{2,}\b/g, /\d+/g];
  return [...new Set(patterns.flatMap((pattern) => text.match(pattern) ?? []))];
}

test('the German definitions cover exactly the ids of the English ones, with the same units', () => {
  expect(Object.keys(METRIC_DEFINITIONS_DE).sort()).toEqual([...METRIC_IDS].sort());
  for (const id of METRIC_IDS) expect(METRIC_DEFINITIONS_DE[id].unit, id).toBe(METRIC_DEFINITIONS[id].unit);
});

test('every German entry has a label and a definition of its own, ending with a full stop', () => {
  for (const id of METRIC_IDS) {
    const { label, definition } = METRIC_DEFINITIONS_DE[id];
    expect(label.trim(), id).not.toBe('');
    expect(definition.endsWith('.'), id).toBe(true);
    // Translated, not copied: the wording differs from the English (a proper name like "Net Promoter Score" may stay as a label).
    expect(definition, id).not.toBe(METRIC_DEFINITIONS[id].definition);
  }
  const labels = METRIC_IDS.map((id) => METRIC_DEFINITIONS_DE[id].label);
  expect(new Set(labels).size).toBe(labels.length);
});

test('the German definitions keep every technical identifier and number of the English ones', () => {
  for (const id of METRIC_IDS) {
    const german = METRIC_DEFINITIONS_DE[id].definition;
    for (const token of technicalTokens(METRIC_DEFINITIONS[id].definition)) expect(german, `${id}: ${token}`).toContain(token);
  }
  expect(technicalTokens(METRIC_DEFINITIONS.star.definition)).toContain("'STAR'");
  expect(technicalTokens(METRIC_DEFINITIONS.completers.definition)).toContain('course_passing_state_id');
  expect(METRIC_DEFINITIONS_DE.enrolled.definition).toContain('NOT_ENROLLED');
  expect(METRIC_DEFINITIONS_DE.completionRate.definition).toContain('Wilson 95 %');
  expect(METRIC_DEFINITIONS_DE.ectsLedger.definition).toContain('25–30');
  expect(METRIC_DEFINITIONS_DE.nps.definition).toContain('≥ 9');
  expect(METRIC_DEFINITIONS_DE.nps.definition).toContain('≤ 6');
});

test('the German definitions cannot be changed at run time', () => {
  expect(Object.isFrozen(METRIC_DEFINITIONS_DE)).toBe(true);
  for (const id of METRIC_IDS) expect(Object.isFrozen(METRIC_DEFINITIONS_DE[id]), id).toBe(true);
});

test('getMetricDefinitions gives the definitions of the reader’s language', () => {
  expect(getMetricDefinitions('en')).toBe(METRIC_DEFINITIONS);
  expect(getMetricDefinitions('de')).toBe(METRIC_DEFINITIONS_DE);
});
