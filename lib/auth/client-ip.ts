type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/**
 * Returns the client address used to rate-limit sign-ins per IP. `next
 * start` sets X-Forwarded-For to the socket's address only when the request
 * has none, and a reverse proxy appends the address it saw, so the last
 * entry is the nearest hop.
 *
 * NOTE: without a reverse proxy that overwrites or appends the header, a
 * client can send its own X-Forwarded-For and choose the address the per-IP
 * limit counts. The per-account limit does not depend on it.
 */
export function clientIp(headers: HeaderBag): string {
  const forwarded = header(headers, "x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || header(headers, "x-real-ip") || "unknown";
}
