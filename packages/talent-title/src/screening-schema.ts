import { DIRECT_SENIOR_APPLICATIONS, SENIORITY_STATUSES } from "@rdc/core";
import {
  findingSchema,
  missingItemSchema,
  outcomeSchema,
  reasonSchema,
  sourceIdSchema,
  sourceIndexShape,
  verdictSchema,
} from "@rdc/platform";
import * as z from "zod";
import { NORMAL_ROUTE } from "./screening";

/**
 * The `screening` of a talent-title submission as the client reads it:
 * localized, sources by reference (`screenTalentTitle`).
 * `screening-schema.test.ts` parses real screenings with it, strictly.
 */
export const screeningSchema = z
  .strictObject({
    greenChannel: z.strictObject({ eligible: z.boolean(), outcome: outcomeSchema, reasons: z.array(reasonSchema) }),
    directSeniorApplication: z.enum(DIRECT_SENIOR_APPLICATIONS),
    experienceYears: z.strictObject({ total: z.number().min(0), overseas: z.number().min(0) }),
    normalRequirement: z.string().meta({ description: "the usual seniority for the requested level in the series" }),
    relaxedBy: z.array(z.string()).meta({ description: "what the green channel waived (empty off it)" }),
    normalRoute: z
      .strictObject({
        route: z.literal(NORMAL_ROUTE),
        seniority: z.enum(SENIORITY_STATUSES),
        explanation: z.string(),
      })
      .nullable()
      .meta({ description: "only for applicants off the green channel" }),
    verdict: verdictSchema,
    missingItems: z.array(missingItemSchema),
    findings: z.array(findingSchema),
    citations: z.array(sourceIdSchema).meta({ description: "keys of `sources`" }),
    ...sourceIndexShape,
  })
  .meta({ id: "TalentTitleScreening" });
