export * from "./payload";
export * from "./rules";
export * from "./screening";
export * from "./capability";
export * from "./schema";
