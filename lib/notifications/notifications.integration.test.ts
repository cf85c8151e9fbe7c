import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TActor } from '@/lib/auth/actor';
import { createCondition, updateChecklistItem } from '@/lib/conditions/mutations';
import { NotFoundError } from '@/lib/errors';
import { getActorByEmail } from '@/lib/testing/actors';
import { createDemoTestDatabase, type TTestDatabase } from '@/lib/testing/test-database';
import { generateDueNotifications } from './generate-notifications';
import { listDue } from './list-due';
import { markAllNotificationsRead, markNotificationRead } from './mutations';
import { countUnreadNotifications, listNotifications } from './queries';
import { ZDueFilters } from './schemas';

const DAY_MS = 86_400_000;
/** Midnight UTC of the calendar day `days` after `from`, as a date input would give it. */
const dayAfter = (from: Date, days: number) => new Date(`${new Date(from.getTime() + days * DAY_MS).toISOString().slice(0, 10)}T00:00:00.000Z`);
const filters = (raw: Record<string, string> = {}) => ZDueFilters.parse(raw);

let database: TTestDatabase;
let quality: TActor;
let ibm: TActor;
let northwind: TActor;
let procedureId: string;
let outbox: string;
/** The checklist items of the condition this file adds to FIBAA 23/016 (the IBM procedure). */
let ibmItemIds: Set<string>;
/** Notifications the first run created, each of which must have become one e-mail. */
let emailedCount = 0;
const now = new Date();

beforeAll(async () => {
  const demo = await createDemoTestDatabase();
  database = demo;
  quality = demo.quality;
  ibm = await getActorByEmail(database.db, 'partner@ibm.demo');
  northwind = await getActorByEmail(database.db, 'partner@northwind.demo');
  procedureId = (await database.db.accreditationProcedure.findFirstOrThrow({ where: { projectNumber: '23/016' } })).id;
  outbox = mkdtempSync(join(tmpdir(), 'certqa-outbox-'));
  await createCondition(quality, {
    procedureId,
    number: 6,
    chapter: '1.2',
    criterion: '1.2 Learning outcomes',
    text: 'For each of the six courses, the learning outcomes must be stated per course.',
    checklistScope: 'CERTIFICATE',
    dueOn: dayAfter(now, 10),
  });
  ibmItemIds = new Set(
    (await database.db.checklistItem.findMany({ where: { condition: { procedureId, number: 6 } }, select: { id: true } })).map((item) => item.id),
  );
});
afterAll(async () => {
  rmSync(outbox, { recursive: true, force: true });
  await database.drop();
});

/** The kinds of the actor's notifications about the IBM items of this file. */
const kindsOf = async (actor: TActor) =>
  (await listNotifications(actor)).filter((notification) => ibmItemIds.has(notification.href.split('/').pop() ?? '')).map((notification) => notification.kind);
const isAboutIbmItem = (notification: { subjectId: string }) => ibmItemIds.has(notification.subjectId);

