import { calendarRoutes } from "../api/calendar-routes";
import { measuresRoutes } from "../api/measures-routes";
import { httpHandler } from "../http/stack";

export const PUBLIC_ROUTES = [...measuresRoutes, ...calendarRoutes];

/** The public routes (the measures and the working-day calendar): published content, no table access at all. */
export const handler = httpHandler(PUBLIC_ROUTES);
