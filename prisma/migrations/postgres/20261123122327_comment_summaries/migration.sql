-- CreateTable
CREATE TABLE "summary_course_comment" (
    "course_id" TEXT NOT NULL,
    "comment_key" TEXT NOT NULL,
    "import_id" TEXT NOT NULL,
    "feedback_system" TEXT,
    "feedback_text" TEXT NOT NULL,
    "feedback_ts" TIMESTAMP(3),
    "rank" INTEGER NOT NULL,

    CONSTRAINT "summary_course_comment_pkey" PRIMARY KEY ("course_id","comment_key")
);

-- CreateIndex
CREATE INDEX "summary_course_comment_course_id_rank_idx" ON "summary_course_comment"("course_id", "rank");
