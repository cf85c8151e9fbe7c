// Adds (or removes again) one overdue checklist item to the demo's open procedure, assigned to the
// platform, so the due-page journey has an overdue row of its own, then generates notifications the
// way `certqa notify` does. Run by due-page.spec.ts with tsx against the e2e server's database:
//   CERTQA_DATA_DIR=<e2e data dir> tsx e2e/due/overdue-item-fixture.ts add|remove
// `remove` deletes the item and its notifications, so later journeys find the demo as seeded.
import { disconnectDb, getDb } from '@/lib/db/client';
import { DEMO_OPEN_PROCEDURE } from '@/lib/demo/fixtures/demo-open-procedure';
import { generateDueNotifications } from '@/lib/notifications/generate-notifications';
import { OVERDUE_BY_DAYS, OVERDUE_ITEM_TITLE } from './overdue-item';

async function add(): Promise<void> {
  const db = getDb();
  const condition = await db.condition.findFirstOrThrow({ where: { number: 2, procedure: { projectNumber: DEMO_OPEN_PROCEDURE.projectNumber } } });
  const platform = await db.organisation.findUniqueOrThrow({ where: { slug: 'coursera' } });
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
  await db.checklistItem.create({
    data: {
      conditionId: condition.id,
      title: OVERDUE_ITEM_TITLE,
      assigneeOrganisationId: platform.id,
      dueOn: new Date(today.getTime() - OVERDUE_BY_DAYS * 86_400_000),
    },
  });
  await generateDueNotifications({ mailOutboxDir: null });
}

async function remove(): Promise<void> {
  const db = getDb();
  const items = await db.checklistItem.findMany({ where: { title: OVERDUE_ITEM_TITLE }, select: { id: true } });
  const ids = items.map((item) => item.id);
  await db.notification.deleteMany({ where: { subjectType: 'checklist-item', subjectId: { in: ids } } });
  await db.checklistItem.deleteMany({ where: { id: { in: ids } } });
}

const command = process.argv[2];
if (command !== 'add' && command !== 'remove') {
  console.error('usage: overdue-item-fixture.ts add|remove');
  process.exit(2);
}
(command === 'add' ? add() : remove()).then(disconnectDb).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
