/*
 * One learner's history, regenerated on demand from (seed, learner index) so that no table has to keep learners in
 * memory: `planLearner` decides the cheap part (certificate, payment, which courses, when, how far, pass or not,
 * course ratings), `walkEnrolment` expands one enrolment into item-level events (progress, item grades, item
 * feedback) from its own PRNG stream. Every table that needs a learner calls these again and gets the same answer.
 *
 * Behaviour modelled (calibrated against the FIBAA report's figures, see generate-demo-export.test.ts):
 * - a learner picks one certificate by popularity and works through its courses in order from the first (or, for
 *   some, from a course found by search), dropping out along the way;
 * - about 12 % meet the payment condition (9 % pay, 2 % financial aid, 1 % group-sponsored); paying learners pass
 *   a course they take with probability ~0.7 (minus those still in progress at the export date), free learners
 *   almost never (auditors cannot submit graded items: passing state 3 "not passable");
 * - free learners keep enrolling in the next course about as often as paying learners continue, which keeps the
 *   share of paying learners (and so the completion rate) similar across a certificate's courses.
 */
import { computeCumulativeWeights, createRandom, type TRandom } from './create-random';
import {
  ACTIVITY_START_TS,
  computeSessionBranchIndex,
  computeSessionIndex,
  DAY_MS,
  HOUR_MS,
  ITEM_TYPE,
  MINUTE_MS,
  type TCatalogBranch,
  type TCatalogItem,
  type TDemoCatalog,
} from './demo-catalog';
import { TRICKY_COMMENTS } from './feedback-texts';

// Module-local copies: transpiled ESM imports are property getters, measurably slow in these per-event loops.
const DAY = DAY_MS;
const HOUR = HOUR_MS;
const MINUTE = MINUTE_MS;
const ACTIVITY_START = ACTIVITY_START_TS;
const LECTURE = ITEM_TYPE.lecture;
const SUPPLEMENT = ITEM_TYPE.supplement;
const PRACTICE_QUIZ = ITEM_TYPE.practiceQuiz;
const OTHERS = ITEM_TYPE.others;
const UNGRADED_LTI = ITEM_TYPE.ungradedLti;
const TRICKY_COMMENT_COUNT = TRICKY_COMMENTS.length;

export type TPaymentKind = 'paid' | 'finaid' | 'group' | 'free';

export type TPaymentRow = { met: boolean; payment: boolean; finaid: boolean; group: boolean };

export type TCourseRating = {
  rating: number;
  ts: number;
  /** Seed of the comment left with the rating, or null when the learner left none. */
  commentSeed: number | null;
  /** Index into TRICKY_COMMENTS that this comment must use (showcase learners), else null. */
  forcedComment: number | null;
};

export type TEnrolmentPlan = {
  courseIndex: number;
  branchIndex: number;
  sessionIndex: number;
  /** First LEARNER membership. */
  enrolTs: number;
  browserTs: number | null;
  preEnrolTs: number | null;
  notEnrolledTs: number | null;
  /** A second LEARNER row after NOT_ENROLLED (came back). */
  reEnrolTs: number | null;
  /** A second LEARNER row without leaving: moved to a later session. */
  switchTs: number | null;
  firstActivityTs: number;
  lastActivityTs: number;
  /** Items (in branch order) the learner got to; 0 = enrolled without any activity. */
  reachedItems: number;
  passed: boolean;
  /** Free learner who cannot submit graded items: passing state 3. */
  isAuditOnly: boolean;
  /** Passed with ID verification: passing state 2 (verification was dropped in 2022). */
  isVerified: boolean;
  payment: TPaymentRow | null;
  star: TCourseRating | null;
  npsFirstWeek: TCourseRating | null;
  npsEndOfCourse: TCourseRating | null;
};

export type TLearnerPlan = {
  index: number;
  certificateIndex: number;
  paymentKind: TPaymentKind;
  enrolments: TEnrolmentPlan[];
  /** Browsed and pre-enrolled in the next course, then unenrolled before it started (never a LEARNER there). */
  preEnrolOnly: { courseIndex: number; browserTs: number; preEnrolTs: number; notEnrolledTs: number } | null;
  /** Earliest membership timestamp. */
  firstTs: number;
};

