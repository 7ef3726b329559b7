import pino from "pino";

// One JSON line per event on stdout. LOG_LEVEL sets the threshold; tests and
// command-line tools lower it so the terminal stays readable.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "backoffice" },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "token",
      "*.token",
      "secret",
      "*.secret",
      "databaseUrl",
    ],
    censor: "[redacted]",
  },
});

export function childLogger(module: string) {
  return logger.child({ module });
}
