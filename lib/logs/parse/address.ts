import { isIP } from "node:net";

import { group } from "./match";

/** Reads "/1.2.3.4:5", "/[2001:db8::1]:5" or a mask such as "/***". */
export function parseAddress(text: string): {
  ip: string | null;
  port: number | null;
} {
  const address = text.trim().replace(/^\//, "");
  let host = address;
  let portText = "";
  if (address.startsWith("[")) {
    const close = address.indexOf("]");
    host = address.slice(1, close < 0 ? undefined : close);
    if (close >= 0 && address[close + 1] === ":") {
      portText = address.slice(close + 2);
    }
  } else if (address.indexOf(":") === address.lastIndexOf(":")) {
    const colon = address.indexOf(":");
    if (colon >= 0) {
      host = address.slice(0, colon);
      portText = address.slice(colon + 1);
    }
  }
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : null;
  return {
    ip: isIP(host) ? host : null,
    port: port !== null && port <= 65535 ? port : null,
  };
}

export function parseEntityId(text: string): number | null {
  const id = text.trim();
  // Some hybrids format the id with the locale's grouping: "1.174".
  const digits = /^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/.test(id)
    ? id.replace(/\D/g, "")
    : id;
  if (!/^\d+$/.test(digits)) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

const COORDINATE = /^[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?$/;

/**
 * Reads "(x, y, z)" or "([world]x, y, z)". Locales with a decimal comma give
 * "(-55,5, 76, -182,5)", so ", " separates values when it yields three;
 * anything else ambiguous gives null coordinates.
 */
export function parsePosition(text: string): {
  world: string | null;
  x: number | null;
  y: number | null;
  z: number | null;
} {
  const none = { world: null, x: null, y: null, z: null };
  const match = /^\((?:\[([^\]]*)\] ?)?(.*)\)$/.exec(text.trim());
  if (!match) return none;
  const world = match[1] || null;
  const values = group(match, 2);
  let parts = values.split(", ");
  if (parts.length !== 3) parts = values.split(",");
  if (parts.length !== 3) return { ...none, world };
  const [x, y, z] = parts.map(parseCoordinate);
  return { world, x: x ?? null, y: y ?? null, z: z ?? null };
}

function parseCoordinate(text: string): number | null {
  const value = text.trim();
  if (!COORDINATE.test(value)) return null;
  const number = Number(value.replace(",", "."));
  return Number.isFinite(number) ? number : null;
}
