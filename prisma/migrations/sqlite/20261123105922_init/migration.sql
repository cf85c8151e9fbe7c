-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "disabledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditorGrant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "validFrom" DATETIME NOT NULL,
    "validUntil" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditorGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AuditorGrant_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "AccreditationProcedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AuditorGrant_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "platformOrganisationId" TEXT NOT NULL,
    "contentPartnerOrganisationId" TEXT NOT NULL,
    "statedTotalHours" REAL,
    "statedCredits" REAL,
    "statedExactCredits" REAL,
    "eqfLevel" INTEGER,
    "intendedDurationMonthsMin" REAL,
    "intendedDurationMonthsMax" REAL,
    "initialStart" TEXT,
    "courseraSpecializationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Certificate_platformOrganisationId_fkey" FOREIGN KEY ("platformOrganisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Certificate_contentPartnerOrganisationId_fkey" FOREIGN KEY ("contentPartnerOrganisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Course" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "courseraCourseId" TEXT,
    "courseraSlug" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CertificateCourse" (
    "certificateId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "estimatedHours" REAL NOT NULL,

    PRIMARY KEY ("certificateId", "courseId"),
    CONSTRAINT "CertificateCourse_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CertificateCourse_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccreditationProcedure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agencyOrganisationId" TEXT NOT NULL,
    "platformOrganisationId" TEXT NOT NULL,
    "projectNumber" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "modeOfStudy" TEXT,
    "decision" TEXT,
    "decisionRules" TEXT,
    "projectManager" TEXT,
    "panel" TEXT,
    "openedOn" DATETIME,
    "selfAssessmentFiledOn" DATETIME,
    "siteVisitFrom" DATETIME,
    "siteVisitTo" DATETIME,
    "providerStatementOn" DATETIME,
    "committeeMeetingNumber" INTEGER,
    "committeeMeetingOn" DATETIME,
    "certificationFrom" DATETIME,
    "certificationUntil" DATETIME,
    "proofOfConditionsDueOn" DATETIME,
    "hoursPerCredit" REAL NOT NULL DEFAULT 25,
    "hoursPerCreditMin" REAL NOT NULL DEFAULT 25,
    "hoursPerCreditMax" REAL NOT NULL DEFAULT 30,
    "ectsRoundingRule" TEXT NOT NULL DEFAULT 'FLOOR',
    "weeklyWorkloadGuideline" REAL NOT NULL DEFAULT 10,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AccreditationProcedure_agencyOrganisationId_fkey" FOREIGN KEY ("agencyOrganisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AccreditationProcedure_platformOrganisationId_fkey" FOREIGN KEY ("platformOrganisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProcedureCertificate" (
    "procedureId" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,

    PRIMARY KEY ("procedureId", "certificateId"),
    CONSTRAINT "ProcedureCertificate_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "AccreditationProcedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProcedureCertificate_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Condition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "procedureId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "chapter" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "isAsteriskCriterion" BOOLEAN NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "dueOn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Condition_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "AccreditationProcedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConditionDecisionRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conditionId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "decidedOn" DATETIME NOT NULL,
    "meeting" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConditionDecisionRecord_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Condition" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "procedureId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "chapter" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    CONSTRAINT "Recommendation_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "AccreditationProcedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QualityProfileRating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "procedureId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "criterionCode" TEXT NOT NULL,
    "criterionTitle" TEXT NOT NULL,
    "isAsterisk" BOOLEAN NOT NULL,
    "rating" TEXT NOT NULL,
    CONSTRAINT "QualityProfileRating_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "AccreditationProcedure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "AuditorGrant_userId_idx" ON "AuditorGrant"("userId");

-- CreateIndex
CREATE INDEX "AuditorGrant_procedureId_idx" ON "AuditorGrant"("procedureId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_slug_key" ON "Certificate"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_courseraSpecializationId_key" ON "Certificate"("courseraSpecializationId");

-- CreateIndex
CREATE INDEX "Certificate_platformOrganisationId_idx" ON "Certificate"("platformOrganisationId");

-- CreateIndex
CREATE INDEX "Certificate_contentPartnerOrganisationId_idx" ON "Certificate"("contentPartnerOrganisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Course_courseraCourseId_key" ON "Course"("courseraCourseId");

-- CreateIndex
CREATE INDEX "CertificateCourse_courseId_idx" ON "CertificateCourse"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "CertificateCourse_certificateId_position_key" ON "CertificateCourse"("certificateId", "position");

-- CreateIndex
CREATE INDEX "AccreditationProcedure_platformOrganisationId_idx" ON "AccreditationProcedure"("platformOrganisationId");

-- CreateIndex
CREATE UNIQUE INDEX "AccreditationProcedure_agencyOrganisationId_projectNumber_key" ON "AccreditationProcedure"("agencyOrganisationId", "projectNumber");

-- CreateIndex
CREATE INDEX "ProcedureCertificate_certificateId_idx" ON "ProcedureCertificate"("certificateId");

-- CreateIndex
CREATE UNIQUE INDEX "Condition_procedureId_number_key" ON "Condition"("procedureId", "number");

-- CreateIndex
CREATE INDEX "ConditionDecisionRecord_conditionId_idx" ON "ConditionDecisionRecord"("conditionId");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_procedureId_position_key" ON "Recommendation"("procedureId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "QualityProfileRating_procedureId_criterionCode_key" ON "QualityProfileRating"("procedureId", "criterionCode");
