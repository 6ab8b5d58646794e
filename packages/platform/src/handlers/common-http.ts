import { calendarRoutes } from "../api/calendar-routes";
import { measuresRoutes } from "../api/measures-routes";
import { reviewQueueRoute } from "../api/review-queue-route";
import { eventFeedRoute } from "../events/feed";
import { httpHandler } from "../http/stack";

export const COMMON_ROUTES = [...measuresRoutes, ...calendarRoutes, eventFeedRoute, reviewQueueRoute];

/** The platform's own API: the measures, the working-day calendar, the event feed and the review queue. */
export const handler = httpHandler(COMMON_ROUTES);