export type TSimulationContext = {
  seed: number;
  catalog: TDemoCatalog;
  certificateWeights: number[];
  /** No activity after this (the export was cut at exportTs). */
  cutoffTs: number;
};

const STAR_PASSED = computeCumulativeWeights([0.02, 0.02, 0.06, 0.22, 0.68]);
const STAR_NOT_PASSED = computeCumulativeWeights([0.08, 0.07, 0.13, 0.27, 0.45]);
// NPS on the 0–10 scale: 0 is rare but occurs; 6, 7 and 8 are common enough that detractors, passives and promoters
// all appear in every sizeable course.
const NPS_FIRST_WEEK = computeCumulativeWeights([0.01, 0.01, 0.01, 0.02, 0.03, 0.05, 0.07, 0.12, 0.18, 0.18, 0.32]);
const NPS_END = computeCumulativeWeights([0.005, 0.005, 0.01, 0.01, 0.02, 0.03, 0.05, 0.09, 0.16, 0.2, 0.42]);

/** Drops the milliseconds: some platform services record whole seconds, so some timestamps have no fraction. */
function truncateToSecond(ts: number): number {
  return ts - (ts % 1000);
}

function drawRating(
  random: TRandom,
  cumulative: readonly number[],
  offset: number,
  commentProbability: number,
  forcedComment: number | null,
  ts: number,
): TCourseRating {
  const rating = random.drawWeighted(cumulative) + offset;
  const hasComment = forcedComment !== null || random.drawChance(commentProbability);
  return { rating, ts, commentSeed: hasComment ? random.drawUint32() : null, forcedComment };
}

export function createSimulationContext(seed: number, catalog: TDemoCatalog, certificateWeights: number[]): TSimulationContext {
  return { seed, catalog, certificateWeights, cutoffTs: catalog.exportTs - 2 * HOUR };
}

/** The learner's certificate alone: the first draw of the plan, so tables about one course can skip other learners cheaply. */
export function drawLearnerCertificate(context: TSimulationContext, learnerIndex: number): number {
  return createRandom(context.seed, 'learner', learnerIndex).drawWeighted(context.certificateWeights);
}

export function planLearner(context: TSimulationContext, learnerIndex: number): TLearnerPlan {
  const { catalog, cutoffTs } = context;
  const random = createRandom(context.seed, 'learner', learnerIndex);
  // Must stay the first draw (see drawLearnerCertificate).
  const certificateIndex = random.drawWeighted(context.certificateWeights);
  const certificate = catalog.certificates[certificateIndex];
  if (!certificate) throw new Error(`no certificate ${certificateIndex}`);
  const kindDraw = random.draw();
  const paymentKind: TPaymentKind = kindDraw < 0.075 ? 'paid' : kindDraw < 0.095 ? 'finaid' : kindDraw < 0.105 ? 'group' : 'free';
  const isPaying = paymentKind !== 'free';

  // More learners in later years (growth), none before the certificate opened or before 2021.
  const earliest = Math.max(ACTIVITY_START, certificate.initialStartTs) + HOUR;
  const latest = cutoffTs - DAY;
  let ts = earliest + Math.floor((latest - earliest) * random.draw() ** 0.8);
  const courseCount = certificate.courseIndexes.length;
  let position = random.drawChance(0.78) ? 0 : random.drawIntBetween(1, courseCount - 1);

  const enrolments: TEnrolmentPlan[] = [];
  let preEnrolOnly: TLearnerPlan['preEnrolOnly'] = null;
  while (position < courseCount && ts < latest) {
    const courseIndex = certificate.courseIndexes[position] as number;
    const enrolment = planEnrolment(context, random, learnerIndex, enrolments.length === 0, courseIndex, paymentKind, ts);
    enrolments.push(enrolment);
    let continues: boolean;
    if (enrolment.passed) {
      continues = random.drawChance(isPaying ? 0.85 : 0.7);
      ts = enrolment.lastActivityTs + HOUR + Math.floor(random.drawExponential(5 * DAY));
    } else {
      continues = random.drawChance(isPaying ? 0.22 : 0.66);
      ts = enrolment.enrolTs + Math.floor(random.drawBetween(1, 45) * DAY);
    }
    position++;
    if (!continues) {
      if (position < courseCount && random.drawChance(0.15)) {
        const browserTs = truncateToSecond(ts);
        const preEnrolTs = browserTs + Math.floor(random.drawBetween(1, 60) * MINUTE);
        const notEnrolledTs = truncateToSecond(preEnrolTs + Math.floor(random.drawBetween(1, 20) * DAY));
        if (notEnrolledTs < cutoffTs) preEnrolOnly = { courseIndex: certificate.courseIndexes[position] as number, browserTs, preEnrolTs, notEnrolledTs };
      }
      break;
    }
  }
  let firstTs = Number.POSITIVE_INFINITY;
  for (const enrolment of enrolments)
    firstTs = Math.min(firstTs, enrolment.browserTs ?? enrolment.enrolTs, enrolment.preEnrolTs ?? enrolment.enrolTs, enrolment.enrolTs);
  return { index: learnerIndex, certificateIndex, paymentKind, enrolments, preEnrolOnly, firstTs };
}

