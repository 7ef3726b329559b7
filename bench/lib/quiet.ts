// Imported first by every benchmark: pino reads LOG_LEVEL when lib/logger
// loads, and one info line per ingested file would bury the tables.
process.env.LOG_LEVEL ??= "warn";

export {};
