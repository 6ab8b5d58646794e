import { provinceName, type Text, text } from "@rdc/core";

/** Province-level divisions whose HR authority is a bureau (局): the four municipalities. */
const MUNICIPALITIES = ["110000", "120000", "310000", "500000"];
/** Taiwan, Hong Kong, Macao: division codes with no MOHRSS authority. */
const OUTSIDE_MAINLAND = ["710000", "810000", "820000"];

/**
 * The provincial human resources and social security authority for a
 * division code: 人力资源和社会保障局 in the four municipalities, 人力资源和社会保障厅
 * in provinces and autonomous regions. A county or city code is taken to its
 * province (first two digits). Undefined for a code that names no mainland province.
 */
export function provincialHrAuthority(divisionCode: string): { code: string; name: Text } | undefined {
  const code = `${divisionCode.slice(0, 2)}0000`;
  const valid = /^\d{6}$/.test(divisionCode) && !OUTSIDE_MAINLAND.includes(code);
  const province = valid ? provinceName(code) : undefined;
  if (!province) return undefined;
  const name = MUNICIPALITIES.includes(code)
    ? text(`${province["zh-CN"]}人力资源和社会保障局`, `${province.en} Human Resources and Social Security Bureau`)
    : text(
        `${province["zh-CN"]}人力资源和社会保障厅`,
        `Human Resources and Social Security Department of ${province.en}`,
      );
  return { code, name };
}
