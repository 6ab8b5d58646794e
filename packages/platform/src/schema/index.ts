export * from "./common";
export * from "./data-export-facts";
export * from "./localized";
export * from "./personal";
