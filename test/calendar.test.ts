/**
 * The public working-day calendar over the local stack's real HTTP, through
 * the typed client partners use and through plain requests for what a client
 * would refuse to send. No token: like /v1/measures, the calendar is public.
 * 2027 has no holiday notice in the data; 2026 has.
 */
import { CalendarApiProblem, calendarClient } from "@rdc/platform";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client } from "./support/http";
import { type StackProcess, startStackProcess } from "./support/stack";

let stack: StackProcess;
let zh: ReturnType<typeof calendarClient>;
let en: ReturnType<typeof calendarClient>;
let api: ReturnType<typeof client>;

beforeAll(async () => {
  stack = await startStackProcess();
  zh = calendarClient(stack.url);
  en = calendarClient(stack.url, { locale: "en" });
  api = client(stack.url);
});
afterAll(async () => {
  await stack?.stop();
});

function expectBadField(reply: { status: number; headers: Headers; body: any }, field: string) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(400);
  expect(reply.headers.get("content-type")).toContain("application/problem+json");
  expect(reply.body).toMatchObject({ type: "https://rdc-measures.dev/problems/validation-error", status: 400 });
  expect(reply.body.errors.map((e: { path: string }) => e.path)).toContain(field);
}

describe("GET /v1/calendar/days/{date}", () => {
  it("2027: the Spring Festival days are provisional days off, named in the caller's language", async () => {
    for (const date of ["2027-02-05", "2027-02-08"]) {
      expect(await zh.day(date)).toMatchObject({
        date,
        workingDay: false,
        provisional: true,
        kind: "holiday",
        holiday: "春节",
        source: { kind: "holiday_rules" },
      });
    }
    const eve = await en.day("2027-02-05");
    expect(eve.holiday).toBe("Spring Festival");
    expect(eve.source.citations[0]).toMatchObject({
      document: "National Holidays Measures (as amended in 2024, State Council Decree 795)",
      article: "第二条第（二）项",
      inForceFrom: "2025-01-01",
    });
  });

  it("2027-02-09 is off in lieu, citing Art. 6; 04-05, 06-09 and 09-15 are provisional holidays", async () => {
    const inLieu = await en.day("2027-02-09");
    expect(inLieu).toMatchObject({ workingDay: false, provisional: true, kind: "in_lieu", holiday: "Spring Festival" });
    expect(inLieu.source.citations[0]?.article).toBe("第六条");
    expect(inLieu.source.note).toContain("Art. 6");
    for (const [date, holiday] of [
      ["2027-04-05", "Qingming Festival"],
      ["2027-06-09", "Dragon Boat Festival"],
      ["2027-09-15", "Mid-Autumn Festival"],
    ]) {
      expect(await en.day(date as string)).toMatchObject({
        workingDay: false,
        provisional: true,
        kind: "holiday",
        holiday,
      });
    }
    expect(await en.day("2027-02-11")).toMatchObject({
      workingDay: true,
      provisional: true,
      kind: "workday",
      holiday: null,
    });
  });

  it("a published year's answers are not provisional and cite the notice", async () => {
    const makeup = await zh.day("2026-02-14");
    expect(makeup).toMatchObject({ workingDay: true, provisional: false, kind: "makeup_workday", holiday: null });
    expect(makeup.source).toMatchObject({ kind: "notice", note: null });
    expect(makeup.source.citations[0]?.document).toContain("国办发明电〔2025〕7号");
    expect(await en.day("2026-02-16")).toMatchObject({
      provisional: false,
      kind: "holiday",
      holiday: "Spring Festival",
    });
    expect(await en.day("2026-03-02")).toMatchObject({ provisional: false, kind: "workday", workingDay: true });
  });

  it("is public and cacheable, and varies by language", async () => {
    const reply = await api.get("/v1/calendar/days/2027-02-05", { "accept-language": "en" });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("content-language")).toBe("en");
    expect(reply.headers.get("vary")).toContain("accept-language");
    expect(reply.headers.get("cache-control")).toContain("public");
  });

  it.each(["2027-02-30", "tomorrow", "2027-13-01", "2027-2-05", "1899-12-31"])(
    "%s is a 400 naming path.date",
    async (d) => {
      expectBadField(await api.get(`/v1/calendar/days/${d}`), "path.date");
    },
  );

  it("a bad date through the typed client is a CalendarApiProblem with the problem", async () => {
    const error = await zh.day("2027-02-30").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalendarApiProblem);
    expect((error as CalendarApiProblem).status).toBe(400);
    expect((error as CalendarApiProblem).problem.errors?.[0]?.path).toBe("path.date");
  });
});

