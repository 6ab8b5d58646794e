export * from "./calendar";
export * from "./customs";
export * from "./data-export";
export * from "./i18n";
export * from "./identifiers";
export * from "./measures";
export * from "./rules";
export * from "./submissions";