describe('generating due-date warnings', () => {
  test('ten days ahead: the assigned partner and the platform quality manager get DUE_IN_14_DAYS, nobody else anything', async () => {
    expect(ibmItemIds.size).toBe(6);
    const result = await generateDueNotifications({ now, mailOutboxDir: outbox, baseUrl: 'https://certqa.example.org/' });
    expect(result.created.filter(isAboutIbmItem)).toHaveLength(12);
    emailedCount = result.created.length;
    expect(await kindsOf(ibm)).toEqual(Array(6).fill('DUE_IN_14_DAYS'));
    expect(await kindsOf(quality)).toEqual(Array(6).fill('DUE_IN_14_DAYS'));
    expect(await kindsOf(northwind)).toEqual([]);
    // The admin belongs to the platform organisation but reads no procedure data; the auditor is not responsible.
    expect(await listNotifications(await getActorByEmail(database.db, 'admin@certqa.demo'))).toEqual([]);
    expect(await listNotifications(await getActorByEmail(database.db, 'auditor@fibaa.demo'))).toEqual([]);

    const item = await database.db.checklistItem.findFirstOrThrow({ where: { certificate: { slug: 'ibm-data-science' }, condition: { number: 6 } } });
    const notification = (await listNotifications(ibm)).find((entry) => entry.href.endsWith(item.id));
    expect(notification).toMatchObject({
      href: `/procedures/${procedureId}/checklist/${item.id}`,
      title: 'FIBAA 23/016, condition 6: IBM Data Science Professional Certificate',
      dueOn: dayAfter(now, 10),
      readAt: null,
    });
  });

  test('one RFC 5322 message per new notification lands in the mail outbox', () => {
    const files = readdirSync(outbox);
    const messages = files.map((name) => readFileSync(join(outbox, name), 'utf8'));
    // One per notification created by the first run (including those about the demo's own open procedure).
    expect(files.filter((name) => name.endsWith('.eml'))).toHaveLength(emailedCount);
    expect(files.filter((name) => name.startsWith('.'))).toEqual([]);
    const toPartner = messages.filter((message) => message.includes('\r\nTo: "Parker IBM" <partner@ibm.demo>\r\n'));
    expect(toPartner).toHaveLength(6);
    const sample = toPartner[0] ?? '';
    expect(sample).toMatch(/^From: "CertQA" <no-reply@certqa\.example\.org>\r\n/);
    expect(sample).toContain('Subject: CertQA: Due within 14 days:');
    const body = Buffer.from(sample.slice(sample.indexOf('\r\n\r\n') + 4).replace(/\r\n/g, ''), 'base64').toString('utf8');
    expect(body).toMatch(new RegExp(`Open it in CertQA: https://certqa\\.example\\.org/procedures/${procedureId}/checklist/\\w+`));
    expect(body).toContain('(in 10 days)');
  });

  test('generating again adds nothing', async () => {
    const before = await database.db.notification.count();
    expect((await generateDueNotifications({ now, mailOutboxDir: outbox })).created).toEqual([]);
    expect(await database.db.notification.count()).toBe(before);
    expect(readdirSync(outbox)).toHaveLength(emailedCount);
  });

  test('after the due date has passed, everyone responsible is told it is overdue, once even when two runs race', async () => {
    const later = new Date(now.getTime() + 11 * DAY_MS);
    const before = await database.db.notification.count();
    const raced = await Promise.all([
      generateDueNotifications({ now: later, mailOutboxDir: null }),
      generateDueNotifications({ now: later, mailOutboxDir: null }),
    ]);
    const created = raced.flatMap((run) => run.created);
    expect(await database.db.notification.count()).toBe(before + created.length);
    const aboutIbm = created.filter(isAboutIbmItem);
    expect(aboutIbm).toHaveLength(12);
    expect(aboutIbm.every((notification) => notification.kind === 'OVERDUE')).toBe(true);
    expect((await kindsOf(ibm)).filter((kind) => kind === 'OVERDUE')).toHaveLength(6);
    expect((await kindsOf(quality)).filter((kind) => kind === 'OVERDUE')).toHaveLength(6);
    expect(await kindsOf(northwind)).toEqual([]);
  });

  test('a changed due date warns again; a person assigned is warned instead of the whole organisation', async () => {
    const colleague = await database.db.user.create({
      data: { email: 'second@ibm.demo', name: 'Second IBM', role: 'CONTENT_PARTNER', organisationId: ibm.organisationId, passwordHash: 'unused' },
    });
    const item = await database.db.checklistItem.findFirstOrThrow({ where: { certificate: { slug: 'ibm-data-engineer' }, condition: { number: 6 } } });
    await updateChecklistItem(quality, { itemId: item.id, assigneeOrganisationId: ibm.organisationId, assigneeUserId: ibm.userId, dueOn: dayAfter(now, 20) });
    const result = await generateDueNotifications({ now, mailOutboxDir: null });
    const forItem = result.created.filter((notification) => notification.subjectId === item.id);
    expect(forItem.map((notification) => [notification.recipient.email, notification.kind]).sort()).toEqual([
      ['partner@ibm.demo', 'DUE_IN_30_DAYS'],
      ['quality@coursera.demo', 'DUE_IN_30_DAYS'],
    ]);
    // The colleague joined later: for the five items still assigned to the organisation, only they are new.
    expect(
      result.created
        .filter((notification) => isAboutIbmItem(notification) && notification.subjectId !== item.id)
        .map((notification) => notification.recipient.email),
    ).toEqual(Array(5).fill('second@ibm.demo'));
    await database.db.user.update({ where: { id: colleague.id }, data: { disabledAt: now } });
    await database.db.checklistItem.update({ where: { id: item.id }, data: { dueOn: dayAfter(now, 5) } });
    expect(
      (await generateDueNotifications({ now, mailOutboxDir: null })).created.map((notification) => [notification.recipient.email, notification.kind]).sort(),
    ).toEqual([
      ['partner@ibm.demo', 'DUE_IN_7_DAYS'],
      ['quality@coursera.demo', 'DUE_IN_7_DAYS'],
    ]);
  });

  test("measures of a control loop warn their owner and the platform's quality managers, with a link to the loop", async () => {
    const certificate = await database.db.certificate.findUniqueOrThrow({ where: { slug: 'ibm-data-analyst' } });
    const wave = await database.db.workloadSurveyWave.create({
      data: {
        name: 'Spring',
        sourceName: 'spring.csv',
        sha256: 'a'.repeat(64),
        importedById: quality.userId,
        organisationId: quality.organisationId,
        responseCount: 0,
        linkedCount: 0,
      },
    });
    const loop = await database.db.controlLoop.create({
      data: {
        certificateId: certificate.id,
        title: 'Workload check',
        baselineWaveId: wave.id,
        baselineSnapshot: '{}',
        baselineSha256: 'b'.repeat(64),
        baselineFrozenAt: now,
        createdById: quality.userId,
      },
    });
    const measure = await database.db.measure.create({
      data: { loopId: loop.id, title: 'Shorten module 3', ownerOrganisationId: ibm.organisationId, dueOn: dayAfter(now, 1), expectedEffect: 'Fewer hours' },
    });
    await database.db.measure.create({
      data: {
        loopId: loop.id,
        title: 'Already done',
        ownerOrganisationId: ibm.organisationId,
        dueOn: dayAfter(now, 1),
        status: 'DONE',
        expectedEffect: 'None',
      },
    });
    const result = await generateDueNotifications({ now, mailOutboxDir: null });
    const forMeasures = result.created.filter((notification) => notification.subjectType === 'measure');
    expect(forMeasures.map((notification) => [notification.subjectId, notification.recipient.email, notification.kind]).sort()).toEqual([
      [measure.id, 'partner@ibm.demo', 'DUE_IN_1_DAY'],
      [measure.id, 'quality@coursera.demo', 'DUE_IN_1_DAY'],
    ]);
    expect(forMeasures[0]?.href).toBe(`/certificates/ibm-data-analyst/loops/${loop.id}`);
  });

  test('a decided condition and a done item stop warning', async () => {
    const [doneItemId, ...otherIds] = [...ibmItemIds];
    const condition = { procedureId, number: 6 };
    const later = new Date(now.getTime() + 40 * DAY_MS);
    // Forty days on every IBM item's first overdue warning exists; a new due date would warn anew.
    await database.db.checklistItem.updateMany({ where: { id: { in: [...ibmItemIds] } }, data: { dueOn: dayAfter(now, 30) } });
    await database.db.checklistItem.update({ where: { id: doneItemId }, data: { status: 'DONE' } });
    expect(
      (await generateDueNotifications({ now: later, mailOutboxDir: null })).created
        .filter(isAboutIbmItem)
        .map((notification) => notification.subjectId)
        .sort(),
    ).toEqual([...otherIds, ...otherIds].sort());
    await database.db.checklistItem.updateMany({ where: { id: { in: [...ibmItemIds] } }, data: { dueOn: dayAfter(now, 31) } });
    await database.db.condition.updateMany({ where: condition, data: { status: 'FULFILLED' } });
    expect((await generateDueNotifications({ now: later, mailOutboxDir: null })).created.filter(isAboutIbmItem)).toEqual([]);
    await database.db.condition.updateMany({ where: condition, data: { status: 'OPEN' } });
    await database.db.checklistItem.updateMany({ where: { id: { in: [...ibmItemIds] } }, data: { dueOn: null, status: 'OPEN' } });
  });
});

