export type DecimalInput = string | number | { toString(): string };

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** A decimal as a bigint count of 10^-scale units, or null when the text is not a plain decimal or has more than `scale` decimals. */
export function parseScaled(value: DecimalInput, scale: number): bigint | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? value.toFixed(scale) : '') : String(value).trim();
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const [, minus, whole, fraction = ''] = match;
  const extra = fraction.slice(scale);
  if (/[1-9]/.test(extra)) return null;
  const units = BigInt(whole + fraction.slice(0, scale).padEnd(scale, '0'));
  return minus ? -units : units;
}

/** Formats a scaled bigint with `decimals` places, rounding half away from zero or truncating toward zero. */
export function formatScaled(units: bigint, scale: number, decimals: number, mode: 'HALF_UP' | 'TRUNCATE'): string {
  const negative = units < 0n;
  let magnitude = negative ? -units : units;
  if (decimals < scale) {
    const divisor = 10n ** BigInt(scale - decimals);
    const half = mode === 'HALF_UP' ? divisor / 2n : 0n;
    magnitude = (magnitude + half) / divisor;
  } else {
    magnitude *= 10n ** BigInt(decimals - scale);
  }
  const digits = magnitude.toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? `.${digits.slice(-decimals)}` : '';
  return `${negative && magnitude !== 0n ? '-' : ''}${whole}${fraction}`;
}

/**
 * A decimal as plain text, exact and without trailing zeros: a NUMERIC(10,3) 9.500 reads
 * "9.5", 10.000 reads "10". Null when the value is not a decimal of at most `scale` places.
 */
export function plainDecimal(value: DecimalInput, scale: number): string | null {
  const units = parseScaled(value, scale);
  if (units === null) return null;
  const text = formatScaled(units, scale, scale, 'TRUNCATE');
  return scale > 0 ? text.replace(/\.?0+$/, '') : text;
}
