import { chinaToday } from "@rdc/core";
import { extensionRequest } from "../packages/customs-extension/src/examples";

/** A valid, in-time customs extension request (the intake's example); `i` makes each one distinct. */
export function customsBody(i: number) {
  const body = extensionRequest(chinaToday());
  return {
    ...body,
    center: { ...body.center, name: `Bench R&D ${i}` },
    goods: body.goods.map((g) => ({ ...g, serialOrVin: `S${i}` })),
  };
}
