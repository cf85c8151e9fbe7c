/*
 * The course catalogue of the demo export: the six IBM certificates of FIBAA report 23/016 and their courses,
 * branches, modules, lessons, items and on-demand sessions. It is small (50 courses, a few thousand items), so it is
 * built once and kept in memory; only learner data is streamed.
 *
 * Course structure depends on the course name only, never on the learner seed, so that two demo exports with
 * different seeds look like two exports of the same courses (same course and item ids), as real successive exports do.
 */
import { createHash } from 'node:crypto';
import fibaa from '@/lib/demo/fixtures/fibaa-23-016-ibm.json';
import { computeCumulativeWeights, computeHash32, createRandom, type TRandom } from './create-random';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Learner activity starts here (the brief: dates between 2021-01 and the export date). A Monday. */
export const ACTIVITY_START_TS = Date.UTC(2021, 0, 4);
/** On-demand sessions start every four weeks from ACTIVITY_START_TS; a learner joins the session open at enrolment. */
export const SESSION_PERIOD_MS = 28 * DAY_MS;

export const ITEM_TYPE = {
  lecture: 1,
  supplement: 2,
  practiceQuiz: 5,
  exam: 6,
  others: 7,
  phasedPeer: 12,
  gradedLti: 13,
  ungradedLti: 14,
} as const;

/**
 * `course_item_types`. The brief fixes 1 lecture, 2 supplement, 5 quiz, 6 exam, 7 others, 12 phased peer; the rest
 * spreads the 19-value vocabulary of the schema reference over the remaining ids (that pairing is unconfirmed there).
 * The reference records 3 as "supplement" from one third-party script; here 2 is, as the brief asks.
 */
export const COURSE_ITEM_TYPES: readonly {
  id: number;
  desc: string;
  category: string | null;
  graded: boolean;
  globalContentTypeId: number | null;
  deprecated: boolean;
}[] = [
  { id: 1, desc: 'lecture', category: 'lecture', graded: false, globalContentTypeId: 101, deprecated: false },
  { id: 2, desc: 'supplement', category: 'supplement', graded: false, globalContentTypeId: 102, deprecated: false },
  { id: 3, desc: 'graded programming', category: 'programming', graded: true, globalContentTypeId: 105, deprecated: false },
  { id: 4, desc: 'peer', category: 'peer', graded: true, globalContentTypeId: 104, deprecated: true },
  { id: 5, desc: 'quiz', category: 'quiz', graded: false, globalContentTypeId: 103, deprecated: false },
  { id: 6, desc: 'exam', category: 'quiz', graded: true, globalContentTypeId: 103, deprecated: false },
  { id: 7, desc: 'others', category: null, graded: false, globalContentTypeId: null, deprecated: false },
  { id: 8, desc: 'ungraded programming', category: 'programming', graded: false, globalContentTypeId: 105, deprecated: false },
  { id: 9, desc: 'graded peer', category: 'peer', graded: true, globalContentTypeId: 104, deprecated: true },
  { id: 10, desc: 'closed peer', category: 'peer', graded: true, globalContentTypeId: 104, deprecated: true },
  { id: 11, desc: 'staff graded', category: 'staffGraded', graded: true, globalContentTypeId: 110, deprecated: false },
  { id: 12, desc: 'phased peer', category: 'peer', graded: true, globalContentTypeId: 104, deprecated: false },
  { id: 13, desc: 'graded lti', category: 'lti', graded: true, globalContentTypeId: 106, deprecated: false },
  { id: 14, desc: 'ungraded lti', category: 'lti', graded: false, globalContentTypeId: 106, deprecated: false },
  { id: 15, desc: 'ungraded widget', category: 'widget', graded: false, globalContentTypeId: 107, deprecated: false },
  { id: 16, desc: 'notebook', category: 'notebook', graded: false, globalContentTypeId: 108, deprecated: false },
  { id: 17, desc: 'slideshow', category: 'slideshow', graded: false, globalContentTypeId: null, deprecated: true },
  { id: 18, desc: 'graded discussion prompt', category: 'discussionPrompt', graded: true, globalContentTypeId: 109, deprecated: false },
  { id: 19, desc: 'assess open single page', category: 'quiz', graded: true, globalContentTypeId: 103, deprecated: false },
];