describe('listing what is due', () => {
  const isOurs = (row: { context: string }) => row.context === 'FIBAA 23/016 · condition 6';

  test('the quality manager sees every open item with its effective due date and days left, soonest first', async () => {
    const rows = await listDue(quality, filters(), now);
    expect(rows.filter(isOurs)).toHaveLength(6);
    expect(rows.every((row) => row.state === 'open')).toBe(true);
    // The demo's own open procedure (Northwind's) is on the platform too.
    expect(rows.some((row) => row.organisation.slug === 'northwind-university')).toBe(true);
    const dueTimes = rows.map((row) => row.dueOn?.getTime() ?? Number.POSITIVE_INFINITY);
    expect(dueTimes).toEqual([...dueTimes].sort((a, b) => a - b));
    const dataScience = rows.find((row) => isOurs(row) && row.certificate?.slug === 'ibm-data-science');
    expect(dataScience).toMatchObject({
      daysLeft: 10,
      dueOn: dayAfter(now, 10),
      state: 'open',
      statusLabel: 'Open',
      organisation: { slug: 'ibm', name: 'IBM' },
    });
    expect(dataScience?.href).toMatch(new RegExp(`^/procedures/${procedureId}/checklist/`));
    expect(rows.find((row) => row.subjectType === 'measure')).toMatchObject({
      title: 'Shorten module 3',
      daysLeft: 1,
      certificate: { slug: 'ibm-data-analyst' },
    });
  });

  test('filters by certificate, organisation and state', async () => {
    expect((await listDue(quality, filters({ certificate: 'ibm-data-science' }), now)).map((row) => row.title)).toEqual([
      'IBM Data Science Professional Certificate',
    ]);
    expect(await listDue(quality, filters({ organisation: 'coursera' }), now)).toEqual([]);
    const ibmRows = await listDue(quality, filters({ organisation: 'ibm' }), now);
    expect(ibmRows).toHaveLength(7);
    expect(ibmRows.every((row) => row.organisation.slug === 'ibm')).toBe(true);
    expect(await listDue(quality, filters({ status: 'overdue' }), now)).toEqual([]);
    const done = await listDue(quality, filters({ status: 'done' }), now);
    expect(done.map((row) => row.title)).toContain('Already done');
    expect(done.every((row) => row.state === 'done')).toBe(true);
    expect(done.filter(isOurs)).toEqual([]);
    const open = await listDue(quality, filters(), now);
    expect(await listDue(quality, filters({ status: 'all' }), now)).toHaveLength(open.length + done.length);
    const later = new Date(now.getTime() + 11 * DAY_MS);
    const overdue = (await listDue(quality, filters({ status: 'overdue' }), later)).filter(isOurs);
    expect(overdue).toHaveLength(6);
    expect(overdue.every((row) => row.state === 'overdue' && row.daysLeft === -1)).toBe(true);
  });

  test("the Northwind partner sees nothing of IBM's, not even by naming an IBM certificate", async () => {
    const own = await listDue(northwind, filters({ status: 'all' }), now);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((row) => row.organisation.slug === 'northwind-university' && !row.certificate?.slug.startsWith('ibm'))).toBe(true);
    expect(await listDue(northwind, filters({ status: 'all', certificate: 'ibm-data-science' }), now)).toEqual([]);
    expect(await listDue(northwind, filters({ status: 'all', organisation: 'ibm' }), now)).toEqual([]);
    const ibmOpen = await listDue(ibm, filters(), now);
    expect(ibmOpen).toHaveLength(7);
    expect(ibmOpen.some((row) => row.organisation.slug === 'northwind-university')).toBe(false);
  });

  test('malformed filters fall back to showing what is open', () => {
    expect(ZDueFilters.parse({ status: 'everything', certificate: ['ibm-data-science', 'x'], organisation: '' })).toEqual({
      status: 'open',
      certificate: 'ibm-data-science',
      organisation: undefined,
    });
  });
});

