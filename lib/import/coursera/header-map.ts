// The translation table between Coursera's export files and CertQA's raw export tables.
// One entry per table CertQA loads: the database table, and per column the CertQA column, the
// header names it has carried across export generations (first = current), its type and whether
// the file is unusable without it. Columns are always mapped by header name, never by position.
// The user-id column is named after the partner (`ibm_user_id`, `ibm_feedback_user_id`); it is
// written here as `{prefix}_user_id` / `{prefix}_feedback_user_id` and resolved per export.
//
// Whatever a file holds beyond this (older atom_* columns, S3 image keys, demographic profile
// fields) is not stored: listed under `ignoredColumns` when known, warned about when unknown.

export type TColumnType = 'text' | 'int' | 'float' | 'bool' | 'timestamp' | 'date';

export type TColumnSpec = {
  /** Column in CertQA's table. */
  column: string;
  /** Header names in the export, newest first. `{user}` = the partner's main or feedback user-id column. */
  headers: readonly string[];
  type: TColumnType;
  isRequired?: boolean;
  /** This column holds a hashed user id (main or, in isolated exports, feedback domain). */
  isUserId?: boolean;
};

export type TTableSpec = {
  /** Coursera's table (file `<table>.csv`). */
  table: string;
  /** CertQA's table that receives the rows. */
  target: string;
  columns: readonly TColumnSpec[];
  /** Known columns deliberately not stored. */
  ignoredColumns?: readonly string[];
  /** How an import replaces the earlier snapshot of this table. */
  snapshot: 'course' | 'branch' | 'learner' | 'specialization' | 'global';
  /** The file must be present for the export to be importable. */
  isRequiredTable?: boolean;
  /** Columns whose combination may occur once per export (checked after loading; duplicates name both lines). */
  uniqueKey?: readonly string[];
  /** Extra indexes dashboards need, built after loading. */
  indexes?: readonly (readonly string[])[];
};

const USER = '{user}';

const text = (column: string, headers: readonly string[] = [column], isRequired = false): TColumnSpec => ({ column, headers, type: 'text', isRequired });
const int = (column: string, headers: readonly string[] = [column], isRequired = false): TColumnSpec => ({ column, headers, type: 'int', isRequired });
const float = (column: string, headers: readonly string[] = [column]): TColumnSpec => ({ column, headers, type: 'float' });
const bool = (column: string, headers: readonly string[] = [column]): TColumnSpec => ({ column, headers, type: 'bool' });
const ts = (column: string, headers: readonly string[] = [column], isRequired = false): TColumnSpec => ({ column, headers, type: 'timestamp', isRequired });
const learner = (column = 'learner_id'): TColumnSpec => ({ column, headers: [USER], type: 'text', isRequired: true, isUserId: true });
const courseId = (isRequired = true) => text('course_id', ['course_id'], isRequired);

