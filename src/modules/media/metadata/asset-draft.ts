// What an uploaded file's metadata makes of a new asset: its columns, the agency that
// supplied it, and the photographers and people the registry knows by the file's names.
import type { Prisma } from '../../../generated/prisma/client.js';
import { matchAgency } from '../registry/agency-matching.js';
import { MetadataWarningCode, type FileMetadata, type MetadataFields, type MetadataWarning } from './file-metadata.types.js';
import { peopleNamed, photographersNamed, tidyName, turnedName } from './registry-names.js';

type Tx = Prisma.TransactionClient;

/** The MediaAsset columns to set from the file. */
export interface AssetDraftFields extends MetadataFields {
  supplierId: string | null;
  /** A credit line or source is present but no agency of the registry matched it. */
  creditNeedsReview: boolean;
}

export interface AssetDraft {
  fields: AssetDraftFields;
  /** Registry photographers for creatorNames, in the file's order. */
  creatorIds: string[];
  /** People for personShownNames, in the file's order. */
  peopleShownIds: string[];
  /** The file's warnings followed by the registry's. */
  warnings: MetadataWarning[];
}

const agencySelect = {
  id: true,
  name: true,
  aliases: true,
  matchPatterns: true,
  defaultCopyright: true,
  licensorUrl: true,
} satisfies Prisma.AgencySelect;

export async function draftAsset(tx: Tx, metadata: FileMetadata): Promise<AssetDraft> {
  const { fields: file } = metadata;
  const warnings: MetadataWarning[] = [...metadata.warnings];
  const agencies = await tx.agency.findMany({ select: agencySelect, orderBy: { id: 'asc' } });
  // The registry's rules: the credit line before the source, and in "X via Y" the distributor Y
  // ("AFP via Getty Images" is supplied by Getty Images; AFP stays in the source).
  const supplier = matchAgency(agencies, { creditLine: file.creditLine, source: file.source });
  const hasCredit = file.creditLine !== null || file.source !== null;
  if (!hasCredit) {
    warnings.push({
      code: MetadataWarningCode.CREDIT_MISSING,
      field: 'creditLine',
      message: 'The file carries no credit line and no source: add a credit before publishing.',
    });
  } else if (!supplier) {
    const said = [file.creditLine && `credit line "${file.creditLine}"`, file.source && `source "${file.source}"`]
      .filter(Boolean)
      .join(' and ');
    warnings.push({
      code: MetadataWarningCode.CREDIT_UNRECOGNISED,
      field: 'creditLine',
      message: `No agency of the registry matches the ${said}: the credit needs review.`,
    });
  }
  const creatorIds = await matchCreators(tx, file.creatorNames, supplier?.id ?? null, warnings);
  const peopleShownIds = await matchPeople(tx, file.personShownNames, warnings);
  return {
    fields: {
      ...file,
      supplierId: supplier?.id ?? null,
      creditNeedsReview: hasCredit && !supplier,
      copyrightNotice: file.copyrightNotice ?? supplier?.defaultCopyright ?? null,
      licensorUrl: file.licensorUrl ?? supplier?.licensorUrl ?? null,
    },
    creatorIds,
    peopleShownIds,
    warnings,
  };
}

async function matchCreators(tx: Tx, names: string[], supplierId: string | null, warnings: MetadataWarning[]): Promise<string[]> {
  const rows = await photographersNamed(tx, names.map(tidyName));
  const ids: string[] = [];
  for (const name of names) {
    let candidates = distinctBy(rows.filter((r) => r.name === tidyName(name)));
    // Two photographers of one name: the one working for the file's supplier is meant.
    if (candidates.length > 1 && supplierId) {
      const ofSupplier = candidates.filter((c) => c.agencyId === supplierId);
      if (ofSupplier.length) candidates = ofSupplier;
    }
    if (candidates.length === 1) pushOnce(ids, candidates[0].id);
    else warnings.push(nameWarning('creator', name, candidates.length));
  }
  return ids;
}

async function matchPeople(tx: Tx, names: string[], warnings: MetadataWarning[]): Promise<string[]> {
  const forms = names.flatMap((name) => [tidyName(name), turnedName(tidyName(name))]).filter((n): n is string => n !== null);
  const rows = await peopleNamed(tx, forms);
  const ids: string[] = [];
  for (const name of names) {
    const asWritten = distinctBy(rows.filter((r) => r.name === tidyName(name)));
    const turned = turnedName(tidyName(name));
    const candidates = asWritten.length ? asWritten : distinctBy(rows.filter((r) => r.name === turned));
    if (candidates.length === 1) pushOnce(ids, candidates[0].id);
    else warnings.push(nameWarning('person', name, candidates.length));
  }
  return ids;
}

function nameWarning(kind: 'creator' | 'person', name: string, count: number): MetadataWarning {
  const field = kind === 'creator' ? 'creatorNames' : 'personShownNames';
  const registry = kind === 'creator' ? 'photographer' : 'person';
  if (count === 0) {
    const code = kind === 'creator' ? MetadataWarningCode.CREATOR_UNMATCHED : MetadataWarningCode.PERSON_UNMATCHED;
    return { code, field, message: `No ${registry} in the registry is called "${name}"; the name is kept as written.` };
  }
  const code = kind === 'creator' ? MetadataWarningCode.CREATOR_AMBIGUOUS : MetadataWarningCode.PERSON_AMBIGUOUS;
  return { code, field, message: `${count} ${registry}s in the registry are called "${name}"; link the right one by hand.` };
}

function distinctBy<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}

function pushOnce(ids: string[], id: string) {
  if (!ids.includes(id)) ids.push(id);
}
