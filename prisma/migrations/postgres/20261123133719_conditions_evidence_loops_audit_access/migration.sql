-- CreateEnum
CREATE TYPE "ChecklistScope" AS ENUM ('CONDITION', 'CERTIFICATE', 'COURSE');

-- CreateEnum
CREATE TYPE "ChecklistItemStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('FILE', 'LINK', 'METRIC_SNAPSHOT', 'CONTROL_LOOP');

-- CreateEnum
CREATE TYPE "EvidenceStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ControlLoopStatus" AS ENUM ('BASELINE', 'MEASURES', 'FOLLOW_UP', 'CLOSED');

-- CreateEnum
CREATE TYPE "MeasureStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('DUE_IN_30_DAYS', 'DUE_IN_14_DAYS', 'DUE_IN_7_DAYS', 'DUE_IN_1_DAY', 'OVERDUE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "failedSignIns" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "lockedUntil" TIMESTAMP(3),
ADD COLUMN     "oidcSubject" TEXT,
ADD COLUMN     "sessionsValidAfter" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Condition" ADD COLUMN     "checklistScope" "ChecklistScope" NOT NULL DEFAULT 'CERTIFICATE';

-- AlterTable
ALTER TABLE "ConditionDecisionRecord" ADD COLUMN     "extendedUntil" TIMESTAMP(3),
ADD COLUMN     "recordedById" TEXT;

-- AlterTable
ALTER TABLE "QualityProfileRating" ADD COLUMN     "note" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Import" ADD COLUMN     "rawRowsDeletedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL,
    "conditionId" TEXT NOT NULL,
    "certificateId" TEXT,
    "courseId" TEXT,
    "title" TEXT NOT NULL,
    "assigneeOrganisationId" TEXT NOT NULL,
    "assigneeUserId" TEXT,
    "dueOn" TIMESTAMP(3),
    "status" "ChecklistItemStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "checklistItemId" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "EvidenceStatus" NOT NULL DEFAULT 'SUBMITTED',
    "effectiveOn" TIMESTAMP(3) NOT NULL,
    "expiresOn" TIMESTAMP(3),
    "controlLoopId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceRevision" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "fileName" TEXT,
    "storedName" TEXT,
    "mediaType" TEXT,
    "sizeBytes" INTEGER,
    "url" TEXT,
    "snapshot" TEXT,
    "sha256" TEXT NOT NULL,
    "note" TEXT,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ControlLoop" (
    "id" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,
    "conditionId" TEXT,
    "title" TEXT NOT NULL,
    "status" "ControlLoopStatus" NOT NULL DEFAULT 'BASELINE',
    "baselineWaveId" TEXT NOT NULL,
    "baselineSnapshot" TEXT NOT NULL,
    "baselineSha256" TEXT NOT NULL,
    "baselineFrozenAt" TIMESTAMP(3) NOT NULL,
    "followUpWaveId" TEXT,
    "followUpSnapshot" TEXT,
    "followUpSha256" TEXT,
    "followUpFrozenAt" TIMESTAMP(3),
    "comparison" TEXT,
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "closingNote" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ControlLoop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL,
    "loopId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "ownerOrganisationId" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "dueOn" TIMESTAMP(3) NOT NULL,
    "status" "MeasureStatus" NOT NULL DEFAULT 'PLANNED',
    "expectedEffect" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "dueOn" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "sequence" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "procedureId" TEXT,
    "certificateId" TEXT,
    "before" TEXT,
    "after" TEXT,
    "previousHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("sequence")
);

-- CreateTable
CREATE TABLE "AuditHead" (
    "id" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditHead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStartAt" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ChecklistItem_conditionId_idx" ON "ChecklistItem"("conditionId");

-- CreateIndex
CREATE INDEX "ChecklistItem_assigneeOrganisationId_idx" ON "ChecklistItem"("assigneeOrganisationId");

-- CreateIndex
CREATE INDEX "Evidence_checklistItemId_idx" ON "Evidence"("checklistItemId");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceRevision_evidenceId_number_key" ON "EvidenceRevision"("evidenceId", "number");

-- CreateIndex
CREATE INDEX "ControlLoop_certificateId_idx" ON "ControlLoop"("certificateId");

-- CreateIndex
CREATE INDEX "Measure_loopId_idx" ON "Measure"("loopId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_subjectType_subjectId_kind_dueOn_key" ON "Notification"("userId", "subjectType", "subjectId", "kind", "dueOn");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_procedureId_idx" ON "AuditEntry"("procedureId");

-- CreateIndex
CREATE INDEX "AuditEntry_certificateId_idx" ON "AuditEntry"("certificateId");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_idx" ON "AuditEntry"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Condition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_assigneeOrganisationId_fkey" FOREIGN KEY ("assigneeOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_assigneeUserId_fkey" FOREIGN KEY ("assigneeUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_checklistItemId_fkey" FOREIGN KEY ("checklistItemId") REFERENCES "ChecklistItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_controlLoopId_fkey" FOREIGN KEY ("controlLoopId") REFERENCES "ControlLoop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceRevision" ADD CONSTRAINT "EvidenceRevision_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceRevision" ADD CONSTRAINT "EvidenceRevision_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlLoop" ADD CONSTRAINT "ControlLoop_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlLoop" ADD CONSTRAINT "ControlLoop_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Condition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlLoop" ADD CONSTRAINT "ControlLoop_baselineWaveId_fkey" FOREIGN KEY ("baselineWaveId") REFERENCES "WorkloadSurveyWave"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlLoop" ADD CONSTRAINT "ControlLoop_followUpWaveId_fkey" FOREIGN KEY ("followUpWaveId") REFERENCES "WorkloadSurveyWave"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_loopId_fkey" FOREIGN KEY ("loopId") REFERENCES "ControlLoop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
