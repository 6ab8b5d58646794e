export * from "./capability";
export * from "./payload";
export * from "./rules";
export * from "./schema";
export * from "./screening";
