export * from "./common";
export * from "./data-export-facts";
export * from "./personal";
