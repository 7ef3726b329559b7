// The store's own currency. Totals in other currencies are shown beside it.
export const MAIN_CURRENCY = "EUR";

/**
 * Formats integer minor units (cents) as a currency amount. The amount is
 * turned into an exact decimal string, which Intl formats without ever
 * holding it as a float. The number of decimals comes from CLDR, which
 * matches ISO 4217 for the currencies a store takes.
 */
export function formatMinorUnits(
  amountMinor: number,
  currency: string,
  locale: string,
): string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, { style: "currency", currency });
  } catch {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 });
    return `${format.format(minorToDecimal(amountMinor, 2))} ${currency}`;
  }
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorToDecimal(amountMinor, digits));
}

/** 12345 with 2 digits -> "123.45"; -5 -> "-0.05". */
export function minorToDecimal(
  amountMinor: number,
  digits: number,
): `${number}` {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`Not an integer amount: ${amountMinor}`);
  }
  const sign = amountMinor < 0 ? "-" : "";
  const text = Math.abs(amountMinor)
    .toString()
    .padStart(digits + 1, "0");
  if (digits === 0) return `${sign}${text}` as `${number}`;
  const whole = text.slice(0, -digits);
  const fraction = text.slice(-digits);
  return `${sign}${whole}.${fraction}` as `${number}`;
}

/** "alice@example.com" -> "a•••@example.com", for staff without email access. */
export function maskEmail(email: string | null): string | null {
  if (email === null) return null;
  const at = email.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const FALLBACK_COLOR = "#64748b";

/**
 * Returns the background and text colour of a rank badge. Rank colours are
 * free text typed by staff, so anything but a hex colour falls back to slate.
 * The text is black or white, whichever contrasts more with the background.
 */
export function rankBadgeColors(color: string): {
  backgroundColor: string;
  color: string;
} {
  const hex = HEX_COLOR.test(color) ? color : FALLBACK_COLOR;
  const full = (
    hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, "#$1$1$2$2$3$3") : hex
  ).toLowerCase();
  const channel = (offset: number) => {
    const value = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance =
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Crossing point where black and white text have equal WCAG contrast.
  const text = luminance > 0.179 ? "#0f172a" : "#ffffff";
  return { backgroundColor: full, color: text };
}
