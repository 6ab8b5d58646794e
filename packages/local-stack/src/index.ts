export * from "./dead-letters";
export * from "./dev-issuer";
export * from "./dynamodb-local";
export * from "./process";
export * from "./stack";