const GRADED_TYPE_IDS: ReadonlySet<number> = new Set(COURSE_ITEM_TYPES.filter((type) => type.graded).map((type) => type.id));

export type TCatalogItem = {
  id: string;
  name: string;
  typeId: number;
  isGraded: boolean;
  lessonId: string;
  /** Position within its lesson, 0 = first. */
  order: number;
  lectureDurationMs: number | null;
  quizAssessmentId: string | null;
  quizIsGraded: boolean | null;
  globalItemId: string;
  globalItemVersion: number;
  /** Minutes (global_item_time_commitment). */
  timeCommitment: number;
  /** Weight toward the course grade in %, 0 for ungraded items; graded items of a branch sum to 100. */
  weightPercent: number;
  /** An item that learners dislike and flag far more often than others (for item hot-spot dashboards). */
  isHotSpot: boolean;
  /** feedback_unit_id / feedback_unit_type / detailed_context for item feedback rows. */
  feedbackUnitId: string;
  feedbackUnitType: string;
  feedbackContext: string;
};

export type TCatalogModule = { id: string; order: number; name: string; desc: string };
export type TCatalogLesson = { id: string; moduleId: string; order: number; name: string };

export type TCatalogBranch = {
  id: string;
  name: string | null;
  changesDescription: string | null;
  createdTs: number;
  /** Null while the branch is authored but not yet published at the export date. */
  launchedTs: number | null;
  modules: TCatalogModule[];
  lessons: TCatalogLesson[];
  /** In the order a learner meets them (module, lesson, item order). */
  items: TCatalogItem[];
  /** Number of graded items (their weights sum to 100, up to rounding). */
  gradedItemCount: number;
};

export type TCatalogCertificateRef = { certificateIndex: number; order: number; hours: number };

export type TCatalogCourse = {
  index: number;
  id: string;
  slug: string;
  /** `slug` with underscores, as in the per-course user-id table and column names. */
  slugKey: string;
  name: string;
  /** The hours the certificates state for this course (the most frequent value when they differ). */
  hours: number;
  certificates: TCatalogCertificateRef[];
  isCapstone: boolean;
  isAssessment: boolean;
  level: 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';
  launchTs: number;
  updateTs: number;
  preEnrollmentTs: number | null;
  desc: string;
  workloadText: string;
  promoPhotoKey: string;
  /** Multiplies the paying learners' pass probability: capstones are harder, short assessments easier. */
  passFactor: number;
  branches: TCatalogBranch[];
  /** Index of the first on-demand session (sessions run every SESSION_PERIOD_MS from ACTIVITY_START_TS). */
  firstSessionIndex: number;
  sessionIds: string[];
  /** Weeks a session runs (its end = start + weeks). */
  sessionWeeks: number;
};

export type TCatalogCertificate = {
  index: number;
  slug: string;
  name: string;
  specializationId: string;
  sequenceBranchId: string;
  initialStartTs: number;
  /** Catalogue course indexes in certificate order. */
  courseIndexes: number[];
  domain: string;
  subdomain: string;
};

export type TDemoCatalog = {
  exportTs: number;
  courses: TCatalogCourse[];
  certificates: TCatalogCertificate[];
  /** Index of the last session that has started before the export date. */
  lastSessionIndex: number;
};

type TFixtureCertificate = { slug: string; name: string; initial_start: string; courses: (string | number)[][] };

/** 22-character URL-safe base64 id, the shape of Coursera course, session and global-item ids (16 bytes). */
export function computeBase64Id(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest().subarray(0, 16).toString('base64url');
}

