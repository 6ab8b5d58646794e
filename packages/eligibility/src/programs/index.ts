import type { Text } from "@rdc/core";
import { customsTemporaryImportExtension } from "./customs-temporary-import-extension";
import { dataExportPathway } from "./data-export-pathway";
import { highTechEnterprise } from "./high-tech-enterprise";
import { importTaxExemption } from "./import-tax-exemption";
import { PROGRAM_IDS, type Program, type ProgramId } from "./program";
import { talentTitleGreenChannel } from "./talent-title-green-channel";
import { teamWorkPermit } from "./team-work-permit";

export { PROGRAM_IDS, type Program, type ProgramEvaluation, type ProgramId } from "./program";

const BY_ID: Record<ProgramId, Program> = {
  "import-tax-exemption": importTaxExemption,
  "high-tech-enterprise": highTechEnterprise,
  "data-export-pathway": dataExportPathway,
  "customs-temporary-import-extension": customsTemporaryImportExtension,
  "team-work-permit": teamWorkPermit,
  "talent-title-green-channel": talentTitleGreenChannel,
};

/** In the order of `PROGRAM_IDS`. */
export const PROGRAMS: readonly Program[] = PROGRAM_IDS.map((id) => BY_ID[id]);

/** Each program's name, for a response or a page that lists them. */
export const PROGRAM_NAMES: Readonly<Record<ProgramId, Text>> = Object.fromEntries(
  PROGRAMS.map((p) => [p.id, p.name]),
) as Record<ProgramId, Text>;
