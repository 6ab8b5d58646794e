export type { BoundRule, HighTechFactReaders } from "./facts";
export {
  ARTICLE_11,
  EIT_LAW,
  GUIDELINES_2016,
  HIGH_TECH_IN_FORCE_FROM,
  HIGH_TECH_REGIME,
  MEASURES_2016 as HIGH_TECH_MEASURES_2016,
} from "./instrument";
export {
  CERTIFICATE_VALIDITY_YEARS,
  INNOVATION_SCORE_ABOVE,
  MIN_DAYS_REGISTERED,
  MIN_HIGH_TECH_INCOME_PERCENT,
  MIN_RD_IN_CHINA_PERCENT,
  MIN_SCI_TECH_STAFF_PERCENT,
  PREFERENTIAL_EIT_RATE_PERCENT,
  RD_INTENSITY_BANDS,
  type RdIntensityBand,
} from "./parameters";
export { bandOf } from "./rd-intensity";
export { highTechRecognition } from "./recognition";