describe('reading and marking notifications', () => {
  test('newest first, with an unread count', async () => {
    const list = await listNotifications(ibm);
    expect(list.map((entry) => entry.createdAt.getTime())).toEqual([...list.map((entry) => entry.createdAt.getTime())].sort((a, b) => b - a));
    expect(await countUnreadNotifications(ibm)).toBe(list.length);
  });

  test("a forged id of another user's notification changes nothing and reads as not found", async () => {
    const theirs = (await listNotifications(quality))[0];
    await expect(markNotificationRead(ibm, { notificationId: theirs?.id ?? '' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(markNotificationRead(ibm, { notificationId: 'does-not-exist' })).rejects.toBeInstanceOf(NotFoundError);
    expect((await database.db.notification.findUniqueOrThrow({ where: { id: theirs?.id } })).readAt).toBeNull();
  });

  test('marking one and then all read', async () => {
    const before = await countUnreadNotifications(ibm);
    const first = (await listNotifications(ibm))[0];
    await markNotificationRead(ibm, { notificationId: first?.id ?? '' });
    // Marking it again is harmless.
    await markNotificationRead(ibm, { notificationId: first?.id ?? '' });
    expect(await countUnreadNotifications(ibm)).toBe(before - 1);
    const qualityUnread = await countUnreadNotifications(quality);
    expect(await markAllNotificationsRead(ibm)).toEqual({ marked: before - 1 });
    expect(await countUnreadNotifications(ibm)).toBe(0);
    expect(await countUnreadNotifications(quality)).toBe(qualityUnread);
  });
});
