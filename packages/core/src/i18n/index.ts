export * from "./money";
export * from "./text";
