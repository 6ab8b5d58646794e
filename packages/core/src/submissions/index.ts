export * from "./lifecycle";
export * from "./screening";
export * from "./service-target";
