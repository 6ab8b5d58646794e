import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { talentApplication } from "./support/fixtures";
import { client, screened } from "./support/http";
import { type StackProcess, startStackProcess } from "./support/stack";

let stack: StackProcess;
let partner: ReturnType<typeof client>;
let hr: ReturnType<typeof client>;
const path = "/v1/talent-title-applications";

beforeAll(async () => {
  stack = await startStackProcess();
  partner = client(stack.url, await stack.token("center-hr-system", ["submissions:write", "submissions:read"]));
  hr = client(stack.url, await stack.token("shanghai-hr", ["review:MOHRSS"]));
});
afterAll(async () => {
  await stack?.stop();
});

describe("talent title applications through the local stack (measure 11)", () => {
  it("asks for everything missing at once, takes a supplement, and goes to MOHRSS review and a decision", async () => {
    const incomplete = talentApplication({
      education: [{ degree: "doctorate", institution: "TU München", country: "DE", year: 2015, verification: "none" }],
      publicity: undefined,
      pledge: false,
    });
    const created = await partner.post(path, incomplete);
    expect(created.status).toBe(202);
    const needsInfo = await screened(partner, `${path}/${created.body.id}`, "needs_info");
    const fields = needsInfo.body.screening.missingItems.map((m: { field: string }) => m.field);
    expect(fields).toEqual(expect.arrayContaining(["publicity", "education.0.verification"]));

    const complete = talentApplication();
    const supplement = await partner.post(
      `${path}/${created.body.id}/supplements`,
      { payload: { education: complete.education, publicity: complete.publicity }, note: "CSCSE certificate attached" },
      { "if-match": needsInfo.headers.get("etag") ?? "" },
    );
    expect(supplement.status).toBe(200);
    const review = await screened(partner, `${path}/${created.body.id}`, "under_review");
    expect(review.body).toMatchObject({ agency: "MOHRSS", office: { code: "310000" } });
    expect(review.body.screening.greenChannel.eligible).toBe(true);

    const decided = await hr.post(
      `${path}/${created.body.id}/decisions`,
      { decision: "approve", reason: "评审通过" },
      { "if-match": review.headers.get("etag") ?? "" },
    );
    expect(decided.body.status).toBe("approved");
  });

  it("screens the normal route: without the date of the current title its seniority is asked for", async () => {
    const application = talentApplication();
    const created = await partner.post(
      path,
      talentApplication({
        applicant: { ...application.applicant, talentCategory: "other" },
        currentTitle: { level: "intermediate", name: "工程师" },
      }),
    );
    const needsInfo = await screened(partner, `${path}/${created.body.id}`, "needs_info");
    expect(needsInfo.body.screening.normalRoute).toMatchObject({ route: "step_by_step", seniority: "undetermined" });
    expect(needsInfo.body.screening.missingItems.map((m: { field: string }) => m.field)).toEqual([
      "currentTitle.obtainedOn",
    ]);
  });

  it("explains a screening with the kernel trace on ?explain=true", async () => {
    const created = await partner.post(path, talentApplication());
    await screened(partner, `${path}/${created.body.id}`, "under_review");
    const explained = await partner.get(`${path}/${created.body.id}?explain=true`);
    const rules = explained.body.explanation.trace.map((t: { rule: string }) => t.rule);
    expect(rules).toEqual(expect.arrayContaining(["talent.green-channel.center", "talent.publicity.period"]));
  });

  it("masks the applicant in lists (initials, * and the last 3, no birth date), and shows it whole to the owner and the reviewer", async () => {
    const created = await partner.post(path, talentApplication());
    await screened(partner, `${path}/${created.body.id}`, "under_review");
    const list = await partner.get(path);
    const item = list.body.items.find((i: { id: string }) => i.id === created.body.id);
    expect(item.payload.applicant).toMatchObject({ fullName: "A. S.", passportNumber: "*T47" });
    expect(item.payload.applicant.workPermit.number).toBe("*123");
    expect(item.payload.applicant).not.toHaveProperty("birthDate");
    expect((await partner.get(`${path}/${created.body.id}`)).body.payload.applicant.passportNumber).toBe("C01X00T47");
    expect((await hr.get(`${path}/${created.body.id}`)).body.payload.applicant.birthDate).toBe("1985-04-12");
  });

  it("keeps names, passport numbers and birth dates out of every log line", async () => {
    await partner.post(
      path,
      talentApplication({ applicant: { ...talentApplication().applicant, passportNumber: "ZZ9876543" } }),
    );
    await partner.post(path, { ...talentApplication(), pledge: "yes" });
    await new Promise((r) => setTimeout(r, 1500));
    const logs = stack.output();
    expect(logs).toContain('"message":"screening"');
    for (const secret of ["ZZ9876543", "C01X00T47", "1985-04-12", "Anna Schmidt"]) expect(logs).not.toContain(secret);
  });
});
