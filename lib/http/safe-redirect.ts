const BASE = "http://backoffice.invalid";

/**
 * Returns `value` when it is a path on this site, else "/". Browsers read a
 * backslash as a slash and drop tabs and newlines, so "/\evil.example" and
 * "/\t/evil.example" lead to another host; such values are rejected.
 */
export function safeReturnPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/")) return "/";
  // Control characters (tab, newline, NUL...) and backslashes.
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return "/";
  let url: URL;
  try {
    url = new URL(path, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  // Dot segments collapse while parsing: "/.//evil.example" has the path
  // "//evil.example", which a browser reads as another host.
  if (url.pathname.startsWith("//")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
