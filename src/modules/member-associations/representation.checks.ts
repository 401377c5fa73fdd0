import { BadInputError, NotFoundError } from '../../common/errors/domain-error.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { UnknownAssociationError, UnknownNocError } from './member-associations.errors.js';

type Tx = Prisma.TransactionClient;

/** What a write gives: at most one of the three (the caller checks "exactly one" where it must). */
export interface RepresentationRef {
  noc?: string | null;
  association?: string | null;
  /** An organisation's slug. */
  club?: string | null;
}

export interface RepresentationColumns {
  nocCode: string | null;
  associationCode: string | null;
  clubId: string | null;
}

export const NO_REPRESENTATION: RepresentationColumns = { nocCode: null, associationCode: null, clubId: null };

/** How many of noc, association and club are given. */
export const givenCount = (ref: RepresentationRef) =>
  [ref.noc, ref.association, ref.club].filter((v) => v !== undefined && v !== null).length;

/** The NOC code, checked; an unknown code that is a member association says to send `association` instead. */
export async function checkNocCode(tx: Tx, code: string, path: string, associationHint?: string): Promise<string> {
  if (await tx.noc.findUnique({ where: { code }, select: { code: true } })) return code;
  const association = await tx.memberAssociation.findUnique({ where: { code }, select: { code: true } });
  throw new UnknownNocError(code, path, Boolean(association), associationHint);
}

export async function checkAssociationCode(tx: Tx, code: string, path: string): Promise<string> {
  if (await tx.memberAssociation.findUnique({ where: { code }, select: { code: true } })) return code;
  throw new UnknownAssociationError(code, path);
}

/** Turns a checked reference into the columns of a competitor; `path` is where the reference sits ("input.representing"). */
export async function resolveRepresentation(tx: Tx, ref: RepresentationRef, path: string): Promise<RepresentationColumns> {
  if (givenCount(ref) > 1) {
    throw new BadInputError('Give at most one of noc, association and club', [{ path, message: 'exactly one of noc, association, club' }]);
  }
  if (ref.noc) return { ...NO_REPRESENTATION, nocCode: await checkNocCode(tx, ref.noc, `${path}.noc`) };
  if (ref.association)
    return { ...NO_REPRESENTATION, associationCode: await checkAssociationCode(tx, ref.association, `${path}.association`) };
  if (ref.club) {
    const club = await tx.organisation.findUnique({ where: { slug: ref.club }, select: { id: true, kind: true } });
    if (!club) throw new NotFoundError('Organisation', { slug: ref.club });
    if (club.kind !== 'CLUB' && club.kind !== 'TEAM') {
      throw new BadInputError(`${ref.club} is not a club`, [{ path: `${path}.club`, message: 'an organisation of kind CLUB or TEAM' }]);
    }
    return { ...NO_REPRESENTATION, clubId: club.id };
  }
  return NO_REPRESENTATION;
}
