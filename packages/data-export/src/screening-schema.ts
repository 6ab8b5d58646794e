import { DATA_EXPORT_PATHWAYS, EXEMPTION_GROUNDS, FILING_ROUTES, MATERIAL_KINDS } from "@rdc/core";
import {
  findingSchema,
  missingItemSchema,
  outcomeSchema,
  reasonSchema,
  sourceIdSchema,
  sourceIndexShape,
} from "@rdc/platform";
import * as z from "zod";

/**
 * The `screening` of a data-export submission (and of the triage answer) as
 * the client reads it: localized, sources by reference (`screenDataExport`).
 * `screening-schema.test.ts` parses real screenings with it, strictly.
 */

const date = z.iso.date();
const material = z.strictObject({ kind: z.enum(MATERIAL_KINDS), label: z.string(), source: sourceIdSchema });

export const screeningSchema = z
  .strictObject({
    outcome: outcomeSchema.meta({ description: "how sure the pathway is: undetermined with `missingFacts`" }),
    reasons: z.array(reasonSchema),
    missingFacts: z.array(z.string()).meta({ description: "payload paths that would decide the pathway" }),
    regime: z.enum(["CAC-2022", "CAC-2024"]).nullable().meta({ description: "null before any CAC regime" }),
    countingWindow: z.strictObject({ from: date, to: date, source: sourceIdSchema }).nullable(),
    pathway: z.enum(DATA_EXPORT_PATHWAYS).nullable(),
    exemption: z
      .strictObject({
        ground: z.enum([...EXEMPTION_GROUNDS, "small_volume", "free_trade_zone", "no_regulated_data"]),
        source: sourceIdSchema,
      })
      .nullable(),
    routesAvailable: z.array(
      z.strictObject({
        route: z.enum(["security_assessment", "standard_contract", "certification"]),
        note: z.string(),
        source: sourceIdSchema,
      }),
    ),
    validity: z.strictObject({ years: z.union([z.literal(2), z.literal(3)]), source: sourceIdSchema }).nullable(),
    additionalObligations: z.array(
      z.strictObject({ code: z.string(), message: z.string(), authority: z.string(), source: sourceIdSchema }),
    ),
    missingFactBasis: z.array(z.strictObject({ fact: z.string(), source: sourceIdSchema })),
    citations: z.array(sourceIdSchema).meta({ description: "the articles the pathway rests on: keys of `sources`" }),
    filingRoute: z.enum(FILING_ROUTES).nullable(),
    requiredMaterials: z.array(material),
    missingMaterials: z.array(material),
    clocks: z.array(
      z.strictObject({ step: z.string(), workingDays: z.number().int(), from: z.string(), source: sourceIdSchema }),
    ),
    filingDeadline: z
      .strictObject({
        date,
        provisional: z.boolean(),
        onTime: z.boolean(),
        workingDays: z.number().int(),
        source: sourceIdSchema,
      })
      .nullable(),
    findings: z.array(findingSchema),
    missingItems: z.array(missingItemSchema),
    ...sourceIndexShape,
  })
  .meta({ id: "DataExportScreening" });
