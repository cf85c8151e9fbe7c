// Input schemas of notifications and of the due page's filters, shared by pages, actions and tests.
import { z } from 'zod';

export const ZMarkNotificationReadInput = z.object({ notificationId: z.string().trim().min(1).max(64) });
export type TMarkNotificationReadInput = z.infer<typeof ZMarkNotificationReadInput>;

export const ZMarkAllNotificationsReadInput = z.object({});

export const DUE_STATUS_FILTERS = ['open', 'overdue', 'done', 'all'] as const;
export type TDueStatusFilter = (typeof DUE_STATUS_FILTERS)[number];

/** A query-string value: the first when repeated; empty means "any". */
const ZQueryValue = z
  .preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().trim().max(200).optional())
  .transform((value) => value || undefined);

/**
 * The due page's GET form. Certificate and organisation are slugs (readable, shareable URLs); a
 * malformed status falls back to "open" rather than failing the page.
 */
export const ZDueFilters = z.object({
  certificate: ZQueryValue.catch(undefined),
  organisation: ZQueryValue.catch(undefined),
  status: z
    .preprocess((value) => (Array.isArray(value) ? value[0] : value), z.enum(DUE_STATUS_FILTERS))
    .optional()
    .default('open')
    .catch('open'),
});
export type TDueFilters = z.infer<typeof ZDueFilters>;
