import { describe, expect, it } from "vitest";
import type { CenterProfile, OverseasTalentFacts } from "../profile";
import { talentTitleGreenChannel } from "./talent-title-green-channel";

const run = (center: CenterProfile, asOf = "2025-06-01") =>
  talentTitleGreenChannel.evaluate({ subject: center, asOf, explain: false });
const withTalent = (overseasTalent: OverseasTalentFacts, recognizedForeignRdCenter = true) =>
  run({ recognizedForeignRdCenter, overseasTalent }).result;

describe("professional-title green channel (measure 11)", () => {
  it("needs a recognised center employing overseas high-end or shortage talent", () => {
    expect(withTalent({ highEnd: true, shortage: false }).outcome).toBe("eligible");
    expect(withTalent({ highEnd: false, shortage: true }).outcome).toBe("eligible");
    expect(withTalent({ highEnd: false, shortage: false }).outcome).toBe("ineligible");
    expect(withTalent({ highEnd: true }, false).outcome).toBe("ineligible");
  });

  it("needs only one kind of talent: the other may be unknown", () => {
    expect(withTalent({ shortage: true }).outcome).toBe("eligible");
    const open = withTalent({ shortage: false });
    expect(open.outcome).toBe("undetermined");
    expect(open.missingFacts).toEqual(["center.overseasTalent.highEnd"]);
  });

  it("lists exactly the missing facts", () => {
    const { outcome, missingFacts } = run({}).result;
    expect(outcome).toBe("undetermined");
    expect([...missingFacts].sort()).toEqual([
      "center.overseasTalent.highEnd",
      "center.overseasTalent.shortage",
      "center.recognizedForeignRdCenter",
    ]);
    expect(run({ overseasTalent: { highEnd: true } }).result.missingFacts).toEqual([
      "center.recognizedForeignRdCenter",
    ]);
  });

  it("marks the recognition requirement as unconfirmed", () => {
    const reason = withTalent({ highEnd: true }).reasons.find((r) =>
      r.code.startsWith("talent-title-green-channel.recognized"),
    );
    expect(reason?.citation).toMatchObject({ article: "（十一）", inForceFrom: "2023-01-11" });
    expect(reason?.citation.unconfirmed).toMatch(/UNCONFIRMED/);
  });

  it("exists from 2023-01-11", () => {
    const center = { recognizedForeignRdCenter: true, overseasTalent: { highEnd: true } };
    expect(run(center, "2023-01-10").result.outcome).toBe("ineligible");
    expect(run(center, "2023-01-11").result.outcome).toBe("eligible");
  });

  it("files through the talent-title intake", () => {
    expect(run({}).nextSteps).toEqual([
      expect.objectContaining({ code: "talent-title-green-channel.apply", href: "/v1/talent-title-applications" }),
    ]);
  });
});
