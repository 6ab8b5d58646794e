export { AGENCY_IDS, AGENCY_NAMES, type AgencyId, type ResponsibleAgency } from "./agencies";
export {
  discretionary,
  foreignInvestedRdCenter,
  type MeasureBenefits,
  type MeasureFactReaders,
  measureBenefits,
  measureRegime,
} from "./benefits";
export { CAPABILITY_PATHS, type CapabilityName, type Implementation } from "./capabilities";
export { isMeasureId, MEASURE_IDS, type Measure, type MeasureId } from "./measure";
export { citeMeasure, getMeasure, listMeasures, MEASURES } from "./measures";
export { getPart, PARTS, type Part, type PartNumber } from "./parts";
export { MEASURES_2023, MEASURES_IN_FORCE_FROM, MEASURES_POLICY } from "./policy";
