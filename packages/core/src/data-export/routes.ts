import { text } from "../i18n";
import { type Citation, type IsoDate, valueAsOf } from "../rules";
import { CERTIFICATION_ROUTE, STANDARD_CONTRACT_ROUTE } from "./parameters";
import type { AvailableRoute, DataExportPathway } from "./result";

/**
 * The routes open on `date` for a pathway. The standard contract exists from
 * 2023-06-01 (Decree 13). Certification is a route of PIPL Art. 38 from
 * 2021-11-01; its own rules (Decree 20) apply from 2026-01-01, and before
 * that the platform encodes no conditions beyond the pathway itself.
 */
export function routesFor(pathway: DataExportPathway | null, date: IsoDate, basis: Citation): AvailableRoute[] {
  if (pathway === "security_assessment") {
    return [
      {
        route: "security_assessment",
        note: text(
          "通过所在地省级网信部门向国家网信部门申报数据出境安全评估。",
          "Apply through the provincial cyberspace office to the Cyberspace Administration of China for a security assessment.",
        ),
        citation: basis,
      },
    ];
  }
  if (pathway !== "standard_contract_or_certification") return [];
  const routes: AvailableRoute[] = [];
  const contract = valueAsOf(STANDARD_CONTRACT_ROUTE, date);
  if (contract) {
    routes.push({
      route: "standard_contract",
      note: text(
        "与境外接收方订立个人信息出境标准合同，并向所在地省级网信部门备案。",
        "Conclude the standard contract with the overseas recipient and file it with the provincial cyberspace office.",
      ),
      citation: contract.citation,
    });
  }
  const certification = valueAsOf(CERTIFICATION_ROUTE, date);
  if (certification)
    routes.push({ route: "certification", note: certification.value, citation: certification.citation });
  return routes;
}
