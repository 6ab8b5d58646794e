export * from "./capability";
export * from "./clocks";
export * from "./materials";
export * from "./office";
export * from "./payload";
export * from "./schema";
export * from "./screening";
export * from "./sources";
