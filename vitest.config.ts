import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Keeps the test output readable: several tests make code fail on purpose,
// and a failing assertion prints its own details.
process.env.LOG_LEVEL ??= "silent";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: ["e2e/**", "node_modules/**", ".next/**"],
    globalSetup: ["tests/global-setup.ts"],
    // Integration tests share one throwaway PostgreSQL; each file gets its
    // own database, so files may run in parallel.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
