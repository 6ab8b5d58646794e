export * from "./lifecycle";
export * from "./retention";
export * from "./screening";
export * from "./service-target";
