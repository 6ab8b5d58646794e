export * from "./order-233";
