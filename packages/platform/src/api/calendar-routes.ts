import { addWorkingDays, DAY_KINDS, dayInfo, workingDaysBetween } from "@rdc/core";
import * as z from "zod";
import { route } from "../http/stack";
import { isoDate, period } from "../schema/common";
import { citationSchema } from "../schema/localized";

/**
 * The working-day calendar the platform's statutory clocks count on, public
 * (like `/v1/measures`), so that partners compute the same dates. A day of a
 * year whose holiday notice is not yet data is counted on the holiday rules
 * and said to be `provisional`; so is every count that touches one.
 */

/** The most working days one request may add (`add`). */
export const MAX_WORKING_DAYS_ADDED = 1000;

const tag = {
  name: "calendar",
  description:
    "The PRC working-day calendar (the State Council's holiday notices, and the national holiday rules for a year without one) that the platform's statutory clocks count on, so that partners compute the same dates. Public.",
};

/** The responses as the client reads them (every bilingual text in the caller's language). */
export const calendarDayResponse = z
  .object({
    date: z.string(),
    workingDay: z.boolean(),
    provisional: z.boolean().meta({ description: "the day lies in a year whose holiday notice is not data yet" }),
    kind: z.enum(DAY_KINDS),
    holiday: z.string().nullable().meta({ description: "the holiday a day off is for (zh/en by Accept-Language)" }),
    source: z.object({
      kind: z.enum(["notice", "holiday_rules"]),
      citations: z.array(citationSchema),
      note: z.string().nullable(),
    }),
  })
  .meta({ id: "CalendarDay" });

export const workingDaysAddedResponse = z
  .object({ from: z.string(), add: z.number().int(), date: z.string(), provisional: z.boolean() })
  .meta({ id: "WorkingDaysAdded" });

export const workingDaysCountResponse = z
  .object({ from: z.string(), to: z.string(), workingDays: z.number().int(), provisional: z.boolean() })
  .meta({ id: "WorkingDaysCount" });

export type CalendarDay = z.output<typeof calendarDayResponse>;
export type WorkingDaysAdded = z.output<typeof workingDaysAddedResponse>;
export type WorkingDaysCount = z.output<typeof workingDaysCountResponse>;

const date = (example: string) => isoDate.meta({ examples: [example] });

const PUBLIC_CACHE = { "cache-control": "public, max-age=3600", vary: "accept-language" };

export const calendarRoutes = [
  route(
    {
      method: "GET",
      path: "/v1/calendar/days/{date}",
      scopes: [],
      operationId: "getCalendarDay",
      summary: "One day of the PRC working-day calendar: working day or not, why, and whether it is provisional",
      description:
        "Whether the day is a working day, of which kind (weekend, holiday, day in lieu, make-up workday), for which holiday, on which source; `provisional` when its year's holiday notice is not data yet.",
      tag,
      successHeaders: ["vary"],
      params: z.strictObject({ date: date("2027-02-09") }),
      response: calendarDayResponse,
      successStatus: 200,
    },
    async (ctx) => {
      const { date, workingDay, provisional, kind, holiday, source } = dayInfo(ctx.params.date);
      return { status: 200, body: { date, workingDay, provisional, kind, holiday, source }, headers: PUBLIC_CACHE };
    },
  ),
  route(
    {
      method: "GET",
      path: "/v1/calendar/working-days",
      scopes: [],
      operationId: "addWorkingDays",
      summary: "The `add`-th working day after `from` (from not counted), as the statutory clocks count",
      description:
        "The date a clock of `add` working days started on `from` ends on (e.g. a review period of 45 working days); `provisional` when the count passes a year whose holiday notice is not data yet.",
      tag,
      successHeaders: ["vary"],
      query: z.strictObject({
        from: date("2027-02-04"),
        add: z.coerce.number().int().min(1).max(MAX_WORKING_DAYS_ADDED),
      }),
      response: workingDaysAddedResponse,
      successStatus: 200,
    },
    async (ctx) => {
      const { from, add } = ctx.query;
      const { date, provisional } = addWorkingDays(from, add);
      return { status: 200, body: { from, add, date, provisional }, headers: PUBLIC_CACHE };
    },
  ),
  route(
    {
      method: "GET",
      path: "/v1/calendar/working-days/count",
      scopes: [],
      operationId: "countWorkingDays",
      summary: "How many working days from `from` to `to`, both included (e.g. a publicity of 不少于5个工作日)",
      description:
        "The working days of a period, both ends included; `provisional` when the period touches a year whose holiday notice is not data yet.",
      tag,
      successHeaders: ["vary"],
      query: period({}).meta({ description: "from and to: YYYY-MM-DD, to not before from" }),
      response: workingDaysCountResponse,
      successStatus: 200,
    },
    async (ctx) => {
      const { from, to } = ctx.query as { from: string; to: string };
      const { days, provisional } = workingDaysBetween(from, to);
      return { status: 200, body: { from, to, workingDays: days, provisional }, headers: PUBLIC_CACHE };
    },
  ),
];
