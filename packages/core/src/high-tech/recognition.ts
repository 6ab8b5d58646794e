/**
 * 第十一条 认定为高新技术企业须同时满足以下条件：（一）……（八）
 *
 * All eight conditions (and 第二条's resident enterprise), under the rules in
 * force on the day: the 2016 measures from 2016-01-01; before, the 2008
 * measures, which are not encoded (undetermined, never guessed).
 */
import { allOf, type RuleContext, type RuleResult, underRegime } from "../rules";
import { coreIp } from "./core-ip";
import type { BoundRule, HighTechFactReaders } from "./facts";
import { highTechIncome } from "./high-tech-income";
import { innovationScore } from "./innovation-score";
import { HIGH_TECH_REGIME } from "./instrument";
import { noMajorIncident } from "./no-major-incident";
import { rdInChina } from "./rd-in-china";
import { rdIntensity } from "./rd-intensity";
import { registeredOneYear } from "./registered";
import { residentEnterprise } from "./resident-enterprise";
import { sciTechStaff } from "./sci-tech-staff";
import { supportedField } from "./supported-field";

/**
 * The recognition rules bound to a capability's facts. Call once, at module
 * level: the conditions are built here, once (per version of the figures).
 */
export function highTechRecognition<S>(facts: HighTechFactReaders<S>): BoundRule<S> {
  const resident = residentEnterprise(facts);
  const registered = registeredOneYear(facts);
  const ip = coreIp(facts);
  const field = supportedField(facts);
  const staff = sciTechStaff(facts);
  const intensity = rdIntensity(facts);
  const inChina = rdInChina(facts);
  const income = highTechIncome(facts);
  const score = innovationScore(facts);
  const incident = noMajorIncident(facts);
  // One call site per condition (not a loop over them): each stays monomorphic for the engine.
  const conditions = (context: RuleContext<S>): RuleResult =>
    allOf([
      resident(context), // 第二条
      registered(context), // （一）
      ip(context), // （二）
      field(context), // （三）
      staff(context), // （四）
      intensity(context), // （五）
      inChina(context), // （五）其中
      income(context), // （六）
      score(context), // （七）
      incident(context), // （八）
    ]);
  return (context) => underRegime(context, HIGH_TECH_REGIME, () => conditions(context));
}
