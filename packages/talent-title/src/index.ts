export * from "./capability";
export * from "./examples";
export * from "./functions";
export * from "./office";
export * from "./schema";
export * from "./screening";
export * from "./screening-schema";
