export * from "./lifecycle";
export * from "./screening";
