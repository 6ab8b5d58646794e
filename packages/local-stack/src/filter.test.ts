import { screeningFilter } from "@rdc/platform";
import { describe, expect, it } from "vitest";
import { matchesFilter } from "./filter";

const record = (type: string, status: string, eventName = "INSERT") => ({
  eventName,
  dynamodb: { NewImage: { entity: { S: "submission" }, type: { S: type }, status: { S: status } } },
});

describe("matchesFilter with the screening filter", () => {
  const pattern = screeningFilter("customs-extension");
  it("passes the intake's own received submissions", () => {
    expect(matchesFilter(record("customs-extension", "received"), pattern)).toBe(true);
    expect(matchesFilter(record("customs-extension", "received", "MODIFY"), pattern)).toBe(true);
  });
  it("drops other types, other statuses, removals and other entities", () => {
    expect(matchesFilter(record("data-export", "received"), pattern)).toBe(false);
    expect(matchesFilter(record("customs-extension", "under_review"), pattern)).toBe(false);
    expect(matchesFilter(record("customs-extension", "received", "REMOVE"), pattern)).toBe(false);
    expect(matchesFilter({ eventName: "INSERT", dynamodb: { NewImage: { entity: { S: "event" } } } }, pattern)).toBe(
      false,
    );
  });
});
