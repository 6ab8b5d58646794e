import type { Locale } from "@rdc/core";
import type { ZodType, z } from "zod";
import {
  type CalendarDay,
  calendarDayResponse,
  type WorkingDaysAdded,
  type WorkingDaysCount,
  workingDaysAddedResponse,
  workingDaysCountResponse,
} from "./calendar-routes";

/** A problem+json answer (RFC 9457) from the calendar API, e.g. a 400 naming `query.add`. */
export class CalendarApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: { type?: string; title?: string; detail?: string; errors?: { path: string; code: string }[] },
  ) {
    super(`${status} ${problem.title ?? ""}: ${problem.detail ?? ""}`.trim());
    this.name = "CalendarApiProblem";
  }
}

export interface CalendarClientOptions {
  /** zh-CN (default) or en: the language of holiday names and notes. */
  locale?: Locale;
  fetch?: typeof fetch;
}

/**
 * A typed client of the public calendar API, for partners (and the platform's
 * own end-to-end tests): the same dates the platform's statutory clocks give.
 * Each answer is checked against the schema the OpenAPI document publishes.
 */
export function calendarClient(baseUrl: string, options: CalendarClientOptions = {}) {
  const doFetch = options.fetch ?? fetch;
  const base = baseUrl.replace(/\/+$/, "");
  async function get<S extends ZodType>(path: string, schema: S): Promise<z.output<S>> {
    const res = await doFetch(`${base}${path}`, { headers: { "accept-language": options.locale ?? "zh-CN" } });
    const body: unknown = await res.json();
    if (!res.ok) throw new CalendarApiProblem(res.status, body as CalendarApiProblem["problem"]);
    return schema.parse(body);
  }
  return {
    /** `GET /v1/calendar/days/{date}`. */
    day: (date: string): Promise<CalendarDay> =>
      get(`/v1/calendar/days/${encodeURIComponent(date)}`, calendarDayResponse),
    /** `GET /v1/calendar/working-days?from=&add=`: the `add`-th working day after `from`. */
    addWorkingDays: (from: string, add: number): Promise<WorkingDaysAdded> =>
      get(`/v1/calendar/working-days?${new URLSearchParams({ from, add: String(add) })}`, workingDaysAddedResponse),
    /** `GET /v1/calendar/working-days/count?from=&to=`: working days from `from` to `to`, both included. */
    countWorkingDays: (from: string, to: string): Promise<WorkingDaysCount> =>
      get(`/v1/calendar/working-days/count?${new URLSearchParams({ from, to })}`, workingDaysCountResponse),
  };
}

export type CalendarClient = ReturnType<typeof calendarClient>;
