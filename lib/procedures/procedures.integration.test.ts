// Procedure edits on both dialects: opening a procedure, the quality profile with its history in
// the audit log, recommendation status; refused edits change nothing.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { listEntityHistory } from '@/lib/audit/queries';
import type { TActor } from '@/lib/auth/actor';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { getActorByEmail } from '@/lib/testing/actors';
import { computeTableDigest } from '@/lib/testing/table-digest';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import {
  addQualityProfileCriterion,
  createProcedure,
  removeQualityProfileCriterion,
  updateQualityProfileRating,
  updateRecommendationStatus,
} from './mutations';

let database: TTestDatabase;
let quality: TActor;
let ibm: TActor;
let auditor: TActor;

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
  ibm = await getActorByEmail(database.db, 'partner@ibm.demo');
  auditor = await getActorByEmail(database.db, 'auditor@fibaa.demo');
});
afterAll(async () => database.drop());

test('a quality manager opens a procedure for certificates of the platform; others cannot', async () => {
  const agency = await database.db.organisation.findUniqueOrThrow({ where: { slug: 'fibaa' } });
  const certificate = await database.db.certificate.findUniqueOrThrow({ where: { slug: 'ibm-data-science' } });
  const input = {
    agencyOrganisationId: agency.id,
    projectNumber: '27/001',
    type: 'Re-certification of online courses',
    decision: null,
    openedOn: new Date('2027-01-10'),
    committeeMeetingOn: null,
    certificationFrom: null,
    certificationUntil: null,
    proofOfConditionsDueOn: null,
    certificateIds: [certificate.id],
  };
  const before = await computeTableDigest(database.db);
  await expect(createProcedure(ibm, input)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(createProcedure(quality, { ...input, certificateIds: ['forged-id'] })).rejects.toBeInstanceOf(ValidationError);
  await expect(createProcedure(quality, { ...input, projectNumber: '23/016' })).rejects.toThrow(ValidationError);
  expect(await computeTableDigest(database.db)).toEqual(before);
  const { procedureId } = await createProcedure(quality, input);
  const created = await database.db.accreditationProcedure.findUniqueOrThrow({ where: { id: procedureId }, include: { certificates: true } });
  expect(created.certificates.map((row) => row.certificateId)).toEqual([certificate.id]);
});

test('quality-profile edits are kept as history; partners and auditors cannot edit', async () => {
  const row = await database.db.qualityProfileRating.findFirstOrThrow({ where: { procedure: { projectNumber: '23/016' }, criterionCode: '3.1.2' } });
  const edit = {
    ratingId: row.id,
    criterionCode: row.criterionCode,
    criterionTitle: row.criterionTitle,
    isAsterisk: row.isAsterisk,
    rating: 'MEETS' as const,
    note: 'Control loop in place since 2024',
  };
  await expect(updateQualityProfileRating(ibm, edit)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(updateQualityProfileRating(auditor, edit)).rejects.toBeInstanceOf(ForbiddenError);
  await updateQualityProfileRating(quality, edit);
  await addQualityProfileCriterion(quality, {
    procedureId: row.procedureId,
    criterionCode: '7.1',
    criterionTitle: 'Learner data protection',
    isAsterisk: false,
    rating: 'MEETS',
    note: null,
  });
  await expect(
    addQualityProfileCriterion(quality, {
      procedureId: row.procedureId,
      criterionCode: '7.1',
      criterionTitle: 'Twice',
      isAsterisk: false,
      rating: 'MEETS',
      note: null,
    }),
  ).rejects.toThrow(ValidationError);
  const added = await database.db.qualityProfileRating.findFirstOrThrow({ where: { procedureId: row.procedureId, criterionCode: '7.1' } });
  await removeQualityProfileCriterion(quality, { ratingId: added.id });
  const history = await listEntityHistory('QualityProfileRating', [row.id, added.id]);
  expect(history.map((entry) => entry.action)).toEqual(['quality-profile.remove', 'quality-profile.add', 'quality-profile.update']);
  const update = history[2];
  expect(JSON.parse(update?.before ?? '{}').rating).toBe(row.rating);
  expect(JSON.parse(update?.after ?? '{}')).toMatchObject({ rating: 'MEETS', note: 'Control loop in place since 2024' });
});

test('recommendation status: quality managers only; another platform finds nothing', async () => {
  const recommendation = await database.db.recommendation.findFirstOrThrow({ where: { procedure: { projectNumber: '23/016' } } });
  await expect(updateRecommendationStatus(ibm, { recommendationId: recommendation.id, status: 'ADDRESSED' })).rejects.toBeInstanceOf(ForbiddenError);
  const northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  await expect(updateRecommendationStatus(northwind, { recommendationId: recommendation.id, status: 'ADDRESSED' })).rejects.toBeInstanceOf(NotFoundError);
  await updateRecommendationStatus(quality, { recommendationId: recommendation.id, status: 'ADDRESSED' });
  expect((await database.db.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).status).toBe('ADDRESSED');
});
