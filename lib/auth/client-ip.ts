type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/**
 * Returns the address of the connecting client. `next start` appends the
 * socket's address to X-Forwarded-For, so the last entry is the one no
 * client can forge; earlier entries are whatever the client sent.
 */
export function clientIp(headers: HeaderBag): string {
  const forwarded = header(headers, "x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || header(headers, "x-real-ip") || "unknown";
}