/** Lower-case, hyphen-separated course slug from a course name. */
export function computeCourseSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A 5-character alphanumeric id not yet in `used` (module, lesson and item ids are unique within a course). */
function drawShortId(random: TRandom, used: Set<string>): string {
  for (;;) {
    let id = '';
    for (let i = 0; i < 5; i++) id += ALNUM[random.drawInt(ALNUM.length)];
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

function drawFrom<T>(random: TRandom, values: readonly T[]): T {
  return values[random.drawInt(values.length)] as T;
}

function parseMonth(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return Date.UTC(year as number, (monthNumber as number) - 1, 1);
}

const STOP_WORDS = new Set([
  'and',
  'for',
  'with',
  'to',
  'the',
  'of',
  'in',
  'using',
  'w/',
  '&',
  'a',
  'ibm',
  'introduction',
  'getting',
  'started',
  'project',
  'course',
]);

const TOPICS_BY_DOMAIN: Record<string, readonly string[]> = {
  data: [
    'Data Sources',
    'DataFrames',
    'REST APIs',
    'Data Cleaning',
    'Pandas',
    'NumPy',
    'Jupyter Notebooks',
    'Data Pipelines',
    'SQL Queries',
    'Joins',
    'Aggregations',
    'Dashboards',
    'Regression Models',
    'Data Wrangling',
    'Exploratory Analysis',
    'Stored Procedures',
    'Data Warehouses',
    'Spark DataFrames',
  ],
  security: [
    'Threat Actors',
    'Firewalls',
    'Cryptography',
    'Incident Response',
    'Vulnerability Scanning',
    'Network Protocols',
    'Access Control',
    'Malware Analysis',
    'Digital Forensics',
    'Compliance Frameworks',
    'Phishing',
    'Security Operations',
  ],
  development: [
    'HTML Forms',
    'CSS Layouts',
    'JavaScript Functions',
    'React Components',
    'REST APIs',
    'Containers',
    'Kubernetes',
    'Git Branches',
    'Microservices',
    'Serverless Functions',
    'Django Models',
    'Node.js Modules',
    'Express Routes',
    'Cloud Deployment',
  ],
};

const LECTURE_TEMPLATES = [
  'Introduction to %',
  'Overview of %',
  'Working with %',
  '% Fundamentals',
  'Key Concepts of %',
  'Best Practices for %',
  '% in Practice',
  'Common % Tasks',
  'Advanced %',
  'Getting Started with %',
  '% Explained',
] as const;

function collectTopics(courseName: string, domain: string, random: TRandom): string[] {
  const words = courseName
    .replace(/[,:()]/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word.toLowerCase()));
  const nameTopics: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = words.slice(i, i + 2).join(' ');
    nameTopics.push(i + 1 < words.length && random.drawChance(0.5) ? pair : (words[i] as string));
  }
  const pool = [...nameTopics, ...(TOPICS_BY_DOMAIN[domain] ?? [])];
  // Shuffle so that courses of one domain do not all share the same module names.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = random.drawInt(i + 1);
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  return pool;
}

function computeDomain(certificateSlugs: readonly string[]): string {
  if (certificateSlugs.some((slug) => slug.includes('cyber'))) return 'security';
  if (certificateSlugs.every((slug) => slug.includes('full-stack'))) return 'development';
  return 'data';
}

type TDraftItem = Omit<TCatalogItem, 'timeCommitment' | 'weightPercent' | 'lectureDurationMs' | 'feedbackUnitId' | 'feedbackUnitType' | 'feedbackContext'> & {
  rawMinutes: number;
};

/** Raw minutes per item type before scaling to the stated hours; the spread mimics IBM courses (short videos, long labs). */
function drawRawMinutes(random: TRandom, typeId: number): number {
  switch (typeId) {
    case ITEM_TYPE.lecture:
      return random.drawBetween(3, 11);
    case ITEM_TYPE.supplement:
      return random.drawBetween(3, 12);
    case ITEM_TYPE.practiceQuiz:
      return random.drawBetween(6, 15);
    case ITEM_TYPE.exam:
      return random.drawBetween(15, 40);
    case ITEM_TYPE.ungradedLti:
      return random.drawBetween(20, 60);
    case ITEM_TYPE.gradedLti:
      return random.drawBetween(40, 90);
    case ITEM_TYPE.phasedPeer:
      return random.drawBetween(60, 150);
    default:
      return random.drawBetween(3, 5);
  }
}

function describeFeedbackUnit(typeId: number): { unitType: string; contextType: string } {
  switch (typeId) {
    case ITEM_TYPE.lecture:
      return { unitType: 'lecture', contextType: 'lectureContext' };
    case ITEM_TYPE.practiceQuiz:
    case ITEM_TYPE.exam:
      return { unitType: 'assessment', contextType: 'assessmentContext' };
    case ITEM_TYPE.phasedPeer:
      return { unitType: 'peerAssignment', contextType: 'peerAssignmentContext' };
    default:
      return { unitType: 'supplement', contextType: 'supplementContext' };
  }
}

