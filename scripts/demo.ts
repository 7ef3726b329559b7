// npm run demo sets up the whole product on a fresh machine. It prepares the
// database (embedded unless DATABASE_URL is set), seeds the demo data, and
// generates and ingests demo server logs. Then it builds the app when needed,
// serves it on PORT (default 3000) and prints one sign-in per staff role.
// A second run keeps the data.

// The launcher's JSON logs would bury the step lines; the app gets the
// caller's LOG_LEVEL back when it starts. Modules that create the logger are
// imported below, after this line.
const appLogLevel = process.env.LOG_LEVEL;
process.env.LOG_LEVEL ??= "error";

const { runDemo } = await import("./lib/demo-run");
try {
  process.exitCode = await runDemo(appLogLevel);
} catch (error) {
  console.error(
    error instanceof Error ? (error.stack ?? error.message) : error,
  );
  process.exitCode = 1;
}
export {};