export const TABLE_SPECS: readonly TTableSpec[] = [
  {
    table: 'courses',
    target: 'export_courses',
    snapshot: 'course',
    isRequiredTable: true,
    uniqueKey: ['course_id'],
    columns: [
      courseId(),
      text('course_slug'),
      text('course_name', ['course_name'], true),
      ts('course_launch_ts'),
      ts('course_update_ts'),
      bool('course_deleted'),
      bool('course_graded'),
      text('course_desc'),
      bool('course_restricted'),
      ts('course_verification_enabled_at_ts'),
      text('primary_translation_equivalent_course', ['primary_translation_equivalent_course', 'primary_translation_equivalent_course_id']),
      ts('course_preenrollment_ts'),
      text('estimated_work_load', ['estimated_work_load', 'course_workload']),
      ts('sessions_enabled_at', ['sessions_enabled_at', 'course_session_enabled_ts']),
      text('course_level'),
      text('course_type'),
      bool('course_is_limited_to_enterprise'),
    ],
    ignoredColumns: [
      'course_promo_photo_s3_bucket',
      'course_promo_photo_s3_key',
      'course_planned_launch_date',
      'course_planned_launch_date_text',
      'course_header_image_bucket',
      'course_header_image_key',
      'course_header_image_s3_bucket',
      'course_header_image_s3_key',
    ],
  },
  {
    table: 'course_branches',
    target: 'export_course_branches',
    snapshot: 'course',
    uniqueKey: ['course_branch_id'],
    columns: [
      courseId(),
      text('course_branch_id', ['course_branch_id'], true),
      text('course_branch_changes_description'),
      text('authoring_course_branch_name'),
      ts('authoring_course_branch_created_ts'),
      ts('authoring_course_branch_launched_ts'),
    ],
  },
  {
    table: 'course_branch_modules',
    target: 'export_course_branch_modules',
    snapshot: 'branch',
    uniqueKey: ['course_branch_id', 'course_module_id'],
    columns: [
      text('course_branch_id', ['course_branch_id'], true),
      text('course_module_id', ['course_module_id'], true),
      int('course_branch_module_order'),
      text('course_branch_module_name'),
      text('course_branch_module_desc'),
    ],
  },
  {
    table: 'course_branch_lessons',
    target: 'export_course_branch_lessons',
    snapshot: 'branch',
    uniqueKey: ['course_branch_id', 'course_lesson_id'],
    columns: [
      text('course_branch_id', ['course_branch_id'], true),
      text('course_lesson_id', ['course_lesson_id'], true),
      text('course_module_id'),
      int('course_branch_lesson_order'),
      text('course_branch_lesson_name'),
    ],
  },
  {
    table: 'course_branch_items',
    target: 'export_course_branch_items',
    snapshot: 'branch',
    uniqueKey: ['course_branch_id', 'course_item_id'],
    indexes: [['course_id', 'course_item_id']],
    columns: [
      text('course_branch_id', ['course_branch_id'], true),
      text('course_item_id', ['course_item_id'], true),
      text('course_lesson_id'),
      int('course_branch_item_order'),
      int('course_item_type_id'),
      text('course_branch_item_name'),
      bool('course_branch_item_optional'),
      bool('is_graded'),
      { column: 'course_branch_item_lecture_duration_ms', headers: ['course_branch_item_lecture_duration_ms'], type: 'float' },
      bool('quiz_is_graded'),
      float('global_item_time_commitment'),
      float('item_weight_in_course_branch_percentage'),
    ],
    ignoredColumns: [
      'course_branch_atom_is_frozen',
      'interaction_id',
      'is_in_honor_lesson',
      'quiz_assessment_id',
      'global_item_id',
      'global_item_version',
      'is_global_item_version_frozen',
      'atom_id',
      'atom_version_id',
    ],
  },
  {
    table: 'course_item_types',
    target: 'export_course_item_types',
    snapshot: 'global',
    uniqueKey: ['course_item_type_id'],
    columns: [
      int('course_item_type_id', ['course_item_type_id'], true),
      text('course_item_type_desc'),
      text('course_item_type_category'),
      bool('course_item_type_graded'),
    ],
    ignoredColumns: ['atom_content_type_id', 'global_item_content_type_id', 'deprecated'],
  },
  {
    table: 'course_progress',
    target: 'export_course_progress',
    snapshot: 'course',
    indexes: [['course_id', 'learner_id']],
    columns: [courseId(), text('course_item_id', ['course_item_id'], true), learner(), int('course_progress_state_type_id', ['course_progress_state_type_id'], true), ts('course_progress_ts', ['course_progress_ts'], true)],
  },
  {
    table: 'course_grades',
    target: 'export_course_grades',
    snapshot: 'course',
    indexes: [['course_id', 'learner_id']],
    columns: [
      courseId(),
      learner(),
      ts('course_grade_ts'),
      int('course_passing_state_id', ['course_passing_state_id'], true),
      int('course_grade_overall_passed_items'),
      float('course_grade_overall'),
    ],
    ignoredColumns: ['course_grade_verified_passed_items', 'course_grade_verified'],
  },
  {
    table: 'course_branch_grades',
    target: 'export_course_branch_grades',
    snapshot: 'branch',
    indexes: [['course_id', 'learner_id']],
    columns: [
      text('course_branch_id', ['course_branch_id'], true),
      learner(),
      ts('course_branch_grade_ts'),
      int('course_passing_state_id'),
      int('course_branch_grade_overall_passed_items'),
      float('course_branch_grade_overall'),
    ],
    ignoredColumns: ['course_branch_grade_verified_passed_items', 'course_branch_grade_verified'],
  },
  {
    table: 'course_item_grades',
    target: 'export_course_item_grades',
    snapshot: 'course',
    indexes: [['course_id', 'learner_id']],
    columns: [courseId(), text('course_item_id', ['course_item_id'], true), learner(), ts('course_item_grade_ts'), int('course_item_passing_state_id'), float('course_item_grade_overall')],
    ignoredColumns: ['course_item_grade_verified', 'course_item_grade_pending'],
  },
  {
    table: 'course_memberships',
    target: 'export_course_memberships',
    snapshot: 'course',
    isRequiredTable: true,
    indexes: [['course_id', 'learner_id']],
    columns: [learner(), courseId(), text('course_membership_role', ['course_membership_role'], true), ts('course_membership_ts', ['course_membership_ts'], true)],
  },
  {
    table: 'users',
    target: 'export_learners',
    snapshot: 'learner',
    uniqueKey: ['learner_id'],
    // Data minimisation: only what dashboards use. Gender, employment, education and student status stay out.
    columns: [learner(), ts('user_join_ts'), text('country_cd'), text('profile_language_cd')],
    ignoredColumns: ['region_cd', 'browser_language_cd', 'reported_or_inferred_gender', 'employment_status', 'educational_attainment', 'student_status'],
  },
  {
    table: 'users_courses__certificate_payments',
    target: 'export_course_payments',
    snapshot: 'course',
    uniqueKey: ['course_id', 'learner_id'],
    columns: [learner(), courseId(), bool('met_payment_condition'), bool('was_payment'), bool('was_finaid_grant'), bool('was_group_sponsored')],
  },
  {
    table: 'on_demand_sessions',
    target: 'export_sessions',
    snapshot: 'course',
    uniqueKey: ['on_demand_session_id'],
    columns: [
      courseId(),
      text('on_demand_session_id', ['on_demand_session_id'], true),
      ts('on_demand_sessions_start_ts'),
      ts('on_demand_sessions_end_ts'),
      ts('on_demand_sessions_enrollment_end_ts'),
      text('course_branch_id'),
    ],
  },
  {
    table: 'on_demand_session_memberships',
    target: 'export_session_memberships',
    snapshot: 'course',
    columns: [courseId(), text('on_demand_session_id', ['on_demand_session_id'], true), learner(), ts('on_demand_sessions_membership_start_ts'), ts('on_demand_sessions_membership_end_ts'), text('course_branch_id')],
  },
  {
    table: 'feedback_course_ratings',
    target: 'export_course_ratings',
    snapshot: 'course',
    indexes: [['course_id', 'feedback_system']],
    columns: [
      courseId(),
      learner('respondent_id'),
      text('feedback_system', ['feedback_system'], true),
      int('feedback_rating', ['feedback_rating'], true),
      int('feedback_max_rating'),
      ts('feedback_ts'),
      text('course_branch_id'),
    ],
  },
  {
    table: 'feedback_course_comments',
    target: 'export_course_comments',
    snapshot: 'course',
    columns: [courseId(), text('feedback_system'), learner('respondent_id'), text('feedback_category'), text('feedback_text'), ts('feedback_ts'), text('course_branch_id')],
  },
  {
    table: 'feedback_item_ratings',
    target: 'export_item_ratings',
    snapshot: 'course',
    indexes: [['course_id', 'course_item_id']],
    columns: [
      courseId(),
      text('course_item_id'),
      text('feedback_unit_id'),
      text('feedback_unit_type'),
      text('feedback_system'),
      learner('respondent_id'),
      int('feedback_rating'),
      int('feedback_max_rating'),
      text('detailed_context'),
      ts('feedback_ts'),
      text('course_branch_id'),
    ],
  },
  {
    table: 'feedback_item_comments',
    target: 'export_item_comments',
    snapshot: 'course',
    columns: [
      courseId(),
      text('course_item_id'),
      text('feedback_unit_id'),
      text('feedback_unit_type'),
      text('feedback_system'),
      text('detailed_context'),
      learner('respondent_id'),
      text('feedback_category'),
      text('feedback_text'),
      ts('feedback_ts'),
      bool('feedback_active'),
      text('course_branch_id'),
    ],
  },
  {
    table: 'specializations',
    target: 'export_specializations',
    snapshot: 'specialization',
    uniqueKey: ['specialization_id'],
    columns: [
      text('specialization_id', ['specialization_id'], true),
      text('specialization_slug'),
      text('specialization_name', ['specialization_name'], true),
      ts('specialization_display_page_launch_ts'),
      int('specialization_version'),
      text('base_specialization_id'),
      text('specialization_type'),
    ],
    ignoredColumns: [
      'sequence_branch_id',
      'specialization_primary_domain',
      'specialization_primary_subdomain',
      'specialization_language',
      'premium_grading_enabled_courses_count',
    ],
  },
  {
    table: 'specializations_courses',
    target: 'export_specialization_courses',
    snapshot: 'specialization',
    uniqueKey: ['specialization_id', 'course_id'],
    columns: [text('specialization_id', ['specialization_id'], true), courseId(), { column: 'current_dt', headers: ['current_dt'], type: 'date' }, int('course_order'), bool('is_course_capstone')],
  },
];

/** Per-course user-id tables (`ibm_<course>_user_ids`) all load into one table, keyed by course slug. */
export const COURSE_USER_IDS_TARGET = 'export_course_user_ids';

/** Lookup tables whose content CertQA knows (passing states, progress states): read past without warning. */
export const KNOWN_UNSTORED_TABLES: readonly string[] = [
  'course_progress_state_types',
  'course_passing_states',
  'course_item_passing_states',
  'course_formative_quiz_grades',
  'users_courses__s12n_enrollments',
  'users_courses__degree_program_memberships',
  'course_progress_learner_goals',
];

export function getTableSpec(table: string): TTableSpec | undefined {
  return TABLE_SPECS.find((spec) => spec.table === table);
}

/** The header names a column may carry in this export, with the partner prefix resolved. */
export function resolveHeaders(spec: TColumnSpec, userIdHeaders: readonly string[]): readonly string[] {
  return spec.isUserId ? userIdHeaders : spec.headers;
}