type TCourseDraft = { name: string; hours: number[]; certificates: TCatalogCertificateRef[] };

function buildBranchZero(
  course: Omit<TCourseDraft, 'hours'> & { id: string; isCapstone: boolean; isAssessment: boolean; hours: number },
  domain: string,
): TCatalogBranch & { usedIds: Set<string> } {
  const random = createRandom('demo-catalog', 'structure', course.name);
  const usedIds = new Set<string>();
  const topics = collectTopics(course.name, domain, random);
  let topicCursor = 0;
  const nextTopic = () => topics[topicCursor++ % topics.length] as string;
  const targetMinutes = course.hours * 60 * random.drawBetween(0.95, 1.05);

  const modules: TCatalogModule[] = [];
  const lessons: TCatalogLesson[] = [];
  const items: TDraftItem[] = [];
  const addItem = (lessonId: string, typeId: number, name: string) => {
    const isQuiz = typeId === ITEM_TYPE.practiceQuiz || typeId === ITEM_TYPE.exam;
    const order = items.filter((item) => item.lessonId === lessonId).length;
    items.push({
      id: drawShortId(random, usedIds),
      name,
      typeId,
      isGraded: GRADED_TYPE_IDS.has(typeId),
      lessonId,
      order,
      quizAssessmentId: isQuiz ? `${computeBase64Id('assessment', course.name, name, String(items.length))}@${random.drawIntBetween(1, 6)}` : null,
      quizIsGraded: isQuiz ? typeId === ITEM_TYPE.exam : null,
      globalItemId: computeBase64Id('global-item', course.name, String(items.length)),
      globalItemVersion: random.drawIntBetween(1, 4),
      isHotSpot: false,
      rawMinutes: drawRawMinutes(random, typeId),
    });
  };

  const moduleCount = course.isAssessment ? 1 : Math.max(2, Math.min(6, Math.round(course.hours / 3.5)));
  const lessonTotal = course.isAssessment ? 1 : Math.max(moduleCount * 2, Math.round(targetMinutes / 70));
  for (let m = 0; m < moduleCount; m++) {
    const isLastModule = m === moduleCount - 1;
    const moduleTopic = course.isCapstone && isLastModule ? 'Final Project' : nextTopic();
    const moduleId = drawShortId(random, usedIds);
    modules.push({
      id: moduleId,
      order: m,
      name: course.isAssessment ? 'Final Assessment' : `Module ${m + 1}: ${moduleTopic}`,
      desc: course.isAssessment
        ? 'This graded assessment checks the skills of the preceding courses. You need a score of 70% to pass.'
        : `In this module, you'll learn about ${moduleTopic.toLowerCase()}. You'll watch short videos, read summaries and practice in hands-on labs before the graded quiz.`,
    });
    const lessonCount = course.isAssessment ? 1 : Math.max(1, Math.round(lessonTotal / moduleCount + random.drawBetween(-1, 1)));
    for (let l = 0; l < lessonCount; l++) {
      const lessonTopic = l === 0 ? moduleTopic : nextTopic();
      const lessonId = drawShortId(random, usedIds);
      lessons.push({ id: lessonId, moduleId, order: l, name: course.isAssessment ? 'Assessment' : lessonTopic });
      if (course.isAssessment) {
        addItem(lessonId, ITEM_TYPE.supplement, 'Assessment Overview and Instructions');
        const exams = Math.max(1, Math.round(course.hours));
        for (let e = 0; e < exams; e++) addItem(lessonId, ITEM_TYPE.exam, exams === 1 ? 'Final Assessment' : `Final Assessment, Part ${e + 1}`);
        continue;
      }
      if (m === 0 && l === 0) {
        addItem(lessonId, ITEM_TYPE.lecture, 'Course Introduction');
        addItem(lessonId, ITEM_TYPE.supplement, 'Helpful Tips for Course Completion');
      }
      const lectures = random.drawIntBetween(2, 5);
      for (let k = 0; k < lectures; k++)
        addItem(lessonId, ITEM_TYPE.lecture, drawFrom(random, LECTURE_TEMPLATES).replace('%', k === 0 ? lessonTopic : nextTopic()));
      if (random.drawChance(0.4)) addItem(lessonId, ITEM_TYPE.supplement, `Reading: ${nextTopic()} Cheat Sheet`);
      if (random.drawChance(0.35)) addItem(lessonId, ITEM_TYPE.ungradedLti, `Hands-on Lab: ${lessonTopic}`);
      if (random.drawChance(0.6)) addItem(lessonId, ITEM_TYPE.supplement, 'Summary and Highlights');
      if (random.drawChance(0.55)) addItem(lessonId, ITEM_TYPE.practiceQuiz, `Practice Quiz: ${lessonTopic}`);
    }
    const lastLesson = lessons[lessons.length - 1] as TCatalogLesson;
    if (course.isAssessment) continue;
    if (isLastModule && course.isCapstone) {
      addItem(lastLesson.id, ITEM_TYPE.phasedPeer, 'Final Project: Submit Your Work and Review Your Peers');
      addItem(lastLesson.id, ITEM_TYPE.exam, 'Final Quiz');
    } else if (isLastModule) {
      if (random.drawChance(0.3)) addItem(lastLesson.id, ITEM_TYPE.gradedLti, `Graded Lab: ${moduleTopic}`);
      addItem(lastLesson.id, ITEM_TYPE.exam, 'Final Exam');
      if (random.drawChance(0.3)) addItem(lastLesson.id, ITEM_TYPE.others, 'Optional: Course Feedback Survey');
    } else {
      addItem(lastLesson.id, ITEM_TYPE.exam, `Graded Quiz: ${moduleTopic}`);
    }
  }

  // Scale the raw minutes so that the item time commitments add up to about the stated hours, as IBM derives the
  // stated hours bottom-up from the items (the fixture's design guideline).
  const rawTotal = items.reduce((sum, item) => sum + item.rawMinutes, 0);
  const scale = targetMinutes / rawTotal;
  const hotSpotCandidates = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.typeId === ITEM_TYPE.lecture || item.typeId === ITEM_TYPE.ungradedLti);
  const hasHotSpot = course.name === 'Python for Data Science, AI & Development' || computeHash32('hot-spot', course.name) % 3 === 0;
  const hotSpotIndex = hasHotSpot && hotSpotCandidates.length > 0 ? (hotSpotCandidates[random.drawInt(hotSpotCandidates.length)]?.index ?? -1) : -1;
  const gradedCount = items.filter((item) => item.isGraded).length;
  let weightLeft = 100;
  let gradedSeen = 0;
  const finalItems: TCatalogItem[] = items.map((draft, index) => {
    const { rawMinutes, ...item } = draft;
    const timeCommitment = Math.max(1, Math.round(rawMinutes * scale));
    let weightPercent = 0;
    if (item.isGraded) {
      gradedSeen++;
      weightPercent = gradedSeen === gradedCount ? Math.round(weightLeft * 100) / 100 : Math.round((100 / gradedCount) * 100) / 100;
      weightLeft -= weightPercent;
    }
    return completeItem(
      { ...item, isHotSpot: index === hotSpotIndex },
      {
        timeCommitment,
        weightPercent,
        // Video length is set automatically and a little below the rounded-up commitment; a few old items lack it.
        lectureDurationMs:
          item.typeId === ITEM_TYPE.lecture && random.drawChance(0.97) ? Math.round(timeCommitment * MINUTE_MS * random.drawBetween(0.72, 0.98)) : null,
      },
      course.id,
    );
  });
  return {
    id: '',
    name: null,
    changesDescription: null,
    createdTs: 0,
    launchedTs: 0,
    modules,
    lessons,
    items: finalItems,
    gradedItemCount: gradedCount,
    usedIds,
  };
}

