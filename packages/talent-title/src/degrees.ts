import { text } from "@rdc/core";
import { APOSTILLE_CONVENTION, ORDER_40_MATERIALS } from "./citations";
import type { MissingItem } from "./findings";
import type { Education } from "./payload";

/**
 * Whether an apostille can certify a degree awarded in `year`. China accepts
 * apostilles from its accession to the Convention (in force 2023-11-07) for
 * documents issued on or after that day. The payload gives only the year, so
 * the whole year must lie on or after the day: 2024 and later qualify; 2023
 * does not, since a degree of January–October 2023 predates accession and the
 * year cannot tell them apart. Such degrees are certified by CSCSE or consular
 * legalisation instead.
 */
export function apostilleAccepted(year: number): boolean {
  return `${year}-01-01` >= APOSTILLE_CONVENTION.inForceFrom;
}

/*
 * Each degree must be certified: CSCSE (教育部留学服务中心), consular
 * legalisation, an apostille (see above), or — where the applicant has made
 * the pledge (告知承诺) — the pledge in place of proof.
 */
export function degreeVerificationMissing(education: readonly Education[], pledge: boolean): MissingItem[] {
  return education.flatMap((e, i): MissingItem[] => {
    const field = `education.${i}.verification`;
    const degree = `${e.institution} (${e.year})`;
    if (e.verification === "none")
      return [
        {
          field,
          message: text(
            `学位${degree}未经认证：请提供教育部留学服务中心认证、领事认证或附加证明书，或作出告知承诺`,
            `Degree ${degree} is not verified: supply CSCSE certification, consular legalisation or an apostille, or make the pledge`,
          ),
          citation: ORDER_40_MATERIALS,
        },
      ];
    if (e.verification === "pledge" && !pledge)
      return [
        {
          field,
          message: text(
            `学位${degree}以告知承诺代替认证，但申请未作出承诺（pledge为false）：请作出承诺或提供认证`,
            `Degree ${degree} relies on the pledge, but the application makes no pledge (pledge is false): make the pledge or supply a certification`,
          ),
          citation: ORDER_40_MATERIALS,
        },
      ];
    if (e.verification === "apostille" && !apostilleAccepted(e.year))
      return [
        {
          field,
          message: text(
            `学位${degree}：附加证明书仅适用于2023年11月7日中国加入《取消外国公文书认证要求的公约》后出具的文书，按学位年份无法认定；请改用教育部留学服务中心认证或领事认证`,
            `Degree ${degree}: an apostille covers only documents issued from China's accession to the Apostille Convention on 2023-11-07, which the degree's year cannot show; supply CSCSE certification or consular legalisation`,
          ),
          citation: APOSTILLE_CONVENTION,
        },
      ];
    return [];
  });
}
