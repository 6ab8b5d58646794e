export * from "./countries";
export * from "./customs";
export * from "./mask";
export * from "./provinces";
export * from "./uscc";
