-- CreateTable
CREATE TABLE "Import" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceName" TEXT NOT NULL,
    "contentSha256" TEXT NOT NULL,
    "partnerPrefix" TEXT NOT NULL,
    "anonymity" TEXT NOT NULL,
    "snapshotAt" DATETIME,
    "importedById" TEXT,
    "importedByLabel" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "warnings" TEXT NOT NULL,
    "courseCount" INTEGER NOT NULL,
    "supersededAt" DATETIME,
    CONSTRAINT "Import_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "importId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "tableName" TEXT,
    "sha256" TEXT NOT NULL,
    "bytes" REAL NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "isLoaded" BOOLEAN NOT NULL,
    CONSTRAINT "ImportFile_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportCourse" (
    "importId" TEXT NOT NULL,
    "courseraCourseId" TEXT NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT true,

    PRIMARY KEY ("importId", "courseraCourseId"),
    CONSTRAINT "ImportCourse_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportLock" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "hostname" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "export_courses" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "course_slug" TEXT,
    "course_name" TEXT NOT NULL,
    "course_launch_ts" DATETIME,
    "course_update_ts" DATETIME,
    "course_deleted" BOOLEAN,
    "course_graded" BOOLEAN,
    "course_desc" TEXT,
    "course_restricted" BOOLEAN,
    "course_verification_enabled_at_ts" DATETIME,
    "primary_translation_equivalent_course" TEXT,
    "course_preenrollment_ts" DATETIME,
    "estimated_work_load" TEXT,
    "sessions_enabled_at" DATETIME,
    "course_level" TEXT,
    "course_type" TEXT,
    "course_is_limited_to_enterprise" BOOLEAN
);

-- CreateTable
CREATE TABLE "export_course_branches" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "course_branch_id" TEXT NOT NULL,
    "course_branch_changes_description" TEXT,
    "authoring_course_branch_name" TEXT,
    "authoring_course_branch_created_ts" DATETIME,
    "authoring_course_branch_launched_ts" DATETIME
);

-- CreateTable
CREATE TABLE "export_course_branch_modules" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "course_branch_id" TEXT NOT NULL,
    "course_module_id" TEXT NOT NULL,
    "course_branch_module_order" INTEGER,
    "course_branch_module_name" TEXT,
    "course_branch_module_desc" TEXT
);

-- CreateTable
CREATE TABLE "export_course_branch_lessons" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "course_branch_id" TEXT NOT NULL,
    "course_lesson_id" TEXT NOT NULL,
    "course_module_id" TEXT,
    "course_branch_lesson_order" INTEGER,
    "course_branch_lesson_name" TEXT
);

-- CreateTable
CREATE TABLE "export_course_branch_items" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "course_branch_id" TEXT NOT NULL,
    "course_item_id" TEXT NOT NULL,
    "course_lesson_id" TEXT,
    "course_branch_item_order" INTEGER,
    "course_item_type_id" INTEGER,
    "course_branch_item_name" TEXT,
    "course_branch_item_optional" BOOLEAN,
    "is_graded" BOOLEAN,
    "course_branch_item_lecture_duration_ms" REAL,
    "quiz_is_graded" BOOLEAN,
    "global_item_time_commitment" REAL,
    "item_weight_in_course_branch_percentage" REAL
);

-- CreateTable
CREATE TABLE "export_course_item_types" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_item_type_id" INTEGER NOT NULL,
    "course_item_type_desc" TEXT,
    "course_item_type_category" TEXT,
    "course_item_type_graded" BOOLEAN
);

-- CreateTable
CREATE TABLE "export_course_progress" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "course_item_id" TEXT NOT NULL,
    "learner_id" TEXT NOT NULL,
    "course_progress_state_type_id" INTEGER NOT NULL,
    "course_progress_ts" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "export_course_grades" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "learner_id" TEXT NOT NULL,
    "course_grade_ts" DATETIME,
    "course_passing_state_id" INTEGER NOT NULL,
    "course_grade_overall_passed_items" INTEGER,
    "course_grade_overall" REAL
);

-- CreateTable
CREATE TABLE "export_course_branch_grades" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "course_branch_id" TEXT NOT NULL,
    "learner_id" TEXT NOT NULL,
    "course_branch_grade_ts" DATETIME,
    "course_passing_state_id" INTEGER,
    "course_branch_grade_overall_passed_items" INTEGER,
    "course_branch_grade_overall" REAL
);

