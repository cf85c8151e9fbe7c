-- CreateEnum
CREATE TYPE "CommentReviewDecision" AS ENUM ('RELEASED', 'WITHHELD');

-- CreateTable
CREATE TABLE "CommentReview" (
    "commentKey" TEXT NOT NULL,
    "courseraCourseId" TEXT NOT NULL,
    "decision" "CommentReviewDecision" NOT NULL,
    "reviewedById" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommentReview_pkey" PRIMARY KEY ("commentKey")
);

-- CreateIndex
CREATE INDEX "CommentReview_courseraCourseId_idx" ON "CommentReview"("courseraCourseId");
