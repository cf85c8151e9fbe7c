-- CreateTable
CREATE TABLE "WorkloadSurveyWave" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "importedById" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "organisationId" TEXT NOT NULL,
    "responseCount" INTEGER NOT NULL,
    "linkedCount" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "WorkloadSurveyResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "waveId" TEXT NOT NULL,
    "courseraCourseId" TEXT NOT NULL,
    "courseUserId" TEXT,
    "learnerId" TEXT,
    "reportedHours" REAL NOT NULL,
    "comparison" TEXT NOT NULL,
    "submittedAt" DATETIME NOT NULL,
    "line" INTEGER NOT NULL,
    CONSTRAINT "WorkloadSurveyResponse_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "WorkloadSurveyWave" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "WorkloadSurveyWave_organisationId_idx" ON "WorkloadSurveyWave"("organisationId");

-- CreateIndex
CREATE INDEX "WorkloadSurveyResponse_courseraCourseId_idx" ON "WorkloadSurveyResponse"("courseraCourseId");

-- CreateIndex
CREATE INDEX "WorkloadSurveyResponse_waveId_idx" ON "WorkloadSurveyResponse"("waveId");