-- CreateTable
CREATE TABLE "export_course_item_grades" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "course_item_id" TEXT NOT NULL,
    "learner_id" TEXT NOT NULL,
    "course_item_grade_ts" DATETIME,
    "course_item_passing_state_id" INTEGER,
    "course_item_grade_overall" REAL
);

-- CreateTable
CREATE TABLE "export_course_memberships" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "learner_id" TEXT NOT NULL,
    "course_id" TEXT NOT NULL,
    "course_membership_role" TEXT NOT NULL,
    "course_membership_ts" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "export_learners" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "learner_id" TEXT NOT NULL,
    "user_join_ts" DATETIME,
    "country_cd" TEXT,
    "profile_language_cd" TEXT
);

-- CreateTable
CREATE TABLE "export_course_payments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "learner_id" TEXT NOT NULL,
    "course_id" TEXT NOT NULL,
    "met_payment_condition" BOOLEAN,
    "was_payment" BOOLEAN,
    "was_finaid_grant" BOOLEAN,
    "was_group_sponsored" BOOLEAN
);

-- CreateTable
CREATE TABLE "export_sessions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "on_demand_session_id" TEXT NOT NULL,
    "on_demand_sessions_start_ts" DATETIME,
    "on_demand_sessions_end_ts" DATETIME,
    "on_demand_sessions_enrollment_end_ts" DATETIME,
    "course_branch_id" TEXT
);

-- CreateTable
CREATE TABLE "export_session_memberships" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "on_demand_session_id" TEXT NOT NULL,
    "learner_id" TEXT NOT NULL,
    "on_demand_sessions_membership_start_ts" DATETIME,
    "on_demand_sessions_membership_end_ts" DATETIME,
    "course_branch_id" TEXT
);

-- CreateTable
CREATE TABLE "export_course_ratings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "respondent_id" TEXT NOT NULL,
    "feedback_system" TEXT NOT NULL,
    "feedback_rating" INTEGER NOT NULL,
    "feedback_max_rating" INTEGER,
    "feedback_ts" DATETIME,
    "course_branch_id" TEXT
);

-- CreateTable
CREATE TABLE "export_course_comments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "feedback_system" TEXT,
    "respondent_id" TEXT NOT NULL,
    "feedback_category" TEXT,
    "feedback_text" TEXT,
    "feedback_ts" DATETIME,
    "course_branch_id" TEXT
);

-- CreateTable
CREATE TABLE "export_item_ratings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "course_item_id" TEXT,
    "feedback_unit_id" TEXT,
    "feedback_unit_type" TEXT,
    "feedback_system" TEXT,
    "respondent_id" TEXT NOT NULL,
    "feedback_rating" INTEGER,
    "feedback_max_rating" INTEGER,
    "detailed_context" TEXT,
    "feedback_ts" DATETIME,
    "course_branch_id" TEXT
);

-- CreateTable
CREATE TABLE "export_item_comments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_id" TEXT NOT NULL,
    "course_item_id" TEXT,
    "feedback_unit_id" TEXT,
    "feedback_unit_type" TEXT,
    "feedback_system" TEXT,
    "detailed_context" TEXT,
    "respondent_id" TEXT NOT NULL,
    "feedback_category" TEXT,
    "feedback_text" TEXT,
    "feedback_ts" DATETIME,
    "feedback_active" BOOLEAN,
    "course_branch_id" TEXT
);

-- CreateTable
CREATE TABLE "export_specializations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "specialization_id" TEXT NOT NULL,
    "specialization_slug" TEXT,
    "specialization_name" TEXT NOT NULL,
    "specialization_display_page_launch_ts" DATETIME,
    "specialization_version" INTEGER,
    "base_specialization_id" TEXT,
    "specialization_type" TEXT
);

-- CreateTable
CREATE TABLE "export_specialization_courses" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "specialization_id" TEXT NOT NULL,
    "course_id" TEXT NOT NULL,
    "current_dt" DATETIME,
    "course_order" INTEGER,
    "is_course_capstone" BOOLEAN
);

-- CreateTable
CREATE TABLE "export_course_user_ids" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "import_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "course_key" TEXT NOT NULL,
    "learner_id" TEXT NOT NULL,
    "course_user_id" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "Import_contentSha256_idx" ON "Import"("contentSha256");

-- CreateIndex
CREATE UNIQUE INDEX "ImportFile_importId_fileName_key" ON "ImportFile"("importId", "fileName");

-- CreateIndex
CREATE INDEX "ImportCourse_courseraCourseId_isCurrent_idx" ON "ImportCourse"("courseraCourseId", "isCurrent");

