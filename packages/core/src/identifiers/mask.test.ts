import { describe, expect, it } from "vitest";
import { listValue, maskDocumentNumber, maskedForList, maskName, type PersonalField, withoutPersonal } from "./mask";

describe("maskName: initials, a Chinese name as its surname character and *", () => {
  it.each([
    ["Anna Schmidt", "A. S."],
    ["  jean-luc   picard ", "J. L. P."],
    ["Li Hua", "L. H."],
    ["Ødegaard", "Ø."],
    ["张三丰", "张*"],
    ["欧阳娜娜", "欧*"],
    ["买买提·艾力", "买*"],
    ["", "*"],
  ])("%j → %j", (input, masked) => expect(maskName(input)).toBe(masked));
});

describe("maskDocumentNumber: * and the last 3 characters", () => {
  it.each([
    ["C01X00T47", "*T47"],
    ["1100002025000123", "*123"],
    ["E1234", "*234"],
    ["ABC", "*"],
    ["", "*"],
  ])("%j → %j", (input, masked) => expect(maskDocumentNumber(input)).toBe(masked));
});

describe("listValue by kind", () => {
  it("shows birth dates, contact data and other personal data not at all", () => {
    expect(listValue("birth_date", "1985-04-12")).toBeUndefined();
    expect(listValue("contact", "+86 21 5555 0101")).toBeUndefined();
    expect(listValue("other", "anything")).toBeUndefined();
    expect(listValue("name", "Anna Schmidt")).toBe("A. S.");
    expect(listValue("document_number", "C01X00T47")).toBe("*T47");
    expect(listValue("name", { first: "Anna" })).toBeUndefined();
  });
});

const FIELDS: PersonalField[] = [
  { path: ["applicant", "fullName"], kind: "name" },
  { path: ["applicant", "birthDate"], kind: "birth_date" },
  { path: ["applicant", "permits", "[]", "number"], kind: "document_number" },
  { path: ["contact", "name"], kind: "contact" },
  { path: ["contact", "phone"], kind: "contact" },
  { path: ["byRole", "*", "name"], kind: "name" },
];

const payload = () => ({
  applicant: {
    fullName: "Anna Schmidt",
    birthDate: "1985-04-12",
    nationality: "DE",
    permits: [{ number: "1100002025000123", category: "A" }, { category: "B" }],
  },
  contact: { name: "Li Hua", phone: "+86 21 5555 0101" },
  byRole: { lead: { name: "王小明", since: 2020 } },
  employer: { name: "Example R&D (Shanghai) Co., Ltd.", uscc: "91350100M000100Y43" },
});

describe("maskedForList", () => {
  it("masks by path, drops what lists never show (and a contact left empty), keeps the rest and the input", () => {
    const input = payload();
    expect(maskedForList(input, FIELDS)).toEqual({
      applicant: {
        fullName: "A. S.",
        nationality: "DE",
        permits: [{ number: "*123", category: "A" }, { category: "B" }],
      },
      byRole: { lead: { name: "王*", since: 2020 } },
      employer: { name: "Example R&D (Shanghai) Co., Ltd.", uscc: "91350100M000100Y43" },
    });
    expect(input).toEqual(payload());
  });

  it("leaves a payload without the fields as it is", () => {
    expect(maskedForList({ scenario: "review" }, FIELDS)).toEqual({ scenario: "review" });
    expect(maskedForList(null, FIELDS)).toBeNull();
  });
});

describe("withoutPersonal", () => {
  it("removes every personal field and says which paths held a value", () => {
    const { payload: erased, erased: paths, removed } = withoutPersonal(payload(), FIELDS);
    expect(erased).toEqual({
      applicant: { nationality: "DE", permits: [{ category: "A" }, { category: "B" }] },
      byRole: { lead: { since: 2020 } },
      employer: { name: "Example R&D (Shanghai) Co., Ltd.", uscc: "91350100M000100Y43" },
    });
    expect(paths).toEqual([
      "applicant.fullName",
      "applicant.birthDate",
      "applicant.permits.0.number",
      "contact.name",
      "contact.phone",
      "byRole.lead.name",
    ]);
    expect(removed).toEqual([
      ["applicant", "fullName"],
      ["applicant", "birthDate"],
      ["applicant", "permits", 0, "number"],
      ["contact"],
      ["byRole", "lead", "name"],
    ]);
  });

  it("erases nothing twice", () => {
    const once = withoutPersonal(payload(), FIELDS).payload;
    expect(withoutPersonal(once, FIELDS)).toEqual({ payload: once, erased: [], removed: [] });
  });
});