function completeItem(
  item: Omit<TCatalogItem, 'timeCommitment' | 'weightPercent' | 'lectureDurationMs' | 'feedbackUnitId' | 'feedbackUnitType' | 'feedbackContext'>,
  extra: Pick<TCatalogItem, 'timeCommitment' | 'weightPercent' | 'lectureDurationMs'>,
  courseId: string,
): TCatalogItem {
  const unit = describeFeedbackUnit(item.typeId);
  return {
    ...item,
    ...extra,
    feedbackUnitId: item.quizAssessmentId ?? `${item.globalItemId}@${item.globalItemVersion}`,
    feedbackUnitType: unit.unitType,
    // Kept well under 200 characters (detailed_context is VARCHAR(200)).
    feedbackContext: JSON.stringify({ typeName: unit.contextType, definition: { courseId, itemId: item.id } }),
  };
}

/** The second branch: one lecture re-recorded (new item), one lab added, one reading lengthened. */
function buildSecondBranch(course: TCatalogCourse, first: TCatalogBranch, usedIds: Set<string>, exportTs: number): TCatalogBranch | null {
  const random = createRandom('demo-catalog', 'branch', course.name);
  const createdTs = Date.UTC(2022, 2, 1) + Math.floor(random.drawBetween(0, 730) * DAY_MS);
  if (createdTs >= exportTs) return null;
  const launchedCandidate = createdTs + Math.floor(random.drawBetween(7, 40) * DAY_MS);
  const items = first.items.map((item) => ({ ...item }));
  const lectureIndexes = items.map((item, index) => (item.typeId === ITEM_TYPE.lecture && !item.isHotSpot ? index : -1)).filter((index) => index >= 0);
  const replaced = lectureIndexes[random.drawInt(lectureIndexes.length)];
  if (replaced !== undefined) {
    const old = items[replaced] as TCatalogItem;
    const id = drawShortId(random, usedIds);
    items[replaced] = {
      ...old,
      id,
      name: `${old.name} (updated)`,
      globalItemId: computeBase64Id('global-item', course.name, 'branch', id),
      globalItemVersion: 1,
      lectureDurationMs: old.lectureDurationMs === null ? null : Math.round(old.lectureDurationMs * random.drawBetween(0.8, 1.1)),
      feedbackUnitId: `${computeBase64Id('global-item', course.name, 'branch', id)}@1`,
      feedbackContext: old.feedbackContext.replace(`"itemId":"${old.id}"`, `"itemId":"${id}"`),
    };
  }
  const readingIndex = items.findIndex((item, index) => index > items.length / 3 && item.typeId === ITEM_TYPE.supplement);
  if (readingIndex >= 0) {
    const reading = items[readingIndex] as TCatalogItem;
    const version = reading.globalItemVersion + 1;
    items[readingIndex] = {
      ...reading,
      timeCommitment: reading.timeCommitment + 5,
      globalItemVersion: version,
      feedbackUnitId: `${reading.globalItemId}@${version}`,
    };
  }
  const lesson = first.lessons[random.drawInt(first.lessons.length)] as TCatalogLesson;
  const lastInLesson = items.reduce((last, item, index) => (item.lessonId === lesson.id ? index : last), -1);
  const labId = drawShortId(random, usedIds);
  const lab = completeItem(
    {
      id: labId,
      name: `Hands-on Lab: ${lesson.name} (new cloud IDE)`,
      typeId: ITEM_TYPE.ungradedLti,
      isGraded: false,
      lessonId: lesson.id,
      order: items.filter((item) => item.lessonId === lesson.id).length,
      quizAssessmentId: null,
      quizIsGraded: null,
      globalItemId: computeBase64Id('global-item', course.name, 'branch', labId),
      globalItemVersion: 1,
      isHotSpot: false,
    },
    { timeCommitment: random.drawIntBetween(20, 45), weightPercent: 0, lectureDurationMs: null },
    course.id,
  );
  // Inserted after the lesson's last item so that the flattened order stays module → lesson → item.
  items.splice(lastInLesson + 1, 0, lab);
  return {
    id: `branch~${computeBase64Id('branch', course.name)}`,
    name: `${new Date(createdTs).getUTCFullYear()} refresh`,
    changesDescription: `We re-recorded a video and added a lab for the new "Cloud IDE".\nThe reading on ${lesson.name} now covers the latest release.`,
    createdTs,
    launchedTs: launchedCandidate < exportTs ? launchedCandidate : null,
    modules: first.modules,
    lessons: first.lessons,
    items,
    gradedItemCount: first.gradedItemCount,
  };
}

