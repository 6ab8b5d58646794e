export * from "./dates";
export * from "./holiday-rules";
export * from "./lunar";
export * from "./notices";
export * from "./rules-year";
export * from "./working-days";
