import { AGENCY_IDS, CAPABILITY_PATHS, type CapabilityName, MEASURE_IDS } from "@rdc/core";
import * as z from "zod";
import { citationSchema } from "../schema/localized";

/**
 * A measure as `GET /v1/measures` answers it (localized), for the OpenAPI
 * document; `measure-schema.test.ts` parses the real answers with it, strictly.
 */
export const measureSchema = z
  .strictObject({
    id: z.enum(MEASURE_IDS),
    part: z.strictObject({ number: z.number().int().min(1).max(4), name: z.string() }),
    title: z.string().meta({ description: "the measure's heading" }),
    summary: z.string(),
    text: z.string().meta({ description: "the measure's Chinese text as published" }),
    agencies: z
      .array(z.strictObject({ id: z.enum(AGENCY_IDS), name: z.string(), lead: z.boolean() }))
      .meta({ description: "the bodies responsible, in the order the text names them; `lead` where it says 牵头" }),
    responsibility: z.string(),
    implementedBy: z
      .array(
        z.strictObject({
          capability: z.enum(Object.keys(CAPABILITY_PATHS) as [CapabilityName, ...CapabilityName[]]),
          path: z.string(),
        }),
      )
      .meta({ description: "the API capabilities that act on the measure" }),
    citation: citationSchema,
  })
  .meta({ id: "Measure" });

export const measureListSchema = z.strictObject({ items: z.array(measureSchema) }).meta({ id: "MeasureList" });
