/**
 * Measure 7 pre-screen: which CAC pathway a planned transfer of R&D data
 * takes, decided by the data-export rules of @rdc/core (the same function
 * the data-export intake screens with).
 */
import {
  CAPABILITY_PATHS,
  type DataExportFacts,
  type DataExportPathwayResult,
  determineDataExportPathway,
  text,
} from "@rdc/core";
import type { CenterProfile } from "../profile";
import type { NextStep } from "../result";
import type { EvaluationContext } from "../rules/context";
import type { Program } from "./program";

const PREFIX = "center.plannedDataExport.";
const INTAKE = CAPABILITY_PATHS["data-export-assessments"];

/** The data-export facts of a center; a transfer without a date is taken to happen on `asOf`. */
export function dataExportFacts(center: CenterProfile, asOf: string): DataExportFacts {
  const planned = center.plannedDataExport;
  return {
    exporter: { ...planned?.exporter, ...(center.province === undefined ? {} : { province: center.province }) },
    transfer: { ...planned?.transfer, date: planned?.transfer?.date ?? asOf },
  };
}

function nextSteps(found: DataExportPathwayResult): NextStep[] {
  const obligations = found.additionalObligations.map((o) => ({
    code: `data-export-pathway.${o.code}`,
    message: text(`${o.message["zh-CN"]}（${o.authority["zh-CN"]}）`, `${o.message.en} (${o.authority.en})`),
  }));
  const routes: NextStep[] =
    found.pathway === "exempt"
      ? [
          {
            code: "data-export-pathway.exempt",
            message: text(
              "该传输无需申报安全评估、订立标准合同或认证；请留存豁免依据的记录",
              "This transfer needs no security assessment, standard contract or certification; keep a record of the exemption it relies on",
            ),
          },
        ]
      : found.routesAvailable.map((r) => ({ code: `data-export-pathway.${r.route}`, message: r.note, href: INTAKE }));
  return [...routes, ...obligations];
}

export const dataExportPathway: Program = {
  id: "data-export-pathway",
  name: text("数据出境路径预判", "Data export pathway pre-screen"),
  evaluate: (context: EvaluationContext) => {
    const found = determineDataExportPathway(dataExportFacts(context.subject, context.asOf), {
      explain: context.explain,
    });
    return {
      result: {
        outcome: found.outcome,
        reasons: found.reasons,
        missingFacts: found.missingFacts.map((path) => PREFIX + path),
        trace: context.explain ? found.trace : [],
      },
      nextSteps: nextSteps(found),
    };
  },
};