-- CreateIndex
CREATE INDEX "export_courses_course_id_idx" ON "export_courses"("course_id");

-- CreateIndex
CREATE INDEX "export_course_branches_course_id_idx" ON "export_course_branches"("course_id");

-- CreateIndex
CREATE INDEX "export_course_branches_course_branch_id_idx" ON "export_course_branches"("course_branch_id");

-- CreateIndex
CREATE INDEX "export_course_branch_modules_course_id_idx" ON "export_course_branch_modules"("course_id");

-- CreateIndex
CREATE INDEX "export_course_branch_lessons_course_id_idx" ON "export_course_branch_lessons"("course_id");

-- CreateIndex
CREATE INDEX "export_course_branch_items_course_id_idx" ON "export_course_branch_items"("course_id");

-- CreateIndex
CREATE INDEX "export_course_branch_items_course_id_course_item_id_idx" ON "export_course_branch_items"("course_id", "course_item_id");

-- CreateIndex
CREATE INDEX "export_course_item_types_course_item_type_id_idx" ON "export_course_item_types"("course_item_type_id");

-- CreateIndex
CREATE INDEX "export_course_progress_course_id_idx" ON "export_course_progress"("course_id");

-- CreateIndex
CREATE INDEX "export_course_progress_course_id_learner_id_idx" ON "export_course_progress"("course_id", "learner_id");

-- CreateIndex
CREATE INDEX "export_course_grades_course_id_idx" ON "export_course_grades"("course_id");

-- CreateIndex
CREATE INDEX "export_course_grades_course_id_learner_id_idx" ON "export_course_grades"("course_id", "learner_id");

-- CreateIndex
CREATE INDEX "export_course_branch_grades_course_id_idx" ON "export_course_branch_grades"("course_id");

-- CreateIndex
CREATE INDEX "export_course_branch_grades_course_id_learner_id_idx" ON "export_course_branch_grades"("course_id", "learner_id");

-- CreateIndex
CREATE INDEX "export_course_item_grades_course_id_idx" ON "export_course_item_grades"("course_id");

-- CreateIndex
CREATE INDEX "export_course_item_grades_course_id_learner_id_idx" ON "export_course_item_grades"("course_id", "learner_id");

-- CreateIndex
CREATE INDEX "export_course_memberships_course_id_idx" ON "export_course_memberships"("course_id");

-- CreateIndex
CREATE INDEX "export_course_memberships_course_id_learner_id_idx" ON "export_course_memberships"("course_id", "learner_id");

-- CreateIndex
CREATE INDEX "export_learners_learner_id_idx" ON "export_learners"("learner_id");

-- CreateIndex
CREATE INDEX "export_course_payments_course_id_idx" ON "export_course_payments"("course_id");

-- CreateIndex
CREATE INDEX "export_course_payments_course_id_learner_id_idx" ON "export_course_payments"("course_id", "learner_id");

-- CreateIndex
CREATE INDEX "export_sessions_course_id_idx" ON "export_sessions"("course_id");

-- CreateIndex
CREATE INDEX "export_sessions_on_demand_session_id_idx" ON "export_sessions"("on_demand_session_id");

-- CreateIndex
CREATE INDEX "export_session_memberships_course_id_idx" ON "export_session_memberships"("course_id");

-- CreateIndex
CREATE INDEX "export_course_ratings_course_id_idx" ON "export_course_ratings"("course_id");

-- CreateIndex
CREATE INDEX "export_course_ratings_course_id_feedback_system_idx" ON "export_course_ratings"("course_id", "feedback_system");

-- CreateIndex
CREATE INDEX "export_course_comments_course_id_idx" ON "export_course_comments"("course_id");

-- CreateIndex
CREATE INDEX "export_item_ratings_course_id_idx" ON "export_item_ratings"("course_id");

-- CreateIndex
CREATE INDEX "export_item_ratings_course_id_course_item_id_idx" ON "export_item_ratings"("course_id", "course_item_id");

-- CreateIndex
CREATE INDEX "export_item_comments_course_id_idx" ON "export_item_comments"("course_id");

-- CreateIndex
CREATE INDEX "export_specializations_specialization_id_idx" ON "export_specializations"("specialization_id");

-- CreateIndex
CREATE INDEX "export_specialization_courses_specialization_id_course_id_idx" ON "export_specialization_courses"("specialization_id", "course_id");

-- CreateIndex
CREATE INDEX "export_course_user_ids_course_key_course_user_id_idx" ON "export_course_user_ids"("course_key", "course_user_id");
