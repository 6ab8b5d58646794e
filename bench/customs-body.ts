import { addDays, addMonths, chinaToday } from "@rdc/core";

/** A valid, in-time customs extension request; `i` makes each one distinct. */
export function customsBody(i: number) {
  const currentDeadline = addDays(chinaToday(), 20);
  return {
    center: { name: `Bench R&D ${i}`, uscc: "91350100M000100Y43", province: "310000" },
    customsOffice: { code: "2201", name: "上海海关" },
    declarationNumber: "220120241000123456",
    entryDate: addMonths(currentDeadline, -6),
    currentDeadline,
    extensionsGranted: 0,
    requestedDeadline: addMonths(currentDeadline, 3),
    reason: "bench",
    goods: [
      {
        description: "rig",
        hsCode: "9031809090",
        category: "research_equipment",
        quantity: 1,
        valueCny: 1,
        serialOrVin: `S${i}`,
      },
    ],
    project: { level: "none" },
    guarantee: { type: "deposit", amountCny: 1 },
  };
}
