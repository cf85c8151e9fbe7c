// The plain-English definition of every metric CertQA shows, worded as DESIGN.md's metric
// contract. One text serves the definition tooltip of a chart, the CLI's --json output and the
// evidence PDF, so an auditor reads the same definition wherever a figure appears. When a
// definition changes, METRIC_DEFINITIONS_VERSION changes too, so a frozen metric snapshot can say
// which wording it was computed under.

/** Bumped whenever a label, definition or unit below changes (date of the change, then a counter). */
export const METRIC_DEFINITIONS_VERSION = '2026-11-23.1';

export const METRIC_IDS = [
  'enrolled',
  'completers',
  'completionRate',
  'paying',
  'payingCompleters',
  'paidCompletionRate',
  'wasPaymentCompletionRate',
  'certificateEnrolled',
  'certificateCompleters',
  'funnel',
  'timeToCompletion',
  'star',
  'nps',
  'itemHotSpots',
  'estimatedHours',
  'ectsLedger',
  'weeklyFeasibility',
] as const;

export type TMetricId = (typeof METRIC_IDS)[number];

export type TMetricUnit = 'learners' | 'fraction' | 'days' | 'score' | 'stars' | 'hours' | 'credits';

export type TMetricDefinition = {
  /** Short name for headings and table columns. */
  label: string;
  /** One or two plain-English sentences: the metric contract of DESIGN.md for this figure. */
  definition: string;
  /** What the figure counts or measures; fractions are in [0, 1] and formatted as percentages. */
  unit: TMetricUnit;
};

export const METRIC_DEFINITIONS: Readonly<Record<TMetricId, Readonly<TMetricDefinition>>> = freezeDefinitions({
  enrolled: {
    label: 'Enrolled',
    definition: 'Distinct learners with any course_memberships row for the course with role LEARNER; a later NOT_ENROLLED still counts.',
    unit: 'learners',
  },
  completers: {
    label: 'Completers',
    definition: 'Enrolled learners who passed the course, i.e. who have a course_grades row for it with course_passing_state_id 1 or 2.',
    unit: 'learners',
  },
  completionRate: {
    label: 'Completion rate',
    definition: 'Completers divided by enrolled learners of the course, with a Wilson 95 % interval.',
    unit: 'fraction',
  },
  paying: {
    label: 'Paying learners',
    definition:
      'Enrolled learners whose users_courses__certificate_payments row for the course has met_payment_condition true, which covers payment, financial aid and group sponsorship (the guide defines it as their OR).',
    unit: 'learners',
  },
  payingCompleters: {
    label: 'Paying completers',
    definition:
      'Paying learners (met_payment_condition true) who passed the course, i.e. who have a course_grades row for it with course_passing_state_id 1 or 2.',
    unit: 'learners',
  },
  paidCompletionRate: {
    label: 'Paid completion rate',
    definition: 'Completers among paying learners divided by paying learners (met_payment_condition true), with a Wilson 95 % interval.',
    unit: 'fraction',
  },
  wasPaymentCompletionRate: {
    label: 'Paid completion rate (payment only)',
    definition:
      'The paid completion rate for the subset whose certificate payments row has was_payment true, excluding financial aid and group sponsorship: completers among them divided by them, with a Wilson 95 % interval.',
    unit: 'fraction',
  },
  certificateEnrolled: {
    label: 'Certificate enrolled',
    definition: 'Learners enrolled (with role LEARNER) in at least one course of the certificate.',
    unit: 'learners',
  },
  certificateCompleters: {
    label: 'Certificate completers',
    definition: 'Learners who passed every course of the certificate, i.e. who have a course_grades row with course_passing_state_id 1 or 2 for each of them.',
    unit: 'learners',
  },
  funnel: {
    label: 'Funnel',
    definition:
      "For each course of the certificate, in the certificate's order: learners enrolled in it, learners who passed it, and learners who passed it and every course before it.",
    unit: 'learners',
  },
  timeToCompletion: {
    label: 'Time to completion',
    definition:
      "For each completer, the passing course_grade_ts minus the learner's first LEARNER membership timestamp in the course. Reported in days as median and quartiles.",
    unit: 'days',
  },
  star: {
    label: 'Star rating',
    definition:
      "Ratings with feedback_system 'STAR' only, on the 1–5 scale. Shown as n, mean, distribution over 1–5 stars, share of 5 stars and the monthly mean.",
    unit: 'stars',
  },
  nps: {
    label: 'Net Promoter Score',
    definition:
      'Computed for NPS_FIRST_WEEK and NPS_END_OF_COURSE separately, never mixed with each other or with STAR; promoters rate 9 or 10 (≥ 9), detractors 0 to 6 (≤ 6) on the 0–10 scale. NPS = 100·(P − D)/n, from −100 to 100, with a 95 % interval.',
    unit: 'score',
  },
  itemHotSpots: {
    label: 'Item hot spots',
    definition:
      'Per item, from feedback_item_ratings with feedback_system LIKE_OR_DISLIKE: the number of ratings n and the share that are dislikes. Items flagged in feedback_item_comments are marked.',
    unit: 'fraction',
  },
  estimatedHours: {
    label: 'Estimated hours',
    definition:
      "Each course's estimated hours as stated in the certificate's definition, summed per certificate. Optionally derived bottom-up from the items' time commitments.",
    unit: 'hours',
  },
  ectsLedger: {
    label: 'ECTS ledger',
    definition:
      'Exact credits = hours / 25, set against the stated credits, with implied hours per credit = hours / stated credits. Flagged when outside the 25–30 hours per credit band or when the stated credits differ from the rounding rule the procedure declares.',
    unit: 'credits',
  },
  weeklyFeasibility: {
    label: 'Weekly feasibility',
    definition: "Estimated hours divided by the weeks of the certificate's intended duration, compared with the guideline of 10 hours per week.",
    unit: 'hours',
  },
});

/** Freezes the map and every entry, so no caller can reword a definition for one page only. */
export function freezeDefinitions(definitions: Record<TMetricId, TMetricDefinition>): Readonly<Record<TMetricId, Readonly<TMetricDefinition>>> {
  for (const entry of Object.values(definitions)) Object.freeze(entry);
  return Object.freeze(definitions);
}
