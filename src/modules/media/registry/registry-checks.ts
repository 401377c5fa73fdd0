import { BadInputError, type FieldIssue } from '../../../common/errors/domain-error.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import { formatCredit, unknownPlaceholders } from '../domain/credit.js';
import { checkMatchPattern, foldText } from './match-pattern.js';
import { UnknownPlaceholderError } from './registry.errors.js';

type Tx = Prisma.TransactionClient;

/**
 * A format may only use {photographer} and {agency}. An agency's format also credits photos
 * whose photographer is unknown, so it must leave something to print then.
 */
export function checkAgencyFormat(format: string, field: string, agencyName: string) {
  checkPlaceholders(format, field);
  if (formatCredit(format, [], agencyName) === null) {
    throw new BadInputError('The credit format says nothing without a photographer', [
      { path: field, message: 'must name the agency, e.g. "Photo by {photographer}/{agency}" or "Photo by {photographer}/Getty Images"' },
    ]);
  }
}

/**
 * A photographer's own format; without an agency of their own, {agency} is only filled on
 * photos with a supplier, so the format must print something without it.
 */
export function checkPhotographerFormat(format: string, field: string, hasAgency: boolean) {
  checkPlaceholders(format, field);
  if (formatCredit(format, ['A Photographer'], hasAgency ? 'An Agency' : null) === null) {
    throw new BadInputError('The credit format says nothing for a photographer without an agency', [
      { path: field, message: 'must name the photographer, e.g. "{photographer}/AFP via {agency}", or give the photographer an agency' },
    ]);
  }
}

function checkPlaceholders(format: string, field: string) {
  const [unknown] = unknownPlaceholders(format);
  if (unknown) throw new UnknownPlaceholderError(field, unknown);
}

/** Every refused pattern at once, each named by its index. */
export function checkMatchPatterns(patterns: readonly string[] | undefined, field: string) {
  const issues: FieldIssue[] = (patterns ?? []).flatMap((pattern, index) => {
    const problem = checkMatchPattern(pattern);
    return problem ? [{ path: `${field}.${index}`, message: problem, code: 'MATCH_PATTERN_REFUSED' }] : [];
  });
  if (issues.length) throw new BadInputError(issues.map((i) => `${i.path} ${i.message}`).join('; '), issues);
}

/** Trimmed, without the record's own name and without repeats (ignoring case and accents), in the order given. */
export function cleanAliases(aliases: readonly string[], ownName: string): string[] {
  const seen = new Set([foldText(ownName.trim())]);
  const kept: string[] = [];
  for (const alias of aliases.map((a) => a.trim())) {
    const key = foldText(alias);
    if (alias === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(alias);
  }
  return kept;
}

/** SWAP_FALLBACK needs a photo to swap in, and the photo must exist. */
export async function checkFallback(tx: Tx, expiryPolicy: string, fallbackAssetId: string | null) {
  if (fallbackAssetId && !(await tx.mediaAsset.findUnique({ where: { id: fallbackAssetId }, select: { id: true } }))) {
    throw new BadInputError('Unknown fallback photo', [{ path: 'input.fallbackAssetId', message: 'no such media asset' }]);
  }
  if (expiryPolicy === 'SWAP_FALLBACK' && !fallbackAssetId) {
    throw new BadInputError('SWAP_FALLBACK needs a fallback photo', [
      { path: 'input.fallbackAssetId', message: 'give the photo to swap in, or choose NOTIFY or UNPUBLISH_STORY' },
    ]);
  }
}

export async function checkAgency(tx: Tx, agencyId: string | null | undefined) {
  if (agencyId && !(await tx.agency.findUnique({ where: { id: agencyId }, select: { id: true } }))) {
    throw new BadInputError('Unknown agency', [{ path: 'input.agencyId', message: 'no such agency' }]);
  }
}
