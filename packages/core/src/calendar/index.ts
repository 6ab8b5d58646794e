export * from "./dates";
export * from "./notices";
export * from "./statutory-holidays";
export * from "./working-days";
