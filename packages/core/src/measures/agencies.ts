import { type Text, text } from "../i18n";

/**
 * The bodies the measures name as responsible, under the short Chinese names
 * the policy uses, with their official English names.
 */
export const AGENCY_NAMES = {
  MOST: text("科技部", "Ministry of Science and Technology"),
  MOF: text("财政部", "Ministry of Finance"),
  MOFCOM: text("商务部", "Ministry of Commerce"),
  STA: text("税务总局", "State Taxation Administration"),
  GACC: text("海关总署", "General Administration of Customs"),
  MOE: text("教育部", "Ministry of Education"),
  MOHRSS: text("人力资源社会保障部", "Ministry of Human Resources and Social Security"),
  PBOC: text("人民银行", "People's Bank of China"),
  CBIRC: text("银保监会", "China Banking and Insurance Regulatory Commission"),
  CAC: text("中央网信办", "Office of the Central Cyberspace Affairs Commission (Cyberspace Administration of China)"),
  MIIT: text("工业和信息化部", "Ministry of Industry and Information Technology"),
  MPS: text("公安部", "Ministry of Public Security"),
  CNIPA: text("国家知识产权局", "China National Intellectual Property Administration"),
  PUBLICITY_DEPT: text("中央宣传部", "Publicity Department of the Central Committee of the Communist Party of China"),
  MARA: text("农业农村部", "Ministry of Agriculture and Rural Affairs"),
  NFGA: text("国家林草局", "National Forestry and Grassland Administration"),
  MFA: text("外交部", "Ministry of Foreign Affairs"),
  NIA: text("国家移民局", "National Immigration Administration"),
  SAFE: text("国家外汇局", "State Administration of Foreign Exchange"),
  SPC: text("最高人民法院", "Supreme People's Court"),
  SPP: text("最高人民检察院", "Supreme People's Procuratorate"),
  MOJ: text("司法部", "Ministry of Justice"),
  SAMR: text("市场监管总局", "State Administration for Market Regulation"),
  PROVINCIAL_GOVERNMENTS: text(
    "各省级人民政府",
    "People's governments of all provinces, autonomous regions and municipalities directly under the Central Government",
  ),
} as const satisfies Record<string, Text>;

export type AgencyId = keyof typeof AGENCY_NAMES;

export const AGENCY_IDS = Object.keys(AGENCY_NAMES) as [AgencyId, ...AgencyId[]];

/** One responsible body as a measure names it; `lead` where the text says 牵头. */
export interface ResponsibleAgency {
  id: AgencyId;
  name: Text;
  lead: boolean;
}
