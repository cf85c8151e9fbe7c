/*
 * The tables of the demo export: for each, its 2022 column set in the 2022 order (Coursera's setup.sql of a Nov 2022
 * export, see shared/reference/coursera-export-schema.md) and a lazy row generator. Learner tables walk the learners
 * 0…n-1 and regenerate each learner's history (simulate-learner.ts), so no table holds more than one learner.
 */
import { createHash } from 'node:crypto';
import { computeCumulativeWeights, createRandom } from './create-random';
import {
  COURSE_ITEM_TYPES,
  computeSessionBranchIndex,
  computeSessionIndex,
  computeSessionStartTs,
  DAY_MS,
  getSessionId,
  SESSION_PERIOD_MS,
  type TCatalogCourse,
  type TDemoCatalog,
} from './demo-catalog';
import { FLAG_CATEGORIES, pickCommentText, pickFlagText, TRICKY_COMMENTS } from './feedback-texts';
import {
  drawLearnerCertificate,
  planLearner,
  type TCourseRating,
  type TEnrolmentPlan,
  type TLearnerPlan,
  type TSimulationContext,
  walkEnrolment,
} from './simulate-learner';
import type { TColumn, TColumnKind, TRow } from './write-csv-table';

export type TAnonymity = 'linked' | 'isolated';

export type TDemoTable = { name: string; columns: TColumn[]; generateRows: () => Iterable<TRow> };

export type TExportContext = TSimulationContext & {
  learners: number;
  anonymity: TAnonymity;
  /** Partner short name, the prefix of every user-id column. */
  prefix: string;
};

const columns = (...specs: [string, TColumnKind][]): TColumn[] => specs.map(([name, kind]) => ({ name, kind }));

/** 40 lowercase hex characters, like Coursera's SHA-1-length hashed ids; `domain` separates main, feedback, per-course ids. */
export function computeUserHash(seed: number, domain: string, learnerIndex: number): string {
  return createHash('sha1').update(`certqa-demo:${seed}:${domain}:${learnerIndex}`).digest('hex');
}

function* generateLearnerPlans(context: TExportContext): Generator<TLearnerPlan> {
  for (let i = 0; i < context.learners; i++) yield planLearner(context, i);
}

function getCourse(catalog: TDemoCatalog, index: number): TCatalogCourse {
  const course = catalog.courses[index];
  if (!course) throw new Error(`no course ${index}`);
  return course;
}

function getBranchId(catalog: TDemoCatalog, enrolment: TEnrolmentPlan): string {
  const branch = getCourse(catalog, enrolment.courseIndex).branches[enrolment.branchIndex];
  if (!branch) throw new Error(`no branch ${enrolment.branchIndex}`);
  return branch.id;
}

function describeSentiment(system: string, rating: number): 'positive' | 'neutral' | 'negative' {
  if (system === 'STAR') return rating >= 4 ? 'positive' : rating === 3 ? 'neutral' : 'negative';
  return rating >= 9 ? 'positive' : rating >= 7 ? 'neutral' : 'negative';
}

function listRatings(enrolment: TEnrolmentPlan): { system: string; max: number; rating: TCourseRating }[] {
  const ratings: { system: string; max: number; rating: TCourseRating }[] = [];
  if (enrolment.star) ratings.push({ system: 'STAR', max: 5, rating: enrolment.star });
  if (enrolment.npsFirstWeek) ratings.push({ system: 'NPS_FIRST_WEEK', max: 10, rating: enrolment.npsFirstWeek });
  if (enrolment.npsEndOfCourse) ratings.push({ system: 'NPS_END_OF_COURSE', max: 10, rating: enrolment.npsEndOfCourse });
  return ratings;
}

/** LEARNER memberships of an enrolment, in time order. */
function listLearnerTimestamps(enrolment: TEnrolmentPlan): number[] {
  const timestamps = [enrolment.enrolTs];
  if (enrolment.reEnrolTs !== null) timestamps.push(enrolment.reEnrolTs);
  if (enrolment.switchTs !== null) timestamps.push(enrolment.switchTs);
  return timestamps;
}

