import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// connection URL"),
  // Required by the web app only, where next-auth refuses to start without
  // it; command-line tools that only use the database run without it.
  NEXTAUTH_SECRET: z
    .string()
    .min(
      32,
      "must be at least 32 characters; generate one with `openssl rand -base64 32`",
    )
    .optional(),
  NEXTAUTH_URL: z.url().optional(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info"),
  NODE_ENV: z
    .enum(["development", "production", "test"])
    .default("development"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/**
 * Returns the validated environment. Parsing is deferred to the first call
 * so that `next build` can run without a database.
 */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join(".")}: ${issue.message}`)
      .join("\n");
    throw new Error(
      `Invalid environment:\n${problems}\n` +
        "Start the app with `npm run demo` or `npm run start`, which set " +
        "these for the embedded database, or export them yourself.",
    );
  }
  cached = parsed.data;
  return cached;
}
