import { getMeasure, listMeasures, type Measure, type PartNumber, text } from "@rdc/core";
import * as z from "zod";
import { problems } from "../http/problem";
import { route } from "../http/stack";

function measureView(measure: Measure) {
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
      operationId: "list_measures",
      summary: "The 16 measures (国办函〔2023〕7号), optionally one part",
      query: z.strictObject({ part: z.coerce.number().int().min(1).max(4).optional() }),
      successStatus: 200,
    },
    async (ctx) => ({
      status: 200,
      body: { items: listMeasures(ctx.query.part as PartNumber | undefined).map(measureView) },
      headers: { "cache-control": "public, max-age=3600", vary: "accept-language" },
    }),
  ),
  route(
    {
      method: "GET",
      path: "/v1/measures/{measureId}",
      scopes: [],
      operationId: "get_measure",
      summary: "One measure",
      successStatus: 200,
    },
    async (ctx) => {
      const measure = getMeasure(ctx.params.measureId ?? "");
      if (!measure)
        throw problems.notFound(text("没有这一措施（编号为 M01 至 M16）。", "No such measure (ids are M01 to M16)."));
      return {
        status: 200,
        body: measureView(measure),
        headers: { "cache-control": "public, max-age=3600", vary: "accept-language" },
      };
    },
  ),
];
