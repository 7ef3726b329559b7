export * from "./audit";
export * from "./customers";
export * from "./logs";
export * from "./payments";
export * from "./points";
export * from "./staff";
