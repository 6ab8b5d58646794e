/**
 * High-tech enterprise recognition (高新技术企业认定): the conditions of
 * 国科发火〔2016〕32号 Art. 11 with the Work Guidelines, as @rdc/core encodes
 * them (packages/core/src/high-tech), read from the center's profile. Measure
 * 1 asks for guidance and services to centers applying.
 */
import {
  CERTIFICATE_VALIDITY_YEARS,
  highTechRecognition,
  type ParameterValue,
  PREFERENTIAL_EIT_RATE_PERCENT,
  perVersion,
  text,
  valueAsOf,
} from "@rdc/core";
import type { CenterProfile } from "../profile";
import type { NextStep } from "../result";
import { FACTS } from "../rules/facts";
import type { Program } from "./program";

const RECOGNITION = highTechRecognition<CenterProfile>({
  legalForm: FACTS.legalForm,
  registeredOn: FACTS.registeredOn,
  ownsCoreIp: FACTS.ownsCoreIp,
  inSupportedField: FACTS.inSupportedField,
  totalStaff: FACTS.totalStaff,
  sciTechStaff: FACTS.sciTechStaff,
  latestYearRevenueCny: FACTS.latestYearRevenueCny,
  rdSpendLast3YearsCny: FACTS.rdSpendLast3YearsCny,
  salesLast3YearsCny: FACTS.salesLast3YearsCny,
  rdSpendInChinaLast3YearsCny: FACTS.rdSpendInChinaLast3YearsCny,
  highTechIncomeCny: FACTS.highTechIncomeCny,
  totalIncomeCny: FACTS.totalIncomeCny,
  innovationScore: FACTS.innovationScore,
  majorIncidentLastYear: FACTS.majorIncidentLastYear,
});

const APPLY = text(
  "在高新技术企业认定管理工作网注册并向所在地省级认定机构（科技、财政、税务部门组成）提交认定申请；可向当地科技部门申请认定指导和政策培训（措施（一））",
  "Register on the high-tech enterprise recognition website and apply to the provincial recognition body (science and technology, finance and tax departments); local science and technology departments offer guidance and policy training (measure 1)",
);
const APPLY_ONLY: readonly NextStep[] = [{ code: "high-tech-enterprise.apply", message: APPLY }];

/** How to apply, and what recognition gives (第九条; 企业所得税法第二十八条), with the figures in force. */
const nextSteps = perVersion((years: ParameterValue<number>) =>
  perVersion((rate: ParameterValue<number>): readonly NextStep[] => [
    {
      code: "high-tech-enterprise.apply",
      message: text(
        `${APPLY["zh-CN"]}。资格自颁发证书之日起有效期为${years.value}年，期内减按${rate.value}%的税率征收企业所得税`,
        `${APPLY.en}. The recognition is valid for ${years.value} years from the certificate's date, with enterprise income tax at the reduced rate of ${rate.value}%`,
      ),
    },
  ]),
);

/** The next steps of the last date asked for: evaluations come in runs of the same date. */
let last: { asOf: string; steps: readonly NextStep[] } = { asOf: "", steps: APPLY_ONLY };
function nextStepsOn(asOf: string): readonly NextStep[] {
  if (last.asOf === asOf) return last.steps;
  const years = valueAsOf(CERTIFICATE_VALIDITY_YEARS, asOf);
  const rate = valueAsOf(PREFERENTIAL_EIT_RATE_PERCENT, asOf);
  last = { asOf, steps: years && rate ? nextSteps(years)(rate) : APPLY_ONLY };
  return last.steps;
}

export const highTechEnterprise: Program = {
  id: "high-tech-enterprise",
  name: text("高新技术企业认定", "High-tech enterprise recognition"),
  evaluate: (context) => ({ result: RECOGNITION(context), nextSteps: nextStepsOn(context.asOf) }),
};
