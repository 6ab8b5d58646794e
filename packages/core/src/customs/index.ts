export * from "./extension";
export * from "./goods";
export * from "./instrument";
export * from "./parameters";
export * from "./period";
export * from "./request";
