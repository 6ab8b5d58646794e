/**
 * Import-tax exemption for foreign-invested R&D centers: duty, import VAT and
 * consumption tax on scientific-development goods, for centers that meet the
 * three conditions of the 2021 notices, continued by the 2026 notices, as
 * @rdc/core encodes them (packages/core/src/import-tax), read from the
 * center's profile.
 */
import { importTaxCenterConditions, text } from "@rdc/core";
import type { CenterProfile } from "../profile";
import type { NextStep } from "../result";
import { FACTS } from "../rules/facts";
import type { Program } from "./program";

const CONDITIONS = importTaxCenterConditions<CenterProfile>({
  foreignInvested: FACTS.foreignInvested,
  legalForm: FACTS.legalForm,
  totalInvestmentUsd: FACTS.totalInvestmentUsd,
  rdInvestmentUsd: FACTS.rdInvestmentUsd,
  fullTimeRdStaff: FACTS.fullTimeRdStaff,
  equipmentPurchasesCny: FACTS.equipmentPurchasesCny,
});

const NEXT_STEPS: readonly NextStep[] = [
  {
    code: "import-tax-exemption.apply",
    message: text(
      "向所在地省级商务主管部门申请核定为享受进口税收政策的外资研发中心（会同财政、海关、税务部门核定），列名后向主管海关办理减免税手续",
      "Apply to the provincial commerce department, which decides with the finance, customs and tax authorities, to be listed as a foreign-invested R&D center entitled to the import-tax policy; once listed, complete the exemption formalities with the competent customs office",
    ),
  },
];

export const importTaxExemption: Program = {
  id: "import-tax-exemption",
  name: text("外资研发中心进口科技开发用品免税", "Import-tax exemption for foreign-invested R&D centers"),
  evaluate: (context) => ({ result: CONDITIONS(context), nextSteps: NEXT_STEPS }),
};
