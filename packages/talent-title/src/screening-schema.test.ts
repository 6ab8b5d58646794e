import { LOCALES, localize } from "@rdc/core";
import { describe, expect, it } from "vitest";
import { EXAMPLE_RECEIVED_ON, VALID_EXAMPLES } from "./examples";
import { screenTalentTitle } from "./screening";
import { screeningSchema } from "./screening-schema";

describe("the talent-title screening's schema", () => {
  const cases = Object.entries(VALID_EXAMPLES).flatMap(([name, payload]) =>
    LOCALES.map((locale) => ({ name, payload, locale })),
  );
  it.each(cases)("parses the screening of $name strictly ($locale)", ({ payload, locale }) => {
    const screening = localize(screenTalentTitle(payload, { receivedOn: EXAMPLE_RECEIVED_ON }).screening, locale);
    expect(screeningSchema.parse(screening)).toEqual(screening);
    for (const id of screening.citations) expect(screening.sources[id]).toBeDefined();
  });

  it("refuses a citation inline", () => {
    const screening = localize(
      screenTalentTitle(VALID_EXAMPLES.greenChannel, { receivedOn: EXAMPLE_RECEIVED_ON }).screening,
      "en",
    );
    const [first] = screening.findings;
    const inline = { ...screening, findings: [{ ...first, source: undefined, citation: { article: "第七条" } }] };
    expect(screeningSchema.safeParse(inline).success).toBe(false);
  });
});
