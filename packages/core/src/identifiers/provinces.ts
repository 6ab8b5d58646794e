/**
 * The 34 province-level divisions with their GB/T 2260 codes, Chinese and
 * English names, and the other names partners commonly send.
 */
import { type Text, text } from "../i18n";

export interface Province {
  /** GB/T 2260 six-digit code, e.g. `310000`. */
  code: string;
  name: Text;
  /** Other names accepted on input: short Chinese names and English variants. */
  aliases: readonly string[];
}

function province(code: string, zh: string, en: string, ...aliases: string[]): Province {
  return { code, name: text(zh, en), aliases };
}

export const PROVINCES: readonly Province[] = [
  province("110000", "北京市", "Beijing", "北京"),
  province("120000", "天津市", "Tianjin", "天津"),
  province("130000", "河北省", "Hebei", "河北"),
  province("140000", "山西省", "Shanxi", "山西"),
  province(
    "150000",
    "内蒙古自治区",
    "Inner Mongolia",
    "内蒙古",
    "Inner Mongolia Autonomous Region",
    "Nei Mongol",
    "Nei Menggu",
  ),
  province("210000", "辽宁省", "Liaoning", "辽宁"),
  province("220000", "吉林省", "Jilin", "吉林"),
  province("230000", "黑龙江省", "Heilongjiang", "黑龙江"),
  province("310000", "上海市", "Shanghai", "上海"),
  province("320000", "江苏省", "Jiangsu", "江苏"),
  province("330000", "浙江省", "Zhejiang", "浙江"),
  province("340000", "安徽省", "Anhui", "安徽"),
  province("350000", "福建省", "Fujian", "福建"),
  province("360000", "江西省", "Jiangxi", "江西"),
  province("370000", "山东省", "Shandong", "山东"),
  province("410000", "河南省", "Henan", "河南"),
  province("420000", "湖北省", "Hubei", "湖北"),
  province("430000", "湖南省", "Hunan", "湖南"),
  province("440000", "广东省", "Guangdong", "广东"),
  province("450000", "广西壮族自治区", "Guangxi", "广西", "Guangxi Zhuang Autonomous Region"),
  province("460000", "海南省", "Hainan", "海南"),
  province("500000", "重庆市", "Chongqing", "重庆"),
  province("510000", "四川省", "Sichuan", "四川"),
  province("520000", "贵州省", "Guizhou", "贵州"),
  province("530000", "云南省", "Yunnan", "云南"),
  province("540000", "西藏自治区", "Xizang", "西藏", "Tibet", "Xizang Autonomous Region", "Tibet Autonomous Region"),
  province("610000", "陕西省", "Shaanxi", "陕西"),
  province("620000", "甘肃省", "Gansu", "甘肃"),
  province("630000", "青海省", "Qinghai", "青海"),
  province("640000", "宁夏回族自治区", "Ningxia", "宁夏", "Ningxia Hui Autonomous Region"),
  province(
    "650000",
    "新疆维吾尔自治区",
    "Xinjiang",
    "新疆",
    "Xinjiang Uygur Autonomous Region",
    "Xinjiang Uyghur Autonomous Region",
  ),
  province("710000", "台湾省", "Taiwan", "台湾"),
  province("810000", "香港特别行政区", "Hong Kong", "香港", "Hong Kong SAR", "Hong Kong Special Administrative Region"),
  province(
    "820000",
    "澳门特别行政区",
    "Macao",
    "澳门",
    "Macau",
    "Macao SAR",
    "Macau SAR",
    "Macao Special Administrative Region",
  ),
];

/** Lower case, no spaces: `Hong Kong`, ` hongkong ` and `HONG KONG` are one key. */
function key(name: string): string {
  return name.replace(/\s+/g, "").toLowerCase();
}

const BY_KEY: ReadonlyMap<string, string> = new Map(
  PROVINCES.flatMap((p) => [p.code, p.name["zh-CN"], p.name.en, ...p.aliases].map((n) => [key(n), p.code] as const)),
);

/** The six-digit code of a province given as a code, a Chinese name or an English name or alias. */
export function normalizeProvince(input: string): string | undefined {
  return BY_KEY.get(key(input));
}

export function provinceName(code: string): Text | undefined {
  return PROVINCES.find((p) => p.code === code)?.name;
}
