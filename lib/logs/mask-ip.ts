import { isIPv6 } from "node:net";

/** Stands for a whole IP field that the viewer may not see. */
export const IP_PLACEHOLDER = "•••";
const HIDDEN = "•";

// A dotted quad that is not part of a longer dotted run: "1.20.4.1.2" is a
// version, "v1.2.3.4" a tag, "203.0.113.5:25565" an address with its port.
const IPV4 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\w|\.\d)/g;

// Anything shaped like IPv6 (two colons or more, optional IPv4 tail and zone);
// node:net decides, so clock times such as 00:04:51 stay.
const IPV6_CANDIDATE =
  /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.\d{1,3}){0,3}(?:%[\w.-]+)?(?!\w)/g;

function maskV4(a: string, b: string): string {
  return `${Number(a)}.${Number(b)}.${HIDDEN}.${HIDDEN}`;
}

function maskV6(address: string): string {
  const kept: string[] = [];
  for (const group of address.split(/[:%]/)) {
    if (!group || group.includes(".") || kept.length === 2) break;
    kept.push(group);
  }
  return [...kept, HIDDEN, HIDDEN].join(":");
}

/**
 * Hides the host part of every IPv4 and IPv6 address in `text`, keeping the
 * network prefix (203.0.•.•, 2001:db8:•:•) so staff can still tell a
 * provider apart, and leaving ports and the surrounding text as they are.
 */
export function maskIps(text: string): string {
  const v6 = text.replace(IPV6_CANDIDATE, (candidate) => {
    const address = candidate.split("%")[0] ?? "";
    return isIPv6(address) ? maskV6(candidate) : candidate;
  });
  return v6.replace(
    IPV4,
    (whole, a: string, b: string, c: string, d: string) =>
      [a, b, c, d].every((part) => Number(part) <= 255) ? maskV4(a, b) : whole,
  );
}

/**
 * Characters to read past a preview's limit: more than any written IP
 * address with its port, so an address at the cut is whole when masked.
 */
export const MASK_MARGIN = 64;

/**
 * Returns the first `limit` characters of `text`, with addresses masked
 * unless `reveal`. Masking comes before the cut, so read `text` with
 * MASK_MARGIN characters past the limit.
 */
export function maskedPreview(
  text: string,
  limit: number,
  reveal: boolean,
): string {
  return (reveal ? text : maskIps(text)).slice(0, limit);
}
