import { sweepDeadlines } from "../events/sweep";

/** Runs on a schedule (EventBridge in the cloud, a timer in the local stack). */
export const handler = async () => sweepDeadlines(new Date());
