// Keeps the in-app notifications current without a scheduler: the dashboard layout calls this on
// every request, and generation actually runs at most once per 10 minutes per server process.
// `certqa notify` from cron is the dependable path (and the one that writes e-mail on a quiet day).
import { generateDueNotifications } from './generate-notifications';
import { createThrottledTask, type TThrottledTask } from './throttle';

const REFRESH_INTERVAL_MS = 10 * 60_000;

// Kept on globalThis so that development hot reloads do not reset the interval.
const globalForRefresh = globalThis as unknown as { certqaDueNotificationRefresh?: TThrottledTask };

export function refreshDueNotificationsIfStale(): Promise<void> {
  globalForRefresh.certqaDueNotificationRefresh ??= createThrottledTask(() => generateDueNotifications(), REFRESH_INTERVAL_MS, {
    onError: (error) => console.error('certqa: due-date notifications could not be generated', error),
  });
  return globalForRefresh.certqaDueNotificationRefresh();
}
