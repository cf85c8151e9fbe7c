import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TActor } from '@/lib/auth/actor';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { importExport } from '@/lib/import/import-export';
import { getActorByEmail } from '@/lib/testing/actors';
import { createMinimalExport, writeExportFolder } from '@/lib/testing/export-fixture';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { reviewComment } from './mutations';
import { listCertificateComments } from './queries';

let database: TTestDatabase;
let quality: TActor;

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
  // The minimal export defines certificate data-analytics-pc (partner "ibm") with one markup-laden comment.
  await importExport(quality, { sourcePath: writeExportFolder(createMinimalExport()) });
});
afterAll(async () => database.drop());

test('comments stay hidden from partners until a quality manager releases them, and survive re-imports', async () => {
  const partner = await getActorByEmail(database.db, 'partner@ibm.demo');
  const reviewerView = await listCertificateComments(quality, 'data-analytics-pc');
  expect(reviewerView.canReview).toBe(true);
  const [comment] = reviewerView.comments;
  expect(comment?.decision).toBe('PENDING');
  expect(comment?.text).toBe('Great, "really" great \\ <b>course</b>\nwith a newline 🎉');
  expect((await listCertificateComments(partner, 'data-analytics-pc')).comments).toEqual([]);

  await reviewComment(quality, { certificateSlug: 'data-analytics-pc', commentKey: comment?.key ?? '', decision: 'RELEASED' });
  const partnerView = await listCertificateComments(partner, 'data-analytics-pc');
  expect(partnerView.canReview).toBe(false);
  expect(partnerView.comments.map((entry) => entry.text)).toEqual([comment?.text]);

  await reviewComment(quality, { certificateSlug: 'data-analytics-pc', commentKey: comment?.key ?? '', decision: 'WITHHELD' });
  expect((await listCertificateComments(partner, 'data-analytics-pc')).comments).toEqual([]);
});

test('only quality managers review, only comments in their scope, only comments that exist', async () => {
  const partner = await getActorByEmail(database.db, 'partner@ibm.demo');
  const northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  const [comment] = (await listCertificateComments(quality, 'data-analytics-pc')).comments;
  const input = { certificateSlug: 'data-analytics-pc', commentKey: comment?.key ?? '', decision: 'RELEASED' as const };
  await expect(reviewComment(partner, input)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(reviewComment(northwind, input)).rejects.toBeInstanceOf(NotFoundError);
  await expect(listCertificateComments(northwind, 'data-analytics-pc')).rejects.toBeInstanceOf(NotFoundError);
  await expect(reviewComment(quality, { ...input, commentKey: '0'.repeat(64) })).rejects.toThrow('Comment not found');
});
