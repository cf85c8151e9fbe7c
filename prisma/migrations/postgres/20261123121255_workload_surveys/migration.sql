-- CreateEnum
CREATE TYPE "WorkloadComparison" AS ENUM ('LOWER', 'ABOUT_RIGHT', 'HIGHER');

-- CreateTable
CREATE TABLE "WorkloadSurveyWave" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "importedById" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "organisationId" TEXT NOT NULL,
    "responseCount" INTEGER NOT NULL,
    "linkedCount" INTEGER NOT NULL,

    CONSTRAINT "WorkloadSurveyWave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkloadSurveyResponse" (
    "id" TEXT NOT NULL,
    "waveId" TEXT NOT NULL,
    "courseraCourseId" TEXT NOT NULL,
    "courseUserId" TEXT,
    "learnerId" TEXT,
    "reportedHours" DOUBLE PRECISION NOT NULL,
    "comparison" "WorkloadComparison" NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "line" INTEGER NOT NULL,

    CONSTRAINT "WorkloadSurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkloadSurveyWave_organisationId_idx" ON "WorkloadSurveyWave"("organisationId");

-- CreateIndex
CREATE INDEX "WorkloadSurveyResponse_courseraCourseId_idx" ON "WorkloadSurveyResponse"("courseraCourseId");

-- CreateIndex
CREATE INDEX "WorkloadSurveyResponse_waveId_idx" ON "WorkloadSurveyResponse"("waveId");

-- AddForeignKey
ALTER TABLE "WorkloadSurveyResponse" ADD CONSTRAINT "WorkloadSurveyResponse_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "WorkloadSurveyWave"("id") ON DELETE CASCADE ON UPDATE CASCADE;
