/** Formats "2024-06-16T10:07:00.123456Z" as "2024-06-16 10:07:00". */
export function shortUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** Formats with the fraction, less trailing zeros: "2024-06-16 10:07:00.12 UTC". */
export function fullUtc(iso: string): string {
  const fraction = iso.slice(20, -1).replace(/0+$/, "");
  return `${shortUtc(iso)}${fraction ? `.${fraction}` : ""} UTC`;
}

export function formatPosition(
  world: string | null,
  x: number | null,
  y: number | null,
  z: number | null,
): string | null {
  const coordinates = [x, y, z].every((value) => value !== null)
    ? [x, y, z].join(", ")
    : null;
  if (!world && !coordinates) return null;
  return [world && `[${world}]`, coordinates].filter(Boolean).join(" ");
}
