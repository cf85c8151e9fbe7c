-- CreateTable
CREATE TABLE "CommentReview" (
    "commentKey" TEXT NOT NULL PRIMARY KEY,
    "courseraCourseId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "reviewedById" TEXT NOT NULL,
    "reviewedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "CommentReview_courseraCourseId_idx" ON "CommentReview"("courseraCourseId");