const COUNTRIES = ['US', 'IN', 'GB', 'DE', 'BR', 'MX', 'EG', 'NG', 'CA', 'PH', 'CO', 'ES', 'FR', 'PK', 'ID', 'TR', 'CN', 'JP', 'KE', 'ZA'] as const;
const COUNTRY_WEIGHTS = [22, 20, 5, 4, 5, 4, 3, 3, 3, 3, 2, 2, 2, 3, 2, 2, 3, 1, 1, 1] as const;
const US_REGIONS = ['CA', 'NY', 'TX', 'FL', 'WA', 'IL', 'MA', 'NJ', 'GA', 'NC'] as const;
const LANGUAGE_OF: Record<string, string> = { BR: 'pt', MX: 'es', CO: 'es', ES: 'es', FR: 'fr', DE: 'de', CN: 'zh', JP: 'ja', TR: 'tr', ID: 'id', EG: 'ar' };
const EMPLOYMENT = ['FULL_TIME', 'PART_TIME', 'SELF_EMPLOYED', 'UNEMPLOYED', 'STUDENT', 'RETIRED'] as const;
const EDUCATION = ['HIGH_SCHOOL', 'ASSOCIATE', 'BACHELORS', 'MASTERS', 'DOCTORATE', 'SOME_COLLEGE'] as const;
const STUDENT_STATUS = ['NOT_ENROLLED', 'FULL_TIME_STUDENT', 'PART_TIME_STUDENT'] as const;

function pickFrom<T>(values: readonly T[], index: number): T {
  return values[index % values.length] as T;
}

