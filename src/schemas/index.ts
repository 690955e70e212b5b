export * from "./common";
export * from "./place";
export * from "./source";
export * from "./event";
export * from "./quote";
export * from "./story";
export * from "./chapter";
