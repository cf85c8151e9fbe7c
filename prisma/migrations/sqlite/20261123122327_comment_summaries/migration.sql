-- CreateTable
CREATE TABLE "summary_course_comment" (
    "course_id" TEXT NOT NULL,
    "comment_key" TEXT NOT NULL,
    "import_id" TEXT NOT NULL,
    "feedback_system" TEXT,
    "feedback_text" TEXT NOT NULL,
    "feedback_ts" DATETIME,
    "rank" INTEGER NOT NULL,

    PRIMARY KEY ("course_id", "comment_key")
);

-- CreateIndex
CREATE INDEX "summary_course_comment_course_id_rank_idx" ON "summary_course_comment"("course_id", "rank");
