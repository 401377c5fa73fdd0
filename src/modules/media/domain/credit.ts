/** Stands for the photographers' names in a house credit format. */
export const PHOTOGRAPHER_PLACEHOLDER = '{photographer}';
/** Stands for the supplying agency's current name in a house credit format. */
export const AGENCY_PLACEHOLDER = '{agency}';
export const PLACEHOLDERS = [PHOTOGRAPHER_PLACEHOLDER, AGENCY_PLACEHOLDER] as const;

/**
 * Whose words readers see when the file carries a credit line: the supplier's, verbatim
 * (the default: a credit line is what the supplier told us to print), or the house format.
 */
export type CreditStyle = 'SUPPLIER_LINE' | 'HOUSE_FORMAT';

export interface CreditAgency {
  name: string;
  creditFormat: string;
  creditStyle?: CreditStyle;
}

/** What the credit of an asset is built from, creators in their credited order. */
export interface CreditSources {
  creditLine: string | null;
  supplier: CreditAgency | null;
  creators: readonly { name: string; creditFormat: string | null; agency: CreditAgency | null }[];
}

const present = (text: string | null | undefined): text is string => !!text && text.trim() !== '';

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Fills a house format with the photographers' names and the agency's name. A placeholder
 * with nothing to fill drops the "/"-separated parts that hold it, so "Photo by
 * {photographer}/Getty Images" still credits "Getty Images" rather than printing a
 * dangling "Photo by /". Null when nothing is left to print.
 */
export function formatCredit(format: string, names: readonly string[], agency: string | null = null): string | null {
  const values: Partial<Record<string, string>> = {};
  const known = names.map((n) => n.trim()).filter((n) => n !== '');
  if (known.length) values[PHOTOGRAPHER_PLACEHOLDER] = joinNames(known);
  if (present(agency)) values[AGENCY_PLACEHOLDER] = agency.trim();
  const unfilled = PLACEHOLDERS.filter((p) => values[p] === undefined && format.includes(p));
  const kept = unfilled.length
    ? format
        .split('/')
        .filter((part) => !unfilled.some((p) => part.includes(p)))
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .join('/')
    : format;
  return fill(kept, values).trim() || null;
}

// One pass, so a name that happens to contain a placeholder is printed as it is.
const fill = (format: string, values: Partial<Record<string, string>>) =>
  format.replace(/\{photographer\}|\{agency\}/g, (p) => values[p] ?? p);

/** The placeholders of a format that are neither {photographer} nor {agency}, and stray braces, in order. */
export function unknownPlaceholders(format: string): string[] {
  const unknown: string[] = [];
  for (const [token] of format.matchAll(/\{[^{}]*\}|[{}]/g)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(token)) unknown.push(token);
  }
  return unknown;
}

/** The house format that applies and the agency it names. */
export interface HouseFormat {
  format: string;
  agency: string | null;
}

/**
 * The house format that applies: a creator's own format first (the photographer's deal
 * wins), then the supplier's, then the agency a creator works for. {agency} is the
 * supplier when there is one (it delivered the file), else the agency whose format applies.
 */
export function houseFormat(sources: CreditSources): HouseFormat | null {
  const supplier = sources.supplier;
  const own = sources.creators.find((c) => present(c.creditFormat));
  if (own?.creditFormat) return { format: own.creditFormat, agency: supplier?.name ?? own.agency?.name ?? null };
  if (supplier && present(supplier.creditFormat)) return { format: supplier.creditFormat, agency: supplier.name };
  const agency = sources.creators.find((c) => present(c.agency?.creditFormat))?.agency;
  return agency ? { format: agency.creditFormat, agency: agency.name } : null;
}

/** The house format filled in, whatever the file's credit line says. */
export function houseCredit(sources: CreditSources): string | null {
  const house = houseFormat(sources);
  return house
    ? formatCredit(
        house.format,
        sources.creators.map((c) => c.name),
        house.agency,
      )
    : null;
}

/**
 * The credit to print. With the supplier's SUPPLIER_LINE style (the default, and the
 * style without a supplier) its credit line verbatim when there is one, else the house
 * format; with HOUSE_FORMAT the house format, the credit line only if none applies.
 */
export function effectiveCredit(sources: CreditSources): string | null {
  const line = present(sources.creditLine) ? sources.creditLine : null;
  if (printsSupplierLine(sources.creditLine, sources.supplier)) return line;
  return houseCredit(sources) ?? line;
}

/** Whether the credit is the supplier's line as it stands, with no need to build the house format. */
export function printsSupplierLine(creditLine: string | null, supplier: Pick<CreditAgency, 'creditStyle'> | null): boolean {
  return present(creditLine) && supplier?.creditStyle !== 'HOUSE_FORMAT';
}