function computeMode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0] ?? 0;
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value;
  return best;
}

const CERTIFICATE_DOMAINS: Record<string, { domain: string; subdomain: string }> = {
  'ibm-data-engineer': { domain: 'Data Science', subdomain: 'Data Analysis' },
  'ibm-data-science': { domain: 'Data Science', subdomain: 'Machine Learning' },
  'ibm-cybersecurity-analyst': { domain: 'Computer Science', subdomain: 'Computer Security and Networks' },
  'ibm-data-analyst-r-excel': { domain: 'Data Science', subdomain: 'Data Analysis' },
  'ibm-data-analyst': { domain: 'Data Science', subdomain: 'Data Analysis' },
  'ibm-full-stack-cloud-developer': { domain: 'Computer Science', subdomain: 'Software Development' },
};

export function buildDemoCatalog(exportTs: number): TDemoCatalog {
  const fixtureCertificates = fibaa.certificates as TFixtureCertificate[];
  const drafts = new Map<string, TCourseDraft>();
  const courseNamesByCertificate: string[][] = [];
  const certificates: TCatalogCertificate[] = fixtureCertificates.map((certificate, certificateIndex) => {
    const courseNames: string[] = [];
    for (const [order, name, hours] of certificate.courses) {
      const courseName = String(name);
      const draft = drafts.get(courseName) ?? { name: courseName, hours: [], certificates: [] };
      draft.hours.push(Number(hours));
      draft.certificates.push({ certificateIndex, order: Number(order), hours: Number(hours) });
      drafts.set(courseName, draft);
      courseNames.push(courseName);
    }
    courseNamesByCertificate.push(courseNames);
    const domain = CERTIFICATE_DOMAINS[certificate.slug] ?? { domain: 'Data Science', subdomain: 'Data Analysis' };
    return {
      index: certificateIndex,
      slug: certificate.slug,
      name: certificate.name,
      specializationId: computeBase64Id('specialization', certificate.slug),
      sequenceBranchId: computeBase64Id('specialization-sequence', certificate.slug),
      initialStartTs: parseMonth(certificate.initial_start),
      // Resolved below, once every course has its index.
      courseIndexes: [],
      domain: domain.domain,
      subdomain: domain.subdomain,
    };
  });

  const courses: TCatalogCourse[] = [...drafts.values()].map((draft, index) => {
    const random = createRandom('demo-catalog', 'course', draft.name);
    const certificateSlugs = draft.certificates.map((ref) => certificates[ref.certificateIndex]?.slug ?? '');
    const hours = computeMode(draft.hours);
    const isCapstone = /capstone/i.test(draft.name);
    const isAssessment = /assessment/i.test(draft.name) && !isCapstone;
    const firstOrder = Math.min(...draft.certificates.map((ref) => ref.order));
    const earliestStart = Math.min(...draft.certificates.map((ref) => certificates[ref.certificateIndex]?.initialStartTs ?? exportTs));
    // Launched shortly before the first certificate that contains it opened (fixture's initial_start), with a
    // millisecond part as platform timestamps have.
    const launchTs = earliestStart - Math.floor(random.drawBetween(5, 40) * DAY_MS);
    const updateTs = Math.min(exportTs - DAY_MS, Date.UTC(2023, 0, 1) + Math.floor(random.drawBetween(0, 500) * DAY_MS));
    const id = computeBase64Id('course', draft.name);
    const slug = computeCourseSlug(draft.name);
    const certificateNames = draft.certificates.map((ref) => certificates[ref.certificateIndex]?.name ?? '');
    const domain = computeDomain(certificateSlugs);
    const weeks = Math.max(1, Math.round(hours / 4));
    const course: TCatalogCourse = {
      index,
      id,
      slug,
      slugKey: slug.replace(/-/g, '_'),
      name: draft.name,
      hours,
      certificates: draft.certificates,
      isCapstone,
      isAssessment,
      level: isCapstone ? 'INTERMEDIATE' : firstOrder <= 3 ? 'BEGINNER' : random.drawChance(0.6) ? 'INTERMEDIATE' : 'BEGINNER',
      launchTs,
      updateTs,
      preEnrollmentTs: random.drawChance(0.7) ? launchTs - Math.floor(random.drawBetween(7, 21) * DAY_MS) : null,
      desc:
        `${draft.name} is part of the ${certificateNames.join(', the ')}.\n\n` +
        `In about ${hours} hours you'll practise with real tools and data sets in IBM's hands-on labs, ` +
        `and you'll finish with a graded ${isCapstone ? 'project' : 'assessment'}. No prior experience is required.`,
      // Mostly the current "Approx. N hours" wording, sometimes the older per-week wording: the format is [U] in the
      // schema reference, so the importer must keep the raw text and parse defensively.
      workloadText: random.drawChance(0.8)
        ? `Approx. ${hours} hours to complete`
        : `${weeks} weeks of study, ${Math.max(1, Math.round(hours / weeks))}-${Math.max(2, Math.round(hours / weeks) + 2)} hours/week`,
      promoPhotoKey: `${createHash('sha1').update(draft.name).digest('hex').slice(0, 32)}/IBM_${slug.slice(0, 24)}.png`,
      passFactor: isCapstone ? 0.88 : isAssessment ? 1.12 : random.drawBetween(0.95, 1.08),
      branches: [],
      firstSessionIndex: Math.max(0, Math.floor((launchTs - ACTIVITY_START_TS) / SESSION_PERIOD_MS)),
      sessionIds: [],
      sessionWeeks: weeks + 2,
    };
    const { usedIds, ...firstBranch } = buildBranchZero({ ...draft, id, hours, isCapstone, isAssessment }, domain);
    // The original branch has course_branch_id = course_id.
    const originalBranch: TCatalogBranch = { ...firstBranch, id, createdTs: launchTs - Math.floor(random.drawBetween(30, 90) * DAY_MS), launchedTs: launchTs };
    course.branches.push(originalBranch);
    // About 40 % of the courses were revised: a second branch that sessions use once it is launched.
    if (computeHash32('second-branch', draft.name) % 100 < 40) {
      const second = buildSecondBranch(course, originalBranch, usedIds, exportTs);
      if (second) course.branches.push(second);
    }
    return course;
  });

  const courseIndexByName = new Map(courses.map((course) => [course.name, course.index]));
  for (const certificate of certificates) {
    certificate.courseIndexes = (courseNamesByCertificate[certificate.index] ?? []).map((name) => courseIndexByName.get(name) as number);
  }

  const lastSessionIndex = Math.floor((exportTs - 1 - ACTIVITY_START_TS) / SESSION_PERIOD_MS);
  for (const course of courses) {
    for (let k = course.firstSessionIndex; k <= lastSessionIndex; k++) course.sessionIds.push(computeBase64Id('session', course.id, String(k)));
  }
  return { exportTs, courses, certificates, lastSessionIndex };
}

