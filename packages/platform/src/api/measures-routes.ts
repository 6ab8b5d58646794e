import { getMeasure, listMeasures, type Measure, type PartNumber, text } from "@rdc/core";
import * as z from "zod";
import { problems } from "../http/problem";
import { route } from "../http/stack";
import { measureListSchema, measureSchema } from "./measure-schema";

const tag = {
  name: "measures",
  description:
    "The 16 measures of 国办函〔2023〕7号 (State Council measures for foreign-invested R&D centers), as published, with the agencies responsible and the API capabilities that act on each. Public.",
};

/** Published content: any cache may keep it an hour, per language. */
const PUBLIC_CACHE = { "cache-control": "public, max-age=3600", vary: "accept-language" };

export function measureView(measure: Measure) {
  return {
    id: measure.id,
    part: measure.part,
    title: measure.title,
    summary: measure.summary,
    text: measure.text,
    agencies: measure.agencies,
    responsibility: measure.responsibility,
    implementedBy: measure.implementedBy,
    citation: measure.citation,
  };
}

/** The 16 measures, public, in the caller's language. */
export const measuresRoutes = [
  route(
    {
      method: "GET",
      path: "/v1/measures",
      scopes: [],
      operationId: "listMeasures",
      summary: "The 16 measures (国办函〔2023〕7号), optionally one part",
      description:
        "Every measure in order (M01 to M16), or those of one part (`?part=1..4`), in the caller's language.",
      tag,
      query: z.strictObject({ part: z.coerce.number().int().min(1).max(4).optional() }),
      response: measureListSchema,
      successStatus: 200,
      successHeaders: ["vary"],
    },
    async (ctx) => ({
      status: 200,
      body: { items: listMeasures(ctx.query.part as PartNumber | undefined).map(measureView) },
      headers: PUBLIC_CACHE,
    }),
  ),
  route(
    {
      method: "GET",
      path: "/v1/measures/{measureId}",
      scopes: [],
      operationId: "getMeasure",
      summary: "One measure",
      description: "One measure by its id, M01 to M16 (anything else is a 404).",
      tag,
      params: z.strictObject({ measureId: z.string().meta({ pattern: "^M[0-9]{2}$", examples: ["M07"] }) }),
      response: measureSchema,
      successStatus: 200,
      successHeaders: ["vary"],
    },
    async (ctx) => {
      const measure = getMeasure(ctx.params.measureId ?? "");
      if (!measure)
        throw problems.notFound(text("没有这一措施（编号为 M01 至 M16）。", "No such measure (ids are M01 to M16)."));
      return {
        status: 200,
        body: measureView(measure),
        headers: PUBLIC_CACHE,
      };
    },
  ),
];
