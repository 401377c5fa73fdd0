/** What an agency is recognised by in a file's credit line and source. */
export interface AgencyMatcher {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Case-insensitive regular expressions. */
  matchPatterns: readonly string[];
}

/**
 * The agency a file's credit line and source name, or null when none does. Placeholder
 * until the registry's matching rules land: an exact, case-insensitive name or alias.
 */
export function matchAgency(
  agencies: readonly AgencyMatcher[],
  file: { creditLine: string | null; source: string | null },
): AgencyMatcher | null {
  const said = [file.creditLine, file.source].filter((s): s is string => !!s).map((s) => s.trim().toLowerCase());
  return agencies.find((a) => [a.name, ...a.aliases].some((n) => said.includes(n.toLowerCase()))) ?? null;
}
