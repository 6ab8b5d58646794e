export * from "./common";
export * from "./personal";
