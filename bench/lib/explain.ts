import type pg from "pg";
import type { CapturedQuery } from "./database";

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Scan Direction"?: string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
}

export interface PlanSummary {
  executionMs: number;
  sharedHit: number;
  sharedRead: number;
  /** Plan nodes in pre-order, scans with their index or table. */
  nodes: string[];
}

function describe(node: PlanNode): string {
  const type =
    node["Scan Direction"] === "Backward"
      ? `${node["Node Type"]} Backward`
      : node["Node Type"];
  const target = node["Index Name"] ?? node["Relation Name"];
  return target ? `${type} (${target})` : type;
}

function walk(node: PlanNode, into: string[]): string[] {
  into.push(describe(node));
  for (const child of node.Plans ?? []) walk(child, into);
  return into;
}

/** Runs EXPLAIN (ANALYZE, BUFFERS) on a statement that drizzle sent. */
export async function explain(
  pool: pg.Pool,
  query: CapturedQuery,
): Promise<PlanSummary> {
  const result = await pool.query<{ "QUERY PLAN": unknown }>(
    `explain (analyze, buffers, format json) ${query.text}`,
    query.params,
  );
  const [output] = result.rows[0]?.["QUERY PLAN"] as [
    { Plan: PlanNode; "Execution Time": number },
  ];
  return {
    executionMs: output["Execution Time"],
    sharedHit: output.Plan["Shared Hit Blocks"] ?? 0,
    sharedRead: output.Plan["Shared Read Blocks"] ?? 0,
    nodes: walk(output.Plan, []),
  };
}

export function formatPlan(summary: PlanSummary): string {
  return (
    `${summary.executionMs.toFixed(2)} ms, buffers hit ${summary.sharedHit}` +
    ` read ${summary.sharedRead}: ${summary.nodes.join(" > ")}`
  );
}