/** Session index open at `ts` (sessions are global four-week slots; each course starts at its firstSessionIndex). */
export function computeSessionIndex(ts: number): number {
  return Math.floor((ts - ACTIVITY_START_TS) / SESSION_PERIOD_MS);
}

export function computeSessionStartTs(sessionIndex: number): number {
  return ACTIVITY_START_TS + sessionIndex * SESSION_PERIOD_MS;
}

/** The branch a session shows: the newest branch launched before the session started. */
export function computeSessionBranchIndex(course: TCatalogCourse, sessionIndex: number): number {
  const start = computeSessionStartTs(sessionIndex);
  for (let b = course.branches.length - 1; b > 0; b--) {
    const launched = course.branches[b]?.launchedTs;
    if (launched !== null && launched !== undefined && launched <= start) return b;
  }
  return 0;
}

export function getSessionId(course: TCatalogCourse, sessionIndex: number): string {
  return course.sessionIds[sessionIndex - course.firstSessionIndex] ?? computeBase64Id('session', course.id, String(sessionIndex));
}

/** Popularity of the certificates among learners (Data Science and Data Analyst are IBM's largest). */
export const CERTIFICATE_POPULARITY: Record<string, number> = {
  'ibm-data-science': 0.34,
  'ibm-data-analyst': 0.24,
  'ibm-data-engineer': 0.12,
  'ibm-cybersecurity-analyst': 0.12,
  'ibm-full-stack-cloud-developer': 0.11,
  'ibm-data-analyst-r-excel': 0.07,
};

export function computeCertificateWeights(catalog: TDemoCatalog): number[] {
  return computeCumulativeWeights(catalog.certificates.map((certificate) => CERTIFICATE_POPULARITY[certificate.slug] ?? 0.05));
}
