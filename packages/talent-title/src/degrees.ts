import { text } from "@rdc/core";
import { APOSTILLE_CONVENTION, ORDER_40_MATERIALS } from "./citations";
import type { MissingItem } from "./findings";
import type { Education } from "./payload";

/**
 * Whether an apostille can certify a degree: China accepts apostilles from its
 * accession to the Apostille Convention (in force for China 2023-11-07), so
 * what counts is the apostille's own issue date, not the degree's year; an
 * older degree with a new apostille is fine.
 */
export function apostilleAccepted(issuedOn: string): boolean {
  return issuedOn >= APOSTILLE_CONVENTION.inForceFrom;
}

/*
 * Each degree must be certified (CSCSE 教育部留学服务中心, consular legalisation,
 * or an apostille issued from 2023-11-07) or covered by the applicant's pledge
 * (告知承诺): "degrees need a verification (or a pledge)". A degree marked
 * `pledge` or `none` is covered only when the application makes the pledge.
 */
export function degreeVerificationMissing(education: readonly Education[], pledge: boolean): MissingItem[] {
  return education.flatMap((e, i): MissingItem[] => {
    const field = `education.${i}.verification`;
    const degree = `${e.institution} (${e.year})`;
    if ((e.verification === "none" || e.verification === "pledge") && !pledge)
      return [
        {
          field,
          message: text(
            `学位${degree}未经认证且申请未作出告知承诺：请提供教育部留学服务中心认证、领事认证或附加证明书，或作出告知承诺`,
            `Degree ${degree} is not verified and the application makes no pledge: supply CSCSE certification, consular legalisation or an apostille, or make the pledge`,
          ),
          citation: ORDER_40_MATERIALS,
        },
      ];
    if (e.verification === "apostille" && (!e.apostilleIssuedOn || !apostilleAccepted(e.apostilleIssuedOn)))
      return [
        {
          field: `education.${i}.apostilleIssuedOn`,
          message: text(
            `学位${degree}：请提供附加证明书的签发日期；中国自2023年11月7日起接受《取消外国公文书认证要求的公约》附加证明书，此前签发的不予接受`,
            `Degree ${degree}: give the apostille's issue date; China accepts apostilles issued from 2023-11-07 (Apostille Convention in force for China), not earlier ones`,
          ),
          citation: APOSTILLE_CONVENTION,
        },
      ];
    return [];
  });
}
