-- AlterTable
ALTER TABLE "summary_learner_course" ADD COLUMN     "best_grade" DOUBLE PRECISION,
ADD COLUMN     "items_accessed" INTEGER,
ADD COLUMN     "observed_hours" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "summary_course_workload" (
    "course_id" TEXT NOT NULL,
    "import_id" TEXT NOT NULL,
    "items_total" INTEGER NOT NULL,
    "bottom_up_hours" DOUBLE PRECISION,
    "inactivity_cutoff_minutes" INTEGER NOT NULL,
    "observed_n" INTEGER NOT NULL,
    "observed_q1_hours" DOUBLE PRECISION,
    "observed_median_hours" DOUBLE PRECISION,
    "observed_q3_hours" DOUBLE PRECISION,
    "participation_threshold" DOUBLE PRECISION NOT NULL,
    "achievement_threshold" DOUBLE PRECISION NOT NULL,
    "eligible" INTEGER NOT NULL,

    CONSTRAINT "summary_course_workload_pkey" PRIMARY KEY ("course_id")
);
