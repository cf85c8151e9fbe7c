-- AlterTable
ALTER TABLE "summary_learner_course" ADD COLUMN "best_grade" REAL;
ALTER TABLE "summary_learner_course" ADD COLUMN "items_accessed" INTEGER;
ALTER TABLE "summary_learner_course" ADD COLUMN "observed_hours" REAL;

-- CreateTable
CREATE TABLE "summary_course_workload" (
    "course_id" TEXT NOT NULL PRIMARY KEY,
    "import_id" TEXT NOT NULL,
    "items_total" INTEGER NOT NULL,
    "bottom_up_hours" REAL,
    "inactivity_cutoff_minutes" INTEGER NOT NULL,
    "observed_n" INTEGER NOT NULL,
    "observed_q1_hours" REAL,
    "observed_median_hours" REAL,
    "observed_q3_hours" REAL,
    "participation_threshold" REAL NOT NULL,
    "achievement_threshold" REAL NOT NULL,
    "eligible" INTEGER NOT NULL
);
