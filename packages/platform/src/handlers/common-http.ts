import { reviewQueueRoute } from "../api/review-queue-route";
import { eventFeedRoute } from "../events/feed";
import { httpHandler } from "../http/stack";

export const COMMON_ROUTES = [eventFeedRoute, reviewQueueRoute];

/** The platform's own authenticated API: the event feed and the review queue (the public routes are `public-http.ts`). */
export const handler = httpHandler(COMMON_ROUTES);
