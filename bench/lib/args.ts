import { parseArgs } from "node:util";

/**
 * Reads `--name value` options that take positive integers. Any other
 * argument, or a value that is not one, ends the process with the usage.
 */
export function readIntegerOptions<K extends string>(
  usage: string,
  defaults: Record<K, number>,
): Record<K, number> {
  const names = Object.keys(defaults) as K[];
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      options: {
        help: { type: "boolean", short: "h" },
        ...Object.fromEntries(
          names.map((name) => [name, { type: "string" as const }]),
        ),
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const result = { ...defaults };
  for (const name of names) {
    const raw = values[name];
    if (typeof raw !== "string") continue;
    const value = Number(raw.replaceAll("_", ""));
    if (!Number.isSafeInteger(value) || value < 1) {
      console.error(`--${name} needs a positive integer.\n\n${usage}`);
      process.exit(2);
    }
    result[name] = value;
  }
  return result;
}
