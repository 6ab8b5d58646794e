import { sweepDeadlines } from "../events/sweep";
import { recomputeDueDates } from "../submissions/due-dates";

/**
 * Runs on a schedule (EventBridge in the cloud, a timer in the local stack):
 * first the provisional due dates a newly added holiday notice changes (by
 * their stored clocks: this function holds no intake), then the reminders.
 */
export const handler = async () => {
  const now = new Date();
  const dueDates = await recomputeDueDates(now);
  const sweep = await sweepDeadlines(now);
  return { ...sweep, dueDates: { changed: dueDates.changed.length, skipped: dueDates.skipped.length } };
};
