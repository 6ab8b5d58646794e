/**
 * Degree certification: each degree must be certified (CSCSE 教育部留学服务中心
 * certification, consular legalisation, or an apostille that the Convention
 * makes valid in China on its date) or covered by the applicant's written
 * pledge (告知承诺, Order 40 第十五条).
 */
import { text } from "../i18n";
import { cite, explained, type Fix, type RuleContext, type RuleResult } from "../rules";
import { apostilleRelationWithChina } from "./apostille-states";
import type { EducationFacts, TitleApplicationFacts } from "./application";
import { APOSTILLE_ARTICLE_3, APOSTILLE_ARTICLE_12, ORDER_40_PLEDGE } from "./instrument";

/** That a foreign degree is certified before title evaluation: no national article found. */
export const DEGREE_CERTIFICATION = cite(
  text(
    "国（境）外学历学位认证（教育部留学服务中心认证或领事认证）",
    "Certification of foreign degrees (CSCSE certification or consular legalisation)",
  ),
  undefined,
  "2019-09-01",
  "the requirement is the provinces' practice for title applications; no national article requiring it was found",
);

export interface DegreeCheck {
  result: RuleResult;
  /** What would cure it when it is not met. */
  fixes: Fix[];
}

function label(e: EducationFacts): string {
  return `${e.institution} (${e.year})`;
}

/*
 * 《取消外国公文书认证要求的公约》第三条：the only formality is the apostille of the State from which the
 * document emanates; 第十二条：an accession has effect only in relation with states that raised no objection,
 * for China from 2023-11-07. An apostille counts only if, on its date, the Convention applied between its
 * state and China; otherwise CSCSE certification or consular legalisation is needed.
 */
function apostille(context: RuleContext<TitleApplicationFacts>, e: EducationFacts, i: number): DegreeCheck {
  const field = `education.${i}.apostilleIssuedOn`;
  const issuedOn = e.apostilleIssuedOn;
  if (issuedOn === undefined)
    return {
      result: explained(
        context,
        "undetermined",
        {
          code: "talent.degree.apostille",
          citation: APOSTILLE_ARTICLE_12,
          message: text(
            `学位${label(e)}：请提供附加证明书的签发日期`,
            `Degree ${label(e)}: give the apostille's issue date`,
          ),
          inputs: { [`education.${i}.country`]: e.country },
        },
        [field],
      ),
      fixes: [],
    };
  const { since, table } = apostilleRelationWithChina(e.country, issuedOn);
  const inputs = { [`education.${i}.country`]: e.country, [field]: issuedOn, inRelationWithChinaSince: since };
  const parameters = table ? [table] : [];
  if (since !== null && issuedOn >= since)
    return {
      result: explained(context, "eligible", {
        code: "talent.degree.apostille",
        citation: APOSTILLE_ARTICLE_3,
        message: text(
          `学位${label(e)}：附加证明书${issuedOn}签发，《取消外国公文书认证要求的公约》自${since}起在${e.country}与中国之间适用`,
          `Degree ${label(e)}: apostille of ${issuedOn}; the Apostille Convention applies between ${e.country} and China from ${since}`,
        ),
        inputs,
        parameters,
      }),
      fixes: [],
    };
  const why =
    since === null
      ? text(
          `${e.country}在${issuedOn}与中国之间不适用该公约（非缔约国、对中国加入提出异议，或公约尚未对中国生效）`,
          `the Convention did not apply between ${e.country} and China on ${issuedOn} (no party, an objection to China's accession, or not yet in force for China)`,
        )
      : text(
          `该公约自${since}起方在${e.country}与中国之间适用，附加证明书签发于${issuedOn}`,
          `the Convention applies between ${e.country} and China only from ${since}; the apostille is of ${issuedOn}`,
        );
  const message = text(
    `学位${label(e)}：附加证明书不能证明该学位，${why["zh-CN"]}：请提供教育部留学服务中心认证或领事认证`,
    `Degree ${label(e)}: the apostille does not certify it, as ${why.en}: supply CSCSE certification or consular legalisation`,
  );
  return {
    result: explained(context, "ineligible", {
      code: "talent.degree.apostille",
      citation: APOSTILLE_ARTICLE_12,
      message,
      inputs,
      parameters,
    }),
    fixes: [{ field: `education.${i}.verification`, message, citation: APOSTILLE_ARTICLE_12 }],
  };
}

/** One check per degree, in the order given. */
export function degreeChecks(context: RuleContext<TitleApplicationFacts>): DegreeCheck[] {
  const { education, pledge } = context.subject;
  return education.map((e, i): DegreeCheck => {
    const inputs = { [`education.${i}.verification`]: e.verification, pledge };
    if (e.verification === "cscse" || e.verification === "consular")
      return {
        result: explained(context, "eligible", {
          code: "talent.degree.certified",
          citation: DEGREE_CERTIFICATION,
          message: text(
            `学位${label(e)}已经${e.verification === "cscse" ? "教育部留学服务中心认证" : "领事认证"}`,
            `Degree ${label(e)} is certified (${e.verification === "cscse" ? "CSCSE" : "consular legalisation"})`,
          ),
          inputs,
        }),
        fixes: [],
      };
    if (e.verification === "apostille") return apostille(context, e, i);
    // 第十五条：凡是通过……书面告知承诺……能够办理的，不得要求申报人额外提供证明材料。
    if (pledge)
      return {
        result: explained(context, "eligible", {
          code: "talent.degree.pledge",
          citation: ORDER_40_PLEDGE,
          message: text(
            `学位${label(e)}未经认证，由申报人的书面告知承诺代替`,
            `Degree ${label(e)} is not certified; the applicant's written pledge stands in for the proof`,
          ),
          inputs,
        }),
        fixes: [],
      };
    const message = text(
      `学位${label(e)}未经认证且申请未作出告知承诺：请提供教育部留学服务中心认证、领事认证或附加证明书，或作出告知承诺`,
      `Degree ${label(e)} is not certified and the application makes no pledge: supply CSCSE certification, consular legalisation or an apostille, or make the pledge`,
    );
    return {
      result: explained(context, "ineligible", {
        code: "talent.degree.pledge",
        citation: ORDER_40_PLEDGE,
        message,
        inputs,
      }),
      fixes: [{ field: `education.${i}.verification`, message, citation: ORDER_40_PLEDGE }],
    };
  });
}
