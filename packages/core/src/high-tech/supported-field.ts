/**
 * 第十一条 （三）对企业主要产品（服务）发挥核心支持作用的技术属于《国家重点
 * 支持的高新技术领域》规定的范围；
 */
import { text } from "../i18n";
import { defineCondition, isTrue } from "../rules";
import type { BoundRule, HighTechFactReaders } from "./facts";
import { MEASURES_2016, SECONDARY_COPIES } from "./instrument";

const CITATION = MEASURES_2016.article(
  "第十一条第（三）项",
  "对企业主要产品（服务）发挥核心支持作用的技术属于《国家重点支持的高新技术领域》规定的范围",
  { unconfirmed: SECONDARY_COPIES },
);

export function supportedField<S>(facts: HighTechFactReaders<S>): BoundRule<S> {
  const condition = defineCondition(
    "high-tech-enterprise.supported-field",
    text(
      "对其主要产品（服务）发挥核心支持作用的技术属于《国家重点支持的高新技术领域》规定的范围",
      "the technology supporting its main products (services) is in a field of the Key High-Tech Fields Supported by the State",
    ),
    CITATION,
    [facts.inSupportedField],
  );
  return (context) => isTrue(context, condition);
}
