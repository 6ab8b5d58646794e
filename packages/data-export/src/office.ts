import { provinceName, type Text, text } from "@rdc/core";

/**
 * The provincial cyberspace office (省级网信部门) an exporter files with: for
 * an assessment, the application goes through it to the CAC (Decree 11
 * Art. 4); a standard contract is filed with it. Null for a code that names
 * no province.
 */
export function provincialCyberspaceOffice(provinceCode: string): { code: string; name: Text } | null {
  const province = provinceName(provinceCode);
  if (!province) return null;
  return {
    code: provinceCode,
    name: text(`${province["zh-CN"]}互联网信息办公室`, `${province.en} Cyberspace Administration`),
  };
}
