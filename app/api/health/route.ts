import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { childLogger } from "@/lib/logger";

const log = childLogger("health");

export const dynamic = "force-dynamic";

/** Liveness and database status for monitoring; 503 when the database is down. */
export async function GET() {
  const started = Date.now();
  let database: { status: "ok" | "error"; latencyMs: number; error?: string };
  try {
    await getDb().execute(sql`select 1`);
    database = { status: "ok", latencyMs: Date.now() - started };
  } catch (error) {
    log.error({ err: error }, "health check: database unreachable");
    database = {
      status: "error",
      latencyMs: Date.now() - started,
      error: "database unreachable",
    };
  }
  const ok = database.status === "ok";
  return Response.json(
    {
      status: ok ? "ok" : "degraded",
      app: { status: "ok", uptimeSeconds: Math.round(process.uptime()) },
      database,
      time: new Date().toISOString(),
    },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
