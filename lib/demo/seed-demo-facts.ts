// Loads the demo facts: FIBAA procedure 23/016 with its six IBM certificates (from the report
// fixture), a second fictional content partner with a certificate of its own, and one demo user
// per role. Idempotent: a database that already holds the procedure is left as it is.
import { hashPassword } from '@/lib/auth/password';
import type { TDb } from '@/lib/db/client';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS, NORTHWIND_CERTIFICATE } from './fixtures/demo-organisations';
import fibaa from './fixtures/fibaa-23-016-ibm.json';
import { seedDemoWorkflow } from './seed-demo-workflow';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const RATING_BY_FIXTURE: Record<string, 'EXCEPTIONAL' | 'EXCEEDS' | 'MEETS' | 'DOES_NOT_MEET' | 'NOT_RELEVANT' | 'CONDITION'> = {
  exceptional: 'EXCEPTIONAL',
  exceeds: 'EXCEEDS',
  meets: 'MEETS',
  does_not_meet: 'DOES_NOT_MEET',
  not_relevant: 'NOT_RELEVANT',
  condition: 'CONDITION',
};

export type TDemoFactsResult = { created: boolean; users: { email: string; role: string; password: string }[] };

export async function seedDemoFacts(db: TDb, now: Date = new Date()): Promise<TDemoFactsResult> {
  const users = DEMO_USERS.map((user) => ({ email: user.email, role: user.role, password: DEMO_PASSWORD }));
  const organisations = new Map<string, string>();
  for (const organisation of DEMO_ORGANISATIONS) {
    const row = await db.organisation.upsert({ where: { slug: organisation.slug }, update: {}, create: organisation });
    organisations.set(organisation.slug, row.id);
  }
  const orgId = (slug: string) => organisations.get(slug) as string;

  const existing = await db.accreditationProcedure.findFirst({
    where: { agencyOrganisationId: orgId('fibaa'), projectNumber: fibaa.procedure.project_number },
  });
  if (existing) return { created: false, users };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { procedure: facts, design_guidelines: guidelines } = fibaa;
  const [monthsMin, monthsMax] = guidelines.intended_duration_months as [number, number];

  await db.$transaction(
    async (tx) => {
      const courseIds = new Map<string, string>();
      const courseIdFor = async (name: string) => {
        const known = courseIds.get(name);
        if (known) return known;
        const course = (await tx.course.findFirst({ where: { name } })) ?? (await tx.course.create({ data: { name } }));
        courseIds.set(name, course.id);
        return course.id;
      };

      const certificateIds: string[] = [];
      for (const certificate of fibaa.certificates) {
        const row = await tx.certificate.create({
          data: {
            slug: certificate.slug,
            name: certificate.name,
            platformOrganisationId: orgId('coursera'),
            contentPartnerOrganisationId: orgId('ibm'),
            statedTotalHours: certificate.learning_hours,
            statedCredits: certificate.intended_ects,
            statedExactCredits: certificate.exact_ects_stated,
            // The report states no EQF level: condition 1 asks for its deduction first.
            eqfLevel: null,
            intendedDurationMonthsMin: monthsMin,
            intendedDurationMonthsMax: monthsMax,
            initialStart: certificate.initial_start,
          },
        });
        certificateIds.push(row.id);
        for (const [position, name, hours] of certificate.courses as [number, string, number][]) {
          await tx.certificateCourse.create({ data: { certificateId: row.id, courseId: await courseIdFor(name), position, estimatedHours: hours } });
        }
      }

      const northwind = await tx.certificate.create({
        data: {
          slug: NORTHWIND_CERTIFICATE.slug,
          name: NORTHWIND_CERTIFICATE.name,
          platformOrganisationId: orgId('coursera'),
          contentPartnerOrganisationId: orgId('northwind-university'),
          statedTotalHours: NORTHWIND_CERTIFICATE.statedTotalHours,
          statedCredits: NORTHWIND_CERTIFICATE.statedCredits,
          statedExactCredits: NORTHWIND_CERTIFICATE.statedExactCredits,
          intendedDurationMonthsMin: NORTHWIND_CERTIFICATE.intendedDurationMonthsMin,
          intendedDurationMonthsMax: NORTHWIND_CERTIFICATE.intendedDurationMonthsMax,
        },
      });
      for (const [position, name, hours] of NORTHWIND_CERTIFICATE.courses) {
        await tx.certificateCourse.create({ data: { certificateId: northwind.id, courseId: await courseIdFor(name), position, estimatedHours: hours } });
      }

      const [bandMin, bandMax] = facts.hours_per_ects_credit_range as [number, number];
      const procedure = await tx.accreditationProcedure.create({
        data: {
          agencyOrganisationId: orgId('fibaa'),
          platformOrganisationId: orgId('coursera'),
          projectNumber: facts.project_number,
          type: facts.type,
          modeOfStudy: facts.mode_of_study,
          decision: facts.decision,
          decisionRules: facts.rules,
          projectManager: facts.project_manager,
          panel: facts.panel.join('\n'),
          openedOn: day(facts.opened_on),
          selfAssessmentFiledOn: day(facts.self_assessment_filed_on),
          siteVisitFrom: day(facts.online_assessment_conference.from),
          siteVisitTo: day(facts.online_assessment_conference.to),
          providerStatementOn: day(facts.provider_statement_on_report),
          committeeMeetingNumber: facts.committee_meeting.number,
          committeeMeetingOn: day(facts.committee_meeting.date),
          certificationFrom: day(facts.certification_period.from),
          certificationUntil: day(facts.certification_period.to),
          proofOfConditionsDueOn: day(facts.proof_of_conditions_due),
          hoursPerCredit: facts.hours_per_ects_credit,
          hoursPerCreditMin: bandMin,
          hoursPerCreditMax: bandMax,
          // "ECTS uses the lower end of the 25-30 h range": credits are hours / 25 rounded down.
          ectsRoundingRule: 'FLOOR',
          weeklyWorkloadGuideline: guidelines.weekly_workload_hours_max,
          certificates: { create: certificateIds.map((certificateId) => ({ certificateId })) },
          recommendations: { create: fibaa.recommendations.map((recommendation, index) => ({ position: index + 1, ...recommendation })) },
          qualityProfile: {
            create: fibaa.quality_profile.ratings.map(([code, title, isAsterisk, rating], index) => ({
              position: index + 1,
              criterionCode: String(code),
              criterionTitle: String(title),
              isAsterisk: Boolean(isAsterisk),
              rating: RATING_BY_FIXTURE[String(rating)] ?? 'NOT_RELEVANT',
            })),
          },
        },
      });

      for (const condition of fibaa.conditions) {
        await tx.condition.create({
          data: {
            procedureId: procedure.id,
            number: condition.number,
            chapter: condition.chapter,
            criterion: condition.criterion,
            isAsteriskCriterion: /^[\d.]+\*/.test(condition.criterion),
            text: condition.text,
            status: 'FULFILLED',
            decisions: {
              create: [{ decision: 'FULFILLED', decidedOn: day(condition.fulfilled_by_committee_on), meeting: 'FIBAA certification committee' }],
            },
          },
        });
      }

      for (const user of DEMO_USERS) {
        await tx.user.upsert({
          where: { email: user.email },
          update: {},
          create: { email: user.email, name: user.name, role: user.role, organisationId: orgId(user.organisationSlug), passwordHash },
        });
      }
      const auditor = await tx.user.findUniqueOrThrow({ where: { email: 'auditor@fibaa.demo' } });
      const admin = await tx.user.findUniqueOrThrow({ where: { email: 'admin@certqa.demo' } });
      await tx.auditorGrant.create({
        data: {
          userId: auditor.id,
          procedureId: procedure.id,
          validFrom: new Date(now.getTime() - 86_400_000),
          validUntil: new Date(now.getTime() + 365 * 86_400_000),
          createdById: admin.id,
        },
      });
      await seedDemoWorkflow(
        tx,
        {
          fibaaProcedureId: procedure.id,
          agencyId: orgId('fibaa'),
          platformId: orgId('coursera'),
          northwindCertificateId: northwind.id,
          auditorId: auditor.id,
          adminId: admin.id,
        },
        now,
      );
    },
    { timeout: 60_000 },
  );
  return { created: true, users };
}
