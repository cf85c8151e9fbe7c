-- AlterTable
ALTER TABLE "ConditionDecisionRecord" ADD COLUMN "extendedUntil" DATETIME;
ALTER TABLE "ConditionDecisionRecord" ADD COLUMN "recordedById" TEXT;

-- AlterTable
ALTER TABLE "Import" ADD COLUMN "rawRowsDeletedAt" DATETIME;

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conditionId" TEXT NOT NULL,
    "certificateId" TEXT,
    "courseId" TEXT,
    "title" TEXT NOT NULL,
    "assigneeOrganisationId" TEXT NOT NULL,
    "assigneeUserId" TEXT,
    "dueOn" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChecklistItem_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Condition" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChecklistItem_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ChecklistItem_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ChecklistItem_assigneeOrganisationId_fkey" FOREIGN KEY ("assigneeOrganisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ChecklistItem_assigneeUserId_fkey" FOREIGN KEY ("assigneeUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "checklistItemId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "effectiveOn" DATETIME NOT NULL,
    "expiresOn" DATETIME,
    "controlLoopId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "reviewNote" TEXT,
    CONSTRAINT "Evidence_checklistItemId_fkey" FOREIGN KEY ("checklistItemId") REFERENCES "ChecklistItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_controlLoopId_fkey" FOREIGN KEY ("controlLoopId") REFERENCES "ControlLoop" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Evidence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Evidence_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EvidenceRevision_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvidenceRevision_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ControlLoop" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "certificateId" TEXT NOT NULL,
    "conditionId" TEXT,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'BASELINE',
    "baselineWaveId" TEXT NOT NULL,
    "baselineSnapshot" TEXT NOT NULL,
    "baselineSha256" TEXT NOT NULL,
    "baselineFrozenAt" DATETIME NOT NULL,
    "followUpWaveId" TEXT,
    "followUpSnapshot" TEXT,
    "followUpSha256" TEXT,
    "followUpFrozenAt" DATETIME,
    "comparison" TEXT,
    "closedAt" DATETIME,
    "closedById" TEXT,
    "closingNote" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ControlLoop_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ControlLoop_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Condition" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ControlLoop_baselineWaveId_fkey" FOREIGN KEY ("baselineWaveId") REFERENCES "WorkloadSurveyWave" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ControlLoop_followUpWaveId_fkey" FOREIGN KEY ("followUpWaveId") REFERENCES "WorkloadSurveyWave" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "loopId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "ownerOrganisationId" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "dueOn" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "expectedEffect" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Measure_loopId_fkey" FOREIGN KEY ("loopId") REFERENCES "ControlLoop" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Measure_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Measure_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "dueOn" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "sequence" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
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
    "hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "AuditHead" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sequence" INTEGER NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "windowStartAt" DATETIME NOT NULL,
    "count" INTEGER NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "disabledAt" DATETIME,
    "failedSignIns" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "sessionsValidAfter" DATETIME,
    "oidcSubject" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_User" ("createdAt", "disabledAt", "email", "id", "name", "organisationId", "passwordHash", "role", "updatedAt") SELECT "createdAt", "disabledAt", "email", "id", "name", "organisationId", "passwordHash", "role", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");
CREATE TABLE "new_Condition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "procedureId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "chapter" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "isAsteriskCriterion" BOOLEAN NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "checklistScope" TEXT NOT NULL DEFAULT 'CERTIFICATE',
    "dueOn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Condition_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "AccreditationProcedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Condition" ("chapter", "createdAt", "criterion", "dueOn", "id", "isAsteriskCriterion", "number", "procedureId", "status", "text", "updatedAt") SELECT "chapter", "createdAt", "criterion", "dueOn", "id", "isAsteriskCriterion", "number", "procedureId", "status", "text", "updatedAt" FROM "Condition";
DROP TABLE "Condition";
ALTER TABLE "new_Condition" RENAME TO "Condition";
CREATE UNIQUE INDEX "Condition_procedureId_number_key" ON "Condition"("procedureId", "number");
CREATE TABLE "new_QualityProfileRating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "procedureId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "criterionCode" TEXT NOT NULL,
    "criterionTitle" TEXT NOT NULL,
    "isAsterisk" BOOLEAN NOT NULL,
    "rating" TEXT NOT NULL,
    "note" TEXT,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QualityProfileRating_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "AccreditationProcedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_QualityProfileRating" ("criterionCode", "criterionTitle", "id", "isAsterisk", "position", "procedureId", "rating") SELECT "criterionCode", "criterionTitle", "id", "isAsterisk", "position", "procedureId", "rating" FROM "QualityProfileRating";
DROP TABLE "QualityProfileRating";
ALTER TABLE "new_QualityProfileRating" RENAME TO "QualityProfileRating";
CREATE UNIQUE INDEX "QualityProfileRating_procedureId_criterionCode_key" ON "QualityProfileRating"("procedureId", "criterionCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
