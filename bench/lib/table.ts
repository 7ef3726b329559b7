type Cell = string | number;

function show(cell: Cell): string {
  if (typeof cell === "string") return cell;
  if (!Number.isFinite(cell)) return "-";
  if (Number.isInteger(cell) || cell >= 1000) {
    return Math.round(cell).toLocaleString("en-US");
  }
  return cell < 10 ? cell.toFixed(2) : cell.toFixed(1);
}

/**
 * Prints a Markdown table, numbers right-aligned, so that a run's output
 * can be pasted into bench/README.md as it is.
 */
export function printTable(headers: string[], rows: Cell[][]): void {
  const text = rows.map((row) => row.map(show));
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...text.map((row) => row[column]?.length ?? 0)),
  );
  const numeric = headers.map((_, column) =>
    rows.every((row) => typeof row[column] === "number"),
  );
  const line = (cells: string[]) =>
    `| ${cells
      .map((cell, column) =>
        numeric[column]
          ? cell.padStart(widths[column] ?? 0)
          : cell.padEnd(widths[column] ?? 0),
      )
      .join(" | ")} |`;
  console.log(line(headers));
  console.log(
    `|${widths
      .map((width, column) =>
        numeric[column] ? `${"-".repeat(width + 1)}:` : "-".repeat(width + 2),
      )
      .join("|")}|`,
  );
  for (const row of text) console.log(line(row));
}
