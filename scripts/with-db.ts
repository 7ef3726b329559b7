// Usage: tsx scripts/with-db.ts <command> [args...] | --migrate-only
// Prepares the database (embedded unless DATABASE_URL is set) and the auth
// environment, then runs the command with DATABASE_URL set.
import {
  prepareAuthEnvironment,
  prepareDatabase,
  supervise,
} from "./lib/runtime";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error(
    "Usage: tsx scripts/with-db.ts <command> [args...] | --migrate-only",
  );
  process.exit(2);
}

const runtime = await prepareDatabase();
if (command === "--migrate-only") {
  await runtime.stop();
} else {
  prepareAuthEnvironment();
  supervise(command, args, runtime.stop);
}
