-- CreateTable
CREATE TABLE "summary_learner_course" (
    "course_id" TEXT NOT NULL,
    "learner_id" TEXT NOT NULL,
    "import_id" TEXT NOT NULL,
    "first_learner_ts" DATETIME NOT NULL,
    "is_passed" BOOLEAN NOT NULL,
    "passed_ts" DATETIME,
    "is_paying" BOOLEAN NOT NULL,
    "is_was_payment" BOOLEAN NOT NULL,

    PRIMARY KEY ("course_id", "learner_id")
);

-- CreateTable
CREATE TABLE "summary_course_time_to_completion" (
    "course_id" TEXT NOT NULL PRIMARY KEY,
    "import_id" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "min_days" REAL,
    "q1_days" REAL,
    "median_days" REAL,
    "q3_days" REAL,
    "max_days" REAL
);

-- CreateTable
CREATE TABLE "summary_course_rating" (
    "course_id" TEXT NOT NULL,
    "feedback_system" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "import_id" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    PRIMARY KEY ("course_id", "feedback_system", "rating")
);

-- CreateTable
CREATE TABLE "summary_course_rating_month" (
    "course_id" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "import_id" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "rating_sum" INTEGER NOT NULL,

    PRIMARY KEY ("course_id", "month")
);

-- CreateTable
CREATE TABLE "summary_item_feedback" (
    "course_id" TEXT NOT NULL,
    "course_item_id" TEXT NOT NULL,
    "import_id" TEXT NOT NULL,
    "item_name" TEXT,
    "likes" INTEGER NOT NULL,
    "dislikes" INTEGER NOT NULL,
    "flags" INTEGER NOT NULL,

    PRIMARY KEY ("course_id", "course_item_id")
);

-- CreateTable
CREATE TABLE "summary_certificate" (
    "certificate_id" TEXT NOT NULL PRIMARY KEY,
    "enrolled" INTEGER NOT NULL,
    "completers" INTEGER NOT NULL,
    "funnel" TEXT NOT NULL,
    "import_ids" TEXT NOT NULL,
    "computed_at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "summary_learner_course_learner_id_idx" ON "summary_learner_course"("learner_id");