function planEnrolment(
  context: TSimulationContext,
  random: TRandom,
  learnerIndex: number,
  isFirst: boolean,
  courseIndex: number,
  paymentKind: TPaymentKind,
  enrolTs: number,
): TEnrolmentPlan {
  const { catalog, cutoffTs } = context;
  const course = catalog.courses[courseIndex];
  if (!course) throw new Error(`no course ${courseIndex}`);
  const isPaying = paymentKind !== 'free';
  const sessionIndex = Math.max(course.firstSessionIndex, computeSessionIndex(enrolTs));
  const branchIndex = computeSessionBranchIndex(course, sessionIndex);
  const itemCount = course.branches[branchIndex]?.items.length ?? 0;

  const willPass = random.drawChance(isPaying ? 0.64 * course.passFactor : 0.004);
  const firstActivityTs = enrolTs + Math.floor(random.drawBetween(5 * MINUTE, 2 * DAY));
  let reachedItems: number;
  let spanMs: number;
  if (willPass) {
    reachedItems = itemCount;
    // Weeks to months: one to three days per stated hour, with a long tail.
    spanMs = Math.max(2 * DAY, course.hours * random.drawBetween(1, 3.2) * random.drawLogNormalFactor(0.35) * DAY);
  } else {
    const isActive = random.drawChance(isPaying ? 0.95 : 0.68);
    // Free learners mostly sample the first videos; paying ones get further before giving up.
    const fraction = isActive ? (isPaying ? random.drawBetween(0.05, 0.9) : 0.02 + 0.9 * random.draw() ** 1.8) : 0;
    reachedItems = isActive ? Math.max(1, Math.round(itemCount * fraction)) : 0;
    spanMs = Math.max(HOUR, course.hours * fraction * random.drawBetween(0.5, 3) * DAY);
  }
  let passed = willPass;
  let lastActivityTs = firstActivityTs + Math.floor(spanMs);
  if (reachedItems > 0 && lastActivityTs > cutoffTs) {
    // Still working on it when the export was taken: only the part before the cut exists.
    passed = false;
    const available = Math.max(0, (cutoffTs - firstActivityTs) / spanMs);
    reachedItems = Math.floor(reachedItems * available);
    lastActivityTs = reachedItems > 0 ? firstActivityTs + Math.floor(spanMs * available) : enrolTs;
  }
  if (reachedItems === 0) lastActivityTs = enrolTs;
  const isAuditOnly = !isPaying && !passed && reachedItems > 0 && random.drawChance(0.45);
  const isVerified = passed && enrolTs < Date.UTC(2022, 0, 1) && random.drawChance(0.5);

  const browserDelta = random.drawBetween(2 * MINUTE, 10 * DAY);
  const browserTs = random.drawChance(0.45) && enrolTs - browserDelta > ACTIVITY_START ? truncateToSecond(enrolTs - Math.floor(browserDelta)) : null;
  // Pre-enrolled some time after browsing (or up to ten days) before becoming a learner.
  const preEnrolWindow = Math.min(10 * DAY, enrolTs - (browserTs ?? ACTIVITY_START));
  const preEnrolTs = random.drawChance(0.12) && preEnrolWindow > 2000 ? enrolTs - Math.floor(preEnrolWindow * random.drawBetween(0.05, 0.95)) : null;
  let notEnrolledTs: number | null = null;
  let reEnrolTs: number | null = null;
  let switchTs: number | null = null;
  if (!passed && random.drawChance(isPaying ? 0.15 : 0.3)) {
    const candidate = truncateToSecond(lastActivityTs + Math.floor(random.drawBetween(1, 60) * DAY));
    if (candidate < cutoffTs) notEnrolledTs = candidate;
  }
  if (notEnrolledTs !== null && random.drawChance(0.2)) {
    const candidate = notEnrolledTs + Math.floor(random.drawBetween(7, 180) * DAY);
    if (candidate < cutoffTs) reEnrolTs = candidate;
  }
  if (notEnrolledTs === null && random.drawChance(0.04)) {
    const candidate = enrolTs + Math.floor(random.drawBetween(20, 120) * DAY);
    if (candidate < cutoffTs) switchTs = candidate;
  }

  let payment: TPaymentRow | null = null;
  if (paymentKind === 'paid') payment = { met: true, payment: true, finaid: false, group: false };
  else if (paymentKind === 'finaid') payment = { met: true, payment: false, finaid: true, group: false };
  else if (paymentKind === 'group') payment = { met: true, payment: false, finaid: false, group: true };
  // A cancelled free trial leaves a row with every flag false.
  else if (random.drawChance(0.06)) payment = { met: false, payment: false, finaid: false, group: false };

  // Course ratings. Learners 0…15 each leave one of the awkward comments on their first course, so that every
  // export of at least 16 learners contains all of them.
  const forcedComment = isFirst && learnerIndex < TRICKY_COMMENT_COUNT ? learnerIndex : null;
  const lateTs = cutoffTs - MINUTE;
  const progressFraction = itemCount > 0 ? reachedItems / itemCount : 0;
  let star: TCourseRating | null = null;
  const starProbability = passed ? 0.45 : progressFraction > 0.3 ? 0.1 : reachedItems > 0 ? 0.03 : 0;
  if (forcedComment !== null || random.drawChance(starProbability)) {
    const ratingTs = passed ? lastActivityTs + random.drawBetween(MINUTE, 2 * DAY) : firstActivityTs + (lastActivityTs - firstActivityTs) * random.draw();
    star = drawRating(random, passed ? STAR_PASSED : STAR_NOT_PASSED, 1, 0.45, forcedComment, Math.min(lateTs, Math.floor(ratingTs)));
  }
  let npsFirstWeek: TCourseRating | null = null;
  const firstWeekTs = firstActivityTs + 7 * DAY + Math.floor(random.drawBetween(0, 2 * DAY));
  if (reachedItems > 0 && firstWeekTs < lateTs && random.drawChance(0.14)) npsFirstWeek = drawRating(random, NPS_FIRST_WEEK, 0, 0.3, null, firstWeekTs);
  let npsEndOfCourse: TCourseRating | null = null;
  if (passed && random.drawChance(0.35)) {
    npsEndOfCourse = drawRating(random, NPS_END, 0, 0.3, null, Math.min(lateTs, lastActivityTs + Math.floor(random.drawBetween(MINUTE, DAY))));
  }

  return {
    courseIndex,
    branchIndex,
    sessionIndex,
    enrolTs,
    browserTs,
    preEnrolTs,
    notEnrolledTs,
    reEnrolTs,
    switchTs,
    firstActivityTs,
    lastActivityTs,
    reachedItems,
    passed,
    isAuditOnly,
    isVerified,
    payment,
    star,
    npsFirstWeek,
    npsEndOfCourse,
  };
}