export function listDemoTables(context: TExportContext): TDemoTable[] {
  const { catalog, seed, prefix } = context;
  const userColumn = `${prefix}_user_id`;
  const isIsolated = context.anonymity === 'isolated';
  const feedbackUserColumn = isIsolated ? `${prefix}_feedback_user_id` : userColumn;
  const mainId = (index: number) => computeUserHash(seed, 'user', index);
  const feedbackId = (index: number) => (isIsolated ? computeUserHash(seed, 'feedback', index) : mainId(index));
  const exportTs = catalog.exportTs;

  const tables: TDemoTable[] = [
    {
      name: 'courses',
      columns: columns(
        ['course_id', 'text'],
        ['course_slug', 'text'],
        ['course_name', 'text'],
        ['course_launch_ts', 'ts'],
        ['course_update_ts', 'ts'],
        ['course_deleted', 'bool'],
        ['course_graded', 'bool'],
        ['course_desc', 'text'],
        ['course_restricted', 'bool'],
        ['course_verification_enabled_at_ts', 'ts'],
        ['primary_translation_equivalent_course', 'text'],
        ['course_preenrollment_ts', 'ts'],
        ['estimated_work_load', 'text'],
        ['sessions_enabled_at', 'ts'],
        ['course_promo_photo_s3_bucket', 'text'],
        ['course_promo_photo_s3_key', 'text'],
        ['course_level', 'text'],
        ['course_planned_launch_date', 'text'],
        ['course_header_image_bucket', 'text'],
        ['course_header_image_key', 'text'],
        ['course_type', 'text'],
        ['course_is_limited_to_enterprise', 'bool'],
      ),
      *generateRows() {
        for (const course of catalog.courses) {
          yield [
            course.id,
            course.slug,
            course.name,
            course.launchTs,
            course.updateTs,
            false,
            true,
            course.desc,
            false,
            course.launchTs,
            null,
            course.preEnrollmentTs,
            course.workloadText,
            course.launchTs,
            'coursera-course-photos',
            course.promoPhotoKey,
            course.level,
            null,
            null,
            null,
            'standardCourse',
            false,
          ];
        }
      },
    },
    {
      name: 'course_branches',
      columns: columns(
        ['course_id', 'text'],
        ['course_branch_id', 'text'],
        ['course_branch_changes_description', 'text'],
        ['authoring_course_branch_name', 'text'],
        ['authoring_course_branch_created_ts', 'ts'],
        ['authoring_course_branch_launched_ts', 'ts'],
      ),
      *generateRows() {
        for (const course of catalog.courses) {
          for (const branch of course.branches) yield [course.id, branch.id, branch.changesDescription, branch.name, branch.createdTs, branch.launchedTs];
        }
      },
    },
    {
      name: 'course_branch_modules',
      columns: columns(
        ['course_branch_id', 'text'],
        ['course_module_id', 'text'],
        ['course_branch_module_order', 'int'],
        ['course_branch_module_name', 'text'],
        ['course_branch_module_desc', 'text'],
      ),
      *generateRows() {
        for (const course of catalog.courses) {
          for (const branch of course.branches) for (const module of branch.modules) yield [branch.id, module.id, module.order, module.name, module.desc];
        }
      },
    },
    {
      name: 'course_branch_lessons',
      columns: columns(
        ['course_branch_id', 'text'],
        ['course_lesson_id', 'text'],
        ['course_module_id', 'text'],
        ['course_branch_lesson_order', 'int'],
        ['course_branch_lesson_name', 'text'],
      ),
      *generateRows() {
        for (const course of catalog.courses) {
          for (const branch of course.branches) for (const lesson of branch.lessons) yield [branch.id, lesson.id, lesson.moduleId, lesson.order, lesson.name];
        }
      },
    },
    {
      name: 'course_branch_items',
      columns: columns(
        ['course_branch_id', 'text'],
        ['course_item_id', 'text'],
        ['course_branch_atom_is_frozen', 'bool'],
        ['course_branch_item_name', 'text'],
        ['is_graded', 'bool'],
        ['course_item_type_id', 'int'],
        ['interaction_id', 'text'],
        ['course_branch_item_optional', 'bool'],
        ['course_lesson_id', 'text'],
        ['course_branch_item_order', 'int'],
        ['is_in_honor_lesson', 'bool'],
        ['course_branch_item_lecture_duration_ms', 'int'],
        ['quiz_assessment_id', 'text'],
        ['quiz_is_graded', 'bool'],
        ['global_item_id', 'text'],
        ['global_item_version', 'int'],
        ['is_global_item_version_frozen', 'bool'],
        ['global_item_time_commitment', 'float'],
        ['item_weight_in_course_branch_percentage', 'float'],
      ),
      *generateRows() {
        for (const course of catalog.courses) {
          for (const branch of course.branches) {
            for (const item of branch.items) {
              yield [
                branch.id,
                item.id,
                false,
                item.name,
                item.isGraded,
                item.typeId,
                item.globalItemId,
                false,
                item.lessonId,
                item.order,
                false,
                item.lectureDurationMs,
                item.quizAssessmentId,
                item.quizIsGraded,
                item.globalItemId,
                item.globalItemVersion,
                false,
                item.timeCommitment,
                item.weightPercent,
              ];
            }
          }
        }
      },
    },
    {
      name: 'course_item_types',
      columns: columns(
        ['course_item_type_id', 'int'],
        ['course_item_type_desc', 'text'],
        ['course_item_type_category', 'text'],
        ['course_item_type_graded', 'bool'],
        ['global_item_content_type_id', 'int'],
        ['deprecated', 'bool'],
      ),
      *generateRows() {
        for (const type of COURSE_ITEM_TYPES) yield [type.id, type.desc, type.category, type.graded, type.globalContentTypeId, type.deprecated];
      },
    },
    {
      name: 'course_progress_state_types',
      columns: columns(['course_progress_state_type_id', 'int'], ['course_progress_state_type_desc', 'text']),
      *generateRows() {
        yield [1, 'started'];
        yield [2, 'completed'];
      },
    },
    {
      name: 'course_passing_states',
      columns: columns(['course_passing_state_id', 'int'], ['course_passing_state_desc', 'text']),
      *generateRows() {
        yield [0, 'not passed'];
        yield [1, 'passed'];
        yield [2, 'verified passed'];
        yield [3, 'not passable'];
      },
    },
    {
      name: 'course_item_passing_states',
      columns: columns(['course_item_passing_state_id', 'int'], ['course_item_passing_state_desc', 'text']),
      *generateRows() {
        yield [0, 'not passed'];
        yield [1, 'passed'];
        yield [2, 'verified passed'];
      },
    },
    {
      name: 'specializations',
      columns: columns(
        ['specialization_id', 'text'],
        ['specialization_slug', 'text'],
        ['specialization_name', 'text'],
        ['specialization_display_page_launch_ts', 'ts'],
        ['sequence_branch_id', 'text'],
        ['specialization_version', 'int'],
        ['base_specialization_id', 'text'],
        ['specialization_primary_domain', 'text'],
        ['specialization_primary_subdomain', 'text'],
        ['specialization_language', 'text'],
        ['premium_grading_enabled_courses_count', 'int'],
        ['specialization_type', 'text'],
      ),
      *generateRows() {
        for (const certificate of catalog.certificates) {
          yield [
            certificate.specializationId,
            certificate.slug,
            certificate.name,
            // Launched at 16:00 UTC on the first of the month the fixture names; a whole second, without a fraction.
            certificate.initialStartTs + 16 * 3_600_000,
            certificate.sequenceBranchId,
            1,
            certificate.specializationId,
            certificate.domain,
            certificate.subdomain,
            'en',
            certificate.courseIndexes.length,
            'PROFESSIONAL_CERTIFICATE',
          ];
        }
      },
    },
    {
      name: 'specializations_courses',
      columns: columns(['specialization_id', 'text'], ['course_id', 'text'], ['current_dt', 'date'], ['course_order', 'int'], ['is_course_capstone', 'bool']),
      *generateRows() {
        for (const certificate of catalog.certificates) {
          for (const courseIndex of certificate.courseIndexes) {
            const course = getCourse(catalog, courseIndex);
            const order = course.certificates.find((ref) => ref.certificateIndex === certificate.index)?.order ?? null;
            yield [certificate.specializationId, course.id, exportTs, order, course.isCapstone];
          }
        }
      },
    },
    {
      name: 'on_demand_sessions',
      columns: columns(
        ['course_id', 'text'],
        ['on_demand_session_id', 'text'],
        ['on_demand_sessions_start_ts', 'ts'],
        ['on_demand_sessions_end_ts', 'ts'],
        ['on_demand_sessions_enrollment_end_ts', 'ts'],
        ['course_branch_id', 'text'],
      ),
      *generateRows() {
        for (const course of catalog.courses) {
          for (let k = course.firstSessionIndex; k <= catalog.lastSessionIndex; k++) {
            const start = computeSessionStartTs(k);
            const branch = course.branches[computeSessionBranchIndex(course, k)];
            yield [course.id, getSessionId(course, k), start, start + course.sessionWeeks * 7 * DAY_MS, start + SESSION_PERIOD_MS, branch?.id ?? course.id];
          }
        }
      },
    },
    {
      name: 'users',
      columns: columns(
        [userColumn, 'hash'],
        ['user_join_ts', 'ts'],
        ['country_cd', 'text'],
        ['region_cd', 'text'],
        ['profile_language_cd', 'text'],
        ['browser_language_cd', 'text'],
        ['reported_or_inferred_gender', 'text'],
        ['employment_status', 'text'],
        ['educational_attainment', 'text'],
        ['student_status', 'text'],
      ),
      *generateRows() {
        const countryWeights = computeCumulativeWeights(COUNTRY_WEIGHTS);
        for (const plan of generateLearnerPlans(context)) {
          // The table holds learners only (users with a LEARNER role somewhere).
          if (plan.enrolments.length === 0) continue;
          const random = createRandom(seed, 'profile', plan.index);
          // Joined Coursera before the first enrolment, but not before 2021.
          const available = plan.firstTs - Date.UTC(2021, 0, 1);
          const joinTs = plan.firstTs - Math.floor(Math.min(Math.max(0, available), 400 * DAY_MS) * random.draw() ** 2);
          const country = COUNTRIES[random.drawWeighted(countryWeights)] as string;
          const language = LANGUAGE_OF[country] ?? 'en';
          const gender = random.drawChance(0.25) ? null : random.drawChance(0.62) ? 'male' : 'female';
          yield [
            mainId(plan.index),
            joinTs,
            country,
            country === 'US' && random.drawChance(0.8) ? pickFrom(US_REGIONS, random.drawInt(US_REGIONS.length)) : null,
            random.drawChance(0.1) ? null : language,
            random.drawChance(0.05) ? null : `${language}-${country}`,
            gender,
            random.drawChance(0.4) ? null : pickFrom(EMPLOYMENT, random.drawInt(EMPLOYMENT.length)),
            random.drawChance(0.4) ? null : pickFrom(EDUCATION, random.drawInt(EDUCATION.length)),
            random.drawChance(0.5) ? null : pickFrom(STUDENT_STATUS, random.drawInt(STUDENT_STATUS.length)),
          ];
        }
      },
    },
    {
      name: 'course_memberships',
      columns: columns([userColumn, 'hash'], ['course_id', 'text'], ['course_membership_role', 'text'], ['course_membership_ts', 'ts']),
      *generateRows() {
        for (const plan of generateLearnerPlans(context)) {
          const id = mainId(plan.index);
          for (const enrolment of plan.enrolments) {
            const courseId = getCourse(catalog, enrolment.courseIndex).id;
            if (enrolment.browserTs !== null) yield [id, courseId, 'BROWSER', enrolment.browserTs];
            if (enrolment.preEnrolTs !== null) yield [id, courseId, 'PRE_ENROLLED_LEARNER', enrolment.preEnrolTs];
            yield [id, courseId, 'LEARNER', enrolment.enrolTs];
            if (enrolment.notEnrolledTs !== null) yield [id, courseId, 'NOT_ENROLLED', enrolment.notEnrolledTs];
            if (enrolment.reEnrolTs !== null) yield [id, courseId, 'LEARNER', enrolment.reEnrolTs];
            if (enrolment.switchTs !== null) yield [id, courseId, 'LEARNER', enrolment.switchTs];
          }
          const pre = plan.preEnrolOnly;
          if (pre) {
            const courseId = getCourse(catalog, pre.courseIndex).id;
            yield [id, courseId, 'BROWSER', pre.browserTs];
            yield [id, courseId, 'PRE_ENROLLED_LEARNER', pre.preEnrolTs];
            yield [id, courseId, 'NOT_ENROLLED', pre.notEnrolledTs];
          }
        }
      },
    },
    {
      name: 'on_demand_session_memberships',
      columns: columns(
        ['course_id', 'text'],
        ['on_demand_session_id', 'text'],
        [userColumn, 'hash'],
        ['on_demand_sessions_membership_start_ts', 'ts'],
        ['on_demand_sessions_membership_end_ts', 'ts'],
        ['course_branch_id', 'text'],
      ),
      *generateRows() {
        for (const plan of generateLearnerPlans(context)) {
          const id = mainId(plan.index);
          for (const enrolment of plan.enrolments) {
            const course = getCourse(catalog, enrolment.courseIndex);
            const starts = listLearnerTimestamps(enrolment);
            for (let m = 0; m < starts.length; m++) {
              const start = starts[m] as number;
              const sessionIndex = Math.max(course.firstSessionIndex, computeSessionIndex(start));
              const sessionEnd = computeSessionStartTs(sessionIndex) + course.sessionWeeks * 7 * DAY_MS;
              const next = starts[m + 1];
              let end: number | null = sessionEnd < exportTs ? sessionEnd : null;
              // Leaving the course or moving to a later session ends the membership early.
              if (m === 0 && enrolment.notEnrolledTs !== null) end = enrolment.notEnrolledTs;
              else if (next !== undefined && (end === null || next < end)) end = next - 1000;
              const branch = course.branches[computeSessionBranchIndex(course, sessionIndex)];
              yield [course.id, getSessionId(course, sessionIndex), id, start, end, branch?.id ?? course.id];
            }
          }
        }
      },
    },
    {
      name: 'users_courses__certificate_payments',
      columns: columns(
        [userColumn, 'hash'],
        ['course_id', 'text'],
        ['met_payment_condition', 'bool'],
        ['was_payment', 'bool'],
        ['was_finaid_grant', 'bool'],
        ['was_group_sponsored', 'bool'],
      ),
      *generateRows() {
        for (const plan of generateLearnerPlans(context)) {
          const id = mainId(plan.index);
          for (const enrolment of plan.enrolments) {
            const payment = enrolment.payment;
            if (!payment) continue;
            // met_payment_condition is the OR of the three (the guide's definition), kept so by construction.
            const met = payment.payment || payment.finaid || payment.group;
            yield [id, getCourse(catalog, enrolment.courseIndex).id, met, payment.payment, payment.finaid, payment.group];
          }
        }
      },
    },
    {
      name: 'course_progress',
      columns: columns(
        ['course_id', 'text'],
        ['course_item_id', 'text'],
        [userColumn, 'hash'],
        ['course_progress_state_type_id', 'int'],
        ['course_progress_ts', 'ts'],
      ),
      *generateRows() {
        for (const plan of generateLearnerPlans(context)) {
          const id = mainId(plan.index);
          for (const enrolment of plan.enrolments) {
            if (enrolment.reachedItems === 0) continue;
            const courseId = getCourse(catalog, enrolment.courseIndex).id;
            const events = walkEnrolment(context, plan.index, enrolment);
            for (const event of events.progress) yield [courseId, events.branch.items[event.itemIndex]?.id ?? '', id, event.state, event.ts];
          }
        }
      },
    },
    {
      name: 'course_grades',
      columns: columns(
        ['course_id', 'text'],
        [userColumn, 'hash'],
        ['course_grade_ts', 'ts'],
        ['course_passing_state_id', 'int'],
        ['course_grade_overall_passed_items', 'int'],
        ['course_grade_overall', 'float'],
        ['course_grade_verified_passed_items', 'int'],
        ['course_grade_verified', 'float'],
      ),
      *generateRows() {
        for (const plan of generateLearnerPlans(context)) {
          const id = mainId(plan.index);
          for (const enrolment of plan.enrolments) {
            if (enrolment.reachedItems === 0) continue;
            const grade = walkEnrolment(context, plan.index, enrolment).courseGrade;
            if (!grade) continue;
            const isVerified = grade.state === 2;
            yield [
              getCourse(catalog, enrolment.courseIndex).id,
              id,
              grade.ts,
              grade.state,
              grade.passedItems,
              grade.overall,
              isVerified ? grade.passedItems : 0,
              isVerified ? grade.overall : 0,
            ];
          }
        }
      },
    },
    {
      name: 'course_branch_grades',
      columns: columns(
        ['course_branch_id', 'text'],
        [userColumn, 'hash'],
        ['course_branch_grade_ts', 'ts'],
        ['course_passing_state_id', 'int'],
        ['course_branch_grade_overall_passed_items', 'int'],
        ['course_branch_grade_overall', 'float'],
      ),
      *generateRows() {
        for (const plan of generateLearnerPlans(context)) {
          const id = mainId(plan.index);
          for (const enrolment of plan.enrolments) {
            if (enrolment.reachedItems === 0) continue;
            const events = walkEnrolment(context, plan.index, enrolment);
            const grade = events.courseGrade;
            if (grade) yield [events.branch.id, id, grade.ts, grade.state, grade.passedItems, grade.overall];
          }
        }
      },
    },
    {
      name: 'course_item_grades',
      columns: columns(
        ['course_id', 'text'],
        ['course_item_id', 'text'],
        [userColumn, 'hash'],
        ['course_item_grade_ts', 'ts'],
        ['course_item_passing_state_id', 'int'],
        ['course_item_grade_overall', 'float'],
      ),
      *generateRows() {
        for (const plan of generateLearnerPlans(context)) {
          const id = mainId(plan.index);
          for (const enrolment of plan.enrolments) {
            if (enrolment.reachedItems === 0) continue;
            const courseId = getCourse(catalog, enrolment.courseIndex).id;
            const events = walkEnrolment(context, plan.index, enrolment);
            for (const grade of events.itemGrades) yield [courseId, events.branch.items[grade.itemIndex]?.id ?? '', id, grade.ts, grade.state, grade.grade];
          }
        }
      },
    },
    {
      name: 'feedback_course_ratings',
      columns: columns(
        ['course_id', 'text'],
        [feedbackUserColumn, 'hash'],
        ['feedback_system', 'text'],
        ['feedback_rating', 'int'],
        ['feedback_max_rating', 'int'],
        ['feedback_ts', 'ts'],
        ['course_branch_id', 'text'],
      ),
      *generateRows() {
        for (const plan of generateLearnerPlans(context)) {
          let id: string | null = null;
          for (const enrolment of plan.enrolments) {
            for (const { system, max, rating } of listRatings(enrolment)) {
              id ??= feedbackId(plan.index);
              yield [getCourse(catalog, enrolment.courseIndex).id, id, system, rating.rating, max, rating.ts, getBranchId(catalog, enrolment)];
            }
          }
        }
      },
    },
    {
      name: 'feedback_course_comments',
      columns: columns(
        ['course_id', 'text'],
        ['feedback_system', 'text'],
        [feedbackUserColumn, 'hash'],
        ['feedback_category', 'text'],
        ['feedback_text', 'text'],
        ['feedback_ts', 'ts'],
        ['course_branch_id', 'text'],
      ),
      *generateRows() {
        for (const plan of generateLearnerPlans(context)) {
          let id: string | null = null;
          for (const enrolment of plan.enrolments) {
            for (const { system, rating } of listRatings(enrolment)) {
              if (rating.commentSeed === null) continue;
              id ??= feedbackId(plan.index);
              const text =
                rating.forcedComment !== null
                  ? (TRICKY_COMMENTS[rating.forcedComment] as string)
                  : pickCommentText(createRandom(seed, 'comment', rating.commentSeed), describeSentiment(system, rating.rating));
              // Reviews are "generic"; NPS prompts ask for a reason.
              yield [
                getCourse(catalog, enrolment.courseIndex).id,
                system,
                id,
                system === 'STAR' ? 'generic' : 'NPS_REASON',
                text,
                rating.ts,
                getBranchId(catalog, enrolment),
              ];
            }
          }
        }
      },
    },
    {
      name: 'feedback_item_ratings',
      columns: columns(
        ['course_id', 'text'],
        ['course_item_id', 'text'],
        ['feedback_unit_id', 'text'],
        ['feedback_unit_type', 'text'],
        ['feedback_system', 'text'],
        [feedbackUserColumn, 'hash'],
        ['feedback_rating', 'int'],
        ['feedback_max_rating', 'int'],
        ['detailed_context', 'text'],
        ['feedback_ts', 'ts'],
        ['course_branch_id', 'text'],
      ),
      *generateRows() {
        for (const plan of generateLearnerPlans(context)) {
          let id: string | null = null;
          for (const enrolment of plan.enrolments) {
            if (enrolment.reachedItems === 0) continue;
            const courseId = getCourse(catalog, enrolment.courseIndex).id;
            const events = walkEnrolment(context, plan.index, enrolment);
            for (const rating of events.itemRatings) {
              const item = events.branch.items[rating.itemIndex];
              if (!item) continue;
              id ??= feedbackId(plan.index);
              yield [
                courseId,
                item.id,
                item.feedbackUnitId,
                item.feedbackUnitType,
                'LIKE_OR_DISLIKE',
                id,
                rating.rating,
                1,
                item.feedbackContext,
                rating.ts,
                events.branch.id,
              ];
            }
          }
        }
      },
    },
    {
      name: 'feedback_item_comments',
      columns: columns(
        ['course_id', 'text'],
        ['course_item_id', 'text'],
        ['feedback_unit_id', 'text'],
        ['feedback_unit_type', 'text'],
        ['feedback_system', 'text'],
        ['detailed_context', 'text'],
        [feedbackUserColumn, 'hash'],
        ['feedback_category', 'text'],
        ['feedback_text', 'text'],
        ['feedback_ts', 'ts'],
        ['feedback_active', 'bool'],
        ['course_branch_id', 'text'],
      ),
      *generateRows() {
        for (const plan of generateLearnerPlans(context)) {
          let id: string | null = null;
          for (const enrolment of plan.enrolments) {
            if (enrolment.reachedItems === 0) continue;
            const courseId = getCourse(catalog, enrolment.courseIndex).id;
            const events = walkEnrolment(context, plan.index, enrolment);
            for (const flag of events.itemFlags) {
              const item = events.branch.items[flag.itemIndex];
              if (!item) continue;
              id ??= feedbackId(plan.index);
              // Hot spots draw from content/typo/video only; other items from all categories.
              const category = FLAG_CATEGORIES[flag.categoryDraw] ?? 'other';
              const text = pickFlagText(createRandom(seed, 'flag', flag.textSeed), category);
              yield [
                courseId,
                item.id,
                item.feedbackUnitId,
                item.feedbackUnitType,
                'FLAG',
                item.feedbackContext,
                id,
                category,
                text,
                flag.ts,
                flag.active,
                events.branch.id,
              ];
            }
          }
        }
      },
    },
  ];

  // One anonymised per-course id table per course, for linking external surveys to learners of that course.
  // Fifty passes over all learners: only learners of a certificate containing the course get a full plan.
  for (const course of catalog.courses) {
    const certificatesWithCourse = new Set(catalog.certificates.filter((certificate) => certificate.courseIndexes.includes(course.index)).map((c) => c.index));
    tables.push({
      name: `${prefix}_${course.slugKey}_user_ids`,
      columns: columns([userColumn, 'hash'], [`${course.slugKey}_user_id`, 'hash']),
      *generateRows() {
        for (let i = 0; i < context.learners; i++) {
          if (!certificatesWithCourse.has(drawLearnerCertificate(context, i))) continue;
          if (planLearner(context, i).enrolments.some((enrolment) => enrolment.courseIndex === course.index)) {
            yield [mainId(i), computeUserHash(seed, course.slugKey, i)];
          }
        }
      },
    });
  }
  return tables;
}