describe("GET /v1/calendar/working-days?from=&add=", () => {
  it("one working day after 2027-02-04 is 2027-02-11, provisionally", async () => {
    expect(await zh.addWorkingDays("2027-02-04", 1)).toEqual({
      from: "2027-02-04",
      add: 1,
      date: "2027-02-11",
      provisional: true,
    });
  });

  it("counts as the platform's clocks do, firm within the published years", async () => {
    // 2024's National Day week: 29 September and 12 October are worked, 1–7 October are not.
    expect(await zh.addWorkingDays("2024-09-27", 3)).toMatchObject({ date: "2024-10-08", provisional: false });
    expect(await zh.addWorkingDays("2027-01-04", 45)).toMatchObject({ date: "2027-03-12", provisional: true });
    expect(await zh.addWorkingDays("2026-01-05", 1000)).toMatchObject({ provisional: true });
  });

  it.each([
    ["from=2027-02-04&add=0", "query.add"],
    ["from=2027-02-04&add=1001", "query.add"],
    ["from=2027-02-04&add=1.5", "query.add"],
    ["from=2027-02-04&add=ten", "query.add"],
    ["from=2027-02-04", "query.add"],
    ["from=2027-02-30&add=1", "query.from"],
    ["from=tomorrow&add=1", "query.from"],
    ["add=1", "query.from"],
    ["from=2027-02-04&add=1&days=2", "query.days"],
  ])("?%s is a 400 naming %s", async (query, field) => {
    expectBadField(await api.get(`/v1/calendar/working-days?${query}`), field);
  });
});

describe("GET /v1/calendar/working-days/count?from=&to=", () => {
  it("counts both ends, and is provisional only when it touches a year without a notice", async () => {
    // A publicity of 不少于5个工作日 over 2026's National Day (10-01..10-07 off): 9-28..9-30 and 10-08, 10-09.
    expect(await zh.countWorkingDays("2026-09-28", "2026-10-09")).toEqual({
      from: "2026-09-28",
      to: "2026-10-09",
      workingDays: 5,
      provisional: false,
    });
    expect(await zh.countWorkingDays("2027-02-04", "2027-02-11")).toEqual({
      from: "2027-02-04",
      to: "2027-02-11",
      workingDays: 2,
      provisional: true,
    });
    expect(await zh.countWorkingDays("2027-02-05", "2027-02-05")).toMatchObject({ workingDays: 0 });
  });

  it.each([
    ["from=2027-02-11&to=2027-02-04", "query.to"],
    ["from=2027-02-04&to=2027-13-01", "query.to"],
    ["from=2027-02-30&to=2027-03-01", "query.from"],
    ["from=2027-02-04", "query.to"],
  ])("?%s is a 400 naming %s", async (query, field) => {
    expectBadField(await api.get(`/v1/calendar/working-days/count?${query}`), field);
  });
});

describe("the calendar in the OpenAPI document", () => {
  it("lists the three routes as public, with their parameters and response schemas", async () => {
    const doc = (await api.get("/openapi.json")).body;
    const day = doc.paths["/v1/calendar/days/{date}"].get;
    expect(day.security).toEqual([]);
    expect(day.parameters[0]).toMatchObject({ name: "date", in: "path", schema: { format: "date" } });
    expect(day.responses["200"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/CalendarDay",
    });
    expect(doc.components.schemas.CalendarDay.properties.kind.enum).toEqual([
      "workday",
      "weekend",
      "holiday",
      "in_lieu",
      "makeup_workday",
    ]);
    const add = doc.paths["/v1/calendar/working-days"].get;
    expect(add.parameters.find((p: { name: string }) => p.name === "add").schema).toMatchObject({
      minimum: 1,
      maximum: 1000,
    });
    expect(doc.paths["/v1/calendar/working-days/count"].get.security).toEqual([]);
    expect(doc.components.schemas.DomainEvent.properties.type.enum).toContain("submission.due_date_changed");
    expect(doc.components.schemas.DueDateChangedData.required).toEqual(["previousDueDate", "dueDate", "provisional"]);
  });

  it("answers other methods with 405", async () => {
    expect((await api.post("/v1/calendar/working-days", {})).status).toBe(405);
  });
});
