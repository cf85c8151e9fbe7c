-- AlterTable
ALTER TABLE "summary_item_feedback" ADD COLUMN "hot_spot_k" INTEGER;
ALTER TABLE "summary_item_feedback" ADD COLUMN "hot_spot_rank" INTEGER;

-- CreateIndex
CREATE INDEX "summary_item_feedback_course_id_hot_spot_rank_idx" ON "summary_item_feedback"("course_id", "hot_spot_rank");

-- Rank the summaries already computed, with the default k = 5; pages re-rank live when k differs.
UPDATE "summary_item_feedback" SET "hot_spot_rank" = ranked.position, "hot_spot_k" = 5
FROM (
  SELECT course_id, course_item_id,
         ROW_NUMBER() OVER (
           PARTITION BY course_id
           ORDER BY CASE WHEN likes + dislikes >= 5 THEN dislikes * 1.0 / (likes + dislikes) ELSE -1 END DESC, flags DESC, course_item_id
         ) AS position
  FROM "summary_item_feedback"
) ranked
WHERE "summary_item_feedback".course_id = ranked.course_id AND "summary_item_feedback".course_item_id = ranked.course_item_id
  AND ranked.position <= 10;
