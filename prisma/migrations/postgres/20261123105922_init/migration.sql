-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('PLATFORM', 'CONTENT_PARTNER', 'AGENCY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'QUALITY_MANAGER', 'CONTENT_PARTNER', 'AUDITOR');

-- CreateEnum
CREATE TYPE "EctsRoundingRule" AS ENUM ('FLOOR', 'ROUND_HALF_UP', 'CEIL');

-- CreateEnum
CREATE TYPE "ConditionStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'FULFILLED', 'NOT_FULFILLED', 'EXTENDED');

-- CreateEnum
CREATE TYPE "CommitteeDecision" AS ENUM ('FULFILLED', 'NOT_FULFILLED', 'EXTENDED');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('OPEN', 'ADDRESSED', 'DECLINED');

-- CreateEnum
CREATE TYPE "QualityRating" AS ENUM ('EXCEPTIONAL', 'EXCEEDS', 'MEETS', 'DOES_NOT_MEET', 'NOT_RELEVANT', 'CONDITION');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditorGrant" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validUntil" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditorGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "platformOrganisationId" TEXT NOT NULL,
    "contentPartnerOrganisationId" TEXT NOT NULL,
    "statedTotalHours" DOUBLE PRECISION,
    "statedCredits" DOUBLE PRECISION,
    "statedExactCredits" DOUBLE PRECISION,
    "eqfLevel" INTEGER,
    "intendedDurationMonthsMin" DOUBLE PRECISION,
    "intendedDurationMonthsMax" DOUBLE PRECISION,
    "initialStart" TEXT,
    "courseraSpecializationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Course" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "courseraCourseId" TEXT,
    "courseraSlug" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateCourse" (
    "certificateId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "estimatedHours" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "CertificateCourse_pkey" PRIMARY KEY ("certificateId","courseId")
);

-- CreateTable
CREATE TABLE "AccreditationProcedure" (
    "id" TEXT NOT NULL,
    "agencyOrganisationId" TEXT NOT NULL,
    "platformOrganisationId" TEXT NOT NULL,
    "projectNumber" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "modeOfStudy" TEXT,
    "decision" TEXT,
    "decisionRules" TEXT,
    "projectManager" TEXT,
    "panel" TEXT,
    "openedOn" TIMESTAMP(3),
    "selfAssessmentFiledOn" TIMESTAMP(3),
    "siteVisitFrom" TIMESTAMP(3),
    "siteVisitTo" TIMESTAMP(3),
    "providerStatementOn" TIMESTAMP(3),
    "committeeMeetingNumber" INTEGER,
    "committeeMeetingOn" TIMESTAMP(3),
    "certificationFrom" TIMESTAMP(3),
    "certificationUntil" TIMESTAMP(3),
    "proofOfConditionsDueOn" TIMESTAMP(3),
    "hoursPerCredit" DOUBLE PRECISION NOT NULL DEFAULT 25,
    "hoursPerCreditMin" DOUBLE PRECISION NOT NULL DEFAULT 25,
    "hoursPerCreditMax" DOUBLE PRECISION NOT NULL DEFAULT 30,
    "ectsRoundingRule" "EctsRoundingRule" NOT NULL DEFAULT 'FLOOR',
    "weeklyWorkloadGuideline" DOUBLE PRECISION NOT NULL DEFAULT 10,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccreditationProcedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureCertificate" (
    "procedureId" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,

    CONSTRAINT "ProcedureCertificate_pkey" PRIMARY KEY ("procedureId","certificateId")
);

-- CreateTable
CREATE TABLE "Condition" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "chapter" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "isAsteriskCriterion" BOOLEAN NOT NULL,
    "text" TEXT NOT NULL,
    "status" "ConditionStatus" NOT NULL DEFAULT 'OPEN',
    "dueOn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Condition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConditionDecisionRecord" (
    "id" TEXT NOT NULL,
    "conditionId" TEXT NOT NULL,
    "decision" "CommitteeDecision" NOT NULL,
    "decidedOn" TIMESTAMP(3) NOT NULL,
    "meeting" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConditionDecisionRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "chapter" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'OPEN',

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QualityProfileRating" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "criterionCode" TEXT NOT NULL,
    "criterionTitle" TEXT NOT NULL,
    "isAsterisk" BOOLEAN NOT NULL,
    "rating" "QualityRating" NOT NULL,

    CONSTRAINT "QualityProfileRating_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditorGrant" ADD CONSTRAINT "AuditorGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditorGrant" ADD CONSTRAINT "AuditorGrant_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "AccreditationProcedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditorGrant" ADD CONSTRAINT "AuditorGrant_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_platformOrganisationId_fkey" FOREIGN KEY ("platformOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_contentPartnerOrganisationId_fkey" FOREIGN KEY ("contentPartnerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateCourse" ADD CONSTRAINT "CertificateCourse_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateCourse" ADD CONSTRAINT "CertificateCourse_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccreditationProcedure" ADD CONSTRAINT "AccreditationProcedure_agencyOrganisationId_fkey" FOREIGN KEY ("agencyOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccreditationProcedure" ADD CONSTRAINT "AccreditationProcedure_platformOrganisationId_fkey" FOREIGN KEY ("platformOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureCertificate" ADD CONSTRAINT "ProcedureCertificate_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "AccreditationProcedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureCertificate" ADD CONSTRAINT "ProcedureCertificate_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Condition" ADD CONSTRAINT "Condition_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "AccreditationProcedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConditionDecisionRecord" ADD CONSTRAINT "ConditionDecisionRecord_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Condition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "AccreditationProcedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityProfileRating" ADD CONSTRAINT "QualityProfileRating_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "AccreditationProcedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
