import { sweepDeadlines } from "../events/sweep";
import { recomputeDueDates } from "../submissions/due-dates";
import { erasePersonalData } from "../submissions/retention";

/**
 * Runs on a schedule (EventBridge in the cloud, a timer in the local stack):
 * first the provisional due dates a newly added holiday notice changes (by
 * their stored clocks: this function holds no intake), then the reminders,
 * then the personal fields of final submissions whose retention period has
 * passed (by the retention items their final change wrote: again no intake).
 */
export const handler = async () => {
  const now = new Date();
  const dueDates = await recomputeDueDates(now);
  const sweep = await sweepDeadlines(now);
  const retention = await erasePersonalData(now);
  return {
    ...sweep,
    dueDates: { changed: dueDates.changed.length, skipped: dueDates.skipped.length },
    personalData: {
      retention: retention.retention,
      erased: retention.erased.length,
      skipped: retention.skipped.length,
    },
  };
};