export type TProgressEvent = { itemIndex: number; state: 1 | 2; ts: number };
export type TItemGradeEvent = { itemIndex: number; ts: number; state: 0 | 1 | 2; grade: number };
export type TItemRatingEvent = { itemIndex: number; ts: number; rating: 0 | 1 };
export type TItemFlagEvent = { itemIndex: number; ts: number; categoryDraw: number; textSeed: number; active: boolean };
export type TCourseGradeEvent = { ts: number; state: 0 | 1 | 2 | 3; passedItems: number; overall: number };

export type TEnrolmentEvents = {
  branch: TCatalogBranch;
  progress: TProgressEvent[];
  itemGrades: TItemGradeEvent[];
  itemRatings: TItemRatingEvent[];
  itemFlags: TItemFlagEvent[];
  /** Null for learners without any activity (no course_grades row). */
  courseGrade: TCourseGradeEvent | null;
};

function drawItemDurationMs(random: TRandom, item: TCatalogItem): number {
  if (item.typeId === LECTURE) return Math.floor((item.lectureDurationMs ?? item.timeCommitment * MINUTE) * random.drawBetween(1, 1.4));
  return Math.max(20_000, Math.floor(item.timeCommitment * MINUTE * random.drawBetween(0.5, 1.5)));
}

/** Probability that a learner skips an ungraded item entirely (no progress rows). */
function getSkipProbability(typeId: number): number {
  switch (typeId) {
    case SUPPLEMENT:
      return 0.1;
    case UNGRADED_LTI:
      return 0.15;
    case PRACTICE_QUIZ:
      return 0.12;
    case OTHERS:
      return 0.5;
    default:
      return 0.02;
  }
}

