export * from "./citation";
export * from "./outcome";
export * from "./parameter";
