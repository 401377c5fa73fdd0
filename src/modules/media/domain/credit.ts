/** Stands for the photographers' names in a house credit format. */
export const PHOTOGRAPHER_PLACEHOLDER = '{photographer}';

/** What the credit of an asset is built from, creators in their credited order. */
export interface CreditSources {
  creditLine: string | null;
  creators: readonly { name: string; creditFormat: string | null; agencyCreditFormat: string | null }[];
  supplierCreditFormat: string | null;
}

const present = (text: string | null | undefined): text is string => !!text && text.trim() !== '';

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Fills a house format with the photographers' names. Without a name, the
 * "/"-separated parts that hold the placeholder are dropped, so "Photo by
 * {photographer}/Getty Images" still credits "Getty Images" rather than printing a
 * dangling "Photo by /". Null when nothing is left to print.
 */
export function formatCredit(format: string, names: readonly string[]): string | null {
  const known = names.map((n) => n.trim()).filter((n) => n !== '');
  if (known.length) return format.split(PHOTOGRAPHER_PLACEHOLDER).join(joinNames(known)).trim() || null;
  if (!format.includes(PHOTOGRAPHER_PLACEHOLDER)) return format.trim() || null;
  const kept = format
    .split('/')
    .filter((part) => !part.includes(PHOTOGRAPHER_PLACEHOLDER))
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return kept.join('/') || null;
}

/**
 * The house format that applies: a creator's own format first (the photographer's
 * deal wins), then the supplier's, then the agency a creator works for.
 */
export function houseFormat(sources: CreditSources): string | null {
  return (
    sources.creators.find((c) => present(c.creditFormat))?.creditFormat ??
    (present(sources.supplierCreditFormat) ? sources.supplierCreditFormat : null) ??
    sources.creators.find((c) => present(c.agencyCreditFormat))?.agencyCreditFormat ??
    null
  );
}

/** The credit to print: the supplier's credit line verbatim when there is one, else the house format filled in. */
export function effectiveCredit(sources: CreditSources): string | null {
  if (present(sources.creditLine)) return sources.creditLine;
  const format = houseFormat(sources);
  return format
    ? formatCredit(
        format,
        sources.creators.map((c) => c.name),
      )
    : null;
}