function getCompletionProbability(typeId: number): number {
  switch (typeId) {
    case LECTURE:
      return 0.95;
    case SUPPLEMENT:
      return 0.97;
    case PRACTICE_QUIZ:
      return 0.9;
    default:
      return 0.8;
  }
}

/**
 * Item-level history of one enrolment. Study sessions of consecutive items are separated by breaks; the breaks
 * absorb the time between the plan's first and last activity, so the events fit the plan exactly.
 */
export function walkEnrolment(context: TSimulationContext, learnerIndex: number, enrolment: TEnrolmentPlan): TEnrolmentEvents {
  const course = context.catalog.courses[enrolment.courseIndex];
  const branch = course?.branches[enrolment.branchIndex];
  if (!course || !branch) throw new Error(`no branch ${enrolment.branchIndex} of course ${enrolment.courseIndex}`);
  const events: TEnrolmentEvents = { branch, progress: [], itemGrades: [], itemRatings: [], itemFlags: [], courseGrade: null };
  const count = enrolment.reachedItems;
  if (count === 0) return events;
  const random = createRandom(context.seed, 'walk', learnerIndex, enrolment.courseIndex);
  const items = branch.items;

  // Start times: s[j] = s[j-1] + gap[j], gap ≥ the previous item's duration.
  const durations = new Array<number>(count);
  for (let j = 0; j < count; j++) durations[j] = drawItemDurationMs(random, items[j] as TCatalogItem);
  const breakProbability = 1 / random.drawBetween(3, 9);
  const gaps = new Array<number>(count).fill(0);
  const isBreak = new Array<boolean>(count).fill(false);
  const breakWeights = new Array<number>(count).fill(0);
  let fixedMs = durations[count - 1] as number;
  let breakWeightSum = 0;
  let breakCount = 0;
  for (let j = 1; j < count; j++) {
    const previous = durations[j - 1] as number;
    if (random.drawChance(breakProbability)) {
      isBreak[j] = true;
      breakWeights[j] = random.drawBetween(0.3, 1.7);
      breakWeightSum += breakWeights[j] as number;
      breakCount++;
      gaps[j] = previous;
    } else {
      gaps[j] = previous + Math.floor(random.drawBetween(3_000, 90_000));
    }
    fixedMs += gaps[j] as number;
  }
  const spanMs = enrolment.lastActivityTs - enrolment.firstActivityTs;
  const breakTotal = spanMs - fixedMs;
  let scale = 1;
  if (breakCount > 0 && breakTotal >= breakCount * 10 * MINUTE) {
    for (let j = 1; j < count; j++) if (isBreak[j]) gaps[j] = (gaps[j] as number) + Math.floor((breakTotal * (breakWeights[j] as number)) / breakWeightSum);
  } else if (fixedMs > spanMs && fixedMs > 0) {
    // More work than time: compress everything into the span (the learner was quick).
    scale = spanMs / fixedMs;
  }

  const isPassed = enrolment.passed;
  const itemState: 1 | 2 = enrolment.isVerified ? 2 : 1;
  const lastTs = enrolment.lastActivityTs;
  const latestFeedbackTs = context.cutoffTs - MINUTE;
  let gradedLeft = branch.gradedItemCount;
  let startTs = enrolment.firstActivityTs;
  let lastGradeTs = -1;
  let lastEventTs = startTs;
  let passedItems = 0;
  let weightedGrade = 0;
  for (let j = 0; j < count; j++) {
    const item = items[j] as TCatalogItem;
    if (j > 0) startTs += Math.floor((gaps[j] as number) * scale);
    if (startTs > lastTs) startTs = lastTs;
    const durationMs = Math.floor((durations[j] as number) * scale);
    const endTs = Math.min(lastTs, startTs + durationMs);
    const isLast = j === count - 1;
    if (item.isGraded) gradedLeft--;

    if (!item.isGraded && !isLast && random.drawChance(getSkipProbability(item.typeId))) continue;
    let completed = false;
    let reopenTs: number | null = null;
    if (item.isGraded) {
      if (enrolment.isAuditOnly) {
        // Auditors can open a graded item but not submit it.
        if (!random.drawChance(0.6)) continue;
        events.progress.push({ itemIndex: j, state: 1, ts: startTs });
        lastEventTs = Math.max(lastEventTs, startTs);
        continue;
      }
      let grade: number;
      if (isPassed) {
        grade = 0.7 + 0.3 * random.draw() ** 0.7;
      } else {
        if (!random.drawChance(isLast ? 0.5 : 0.85)) {
          events.progress.push({ itemIndex: j, state: 1, ts: startTs });
          lastEventTs = Math.max(lastEventTs, startTs);
          continue;
        }
        grade = 0.3 + 0.7 * random.draw() ** 0.6;
        // A learner who did not pass the course must not have passed every graded item.
        if (gradedLeft === 0 && passedItems === branch.gradedItemCount - 1 && grade >= 0.7) grade = 0.4 + 0.29 * random.draw();
      }
      grade = Math.round(grade * 10_000) / 10_000;
      const isItemPassed = grade >= 0.7;
      completed = isItemPassed;
      if (isItemPassed) passedItems++;
      weightedGrade += (item.weightPercent * grade) / 100;
      events.itemGrades.push({ itemIndex: j, ts: endTs, state: isItemPassed ? itemState : 0, grade });
      lastGradeTs = Math.max(lastGradeTs, endTs);
      // Opened again during the attempt (e.g. after a failed first submission); never at the first start's timestamp.
      if (random.drawChance(0.15)) reopenTs = startTs + Math.floor(durationMs / 2) + 1;
    } else {
      completed = random.drawChance(isLast && !isPassed ? 0.35 : getCompletionProbability(item.typeId));
    }
    events.progress.push({ itemIndex: j, state: 1, ts: startTs });
    if (reopenTs !== null) events.progress.push({ itemIndex: j, state: 1, ts: reopenTs });
    if (completed) events.progress.push({ itemIndex: j, state: 2, ts: endTs });
    lastEventTs = Math.max(lastEventTs, completed ? endTs : startTs);
    if (item.typeId === LECTURE && random.drawChance(0.06)) {
      // Rewatched later.
      events.progress.push({ itemIndex: j, state: 1, ts: startTs + Math.floor((lastTs - startTs) * random.drawBetween(0.1, 1)) + 1 });
    }

    const feedbackTs = Math.min(latestFeedbackTs, endTs + Math.floor(random.drawBetween(5_000, 10 * MINUTE)));
    if (random.drawChance(item.isHotSpot ? 0.12 : 0.012)) {
      events.itemRatings.push({ itemIndex: j, ts: feedbackTs, rating: random.drawChance(item.isHotSpot ? 0.65 : 0.12) ? 0 : 1 });
    }
    if (random.drawChance(item.isHotSpot ? 0.03 : 0.0015)) {
      const isRecent = feedbackTs > context.catalog.exportTs - 120 * DAY;
      events.itemFlags.push({
        itemIndex: j,
        ts: feedbackTs + 1,
        categoryDraw: item.isHotSpot ? random.drawInt(3) : random.drawInt(6),
        textSeed: random.drawUint32(),
        active: random.drawChance(isRecent ? 0.7 : 0.1),
      });
    }
  }

  const state: 0 | 1 | 2 | 3 = isPassed ? itemState : enrolment.isAuditOnly ? 3 : 0;
  events.courseGrade = {
    ts: lastGradeTs >= 0 ? lastGradeTs : lastEventTs,
    state,
    passedItems,
    overall: state === 3 ? 0 : Math.round(weightedGrade * 10_000) / 10_000,
  };
  return events;
}
