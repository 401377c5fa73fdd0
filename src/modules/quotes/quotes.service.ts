import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, type FieldIssue } from '../../common/errors/domain-error.js';
import { ReferencedByArticlesError } from '../../common/errors/referenced.error.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { recordAudit } from '../../audit/audit-log.js';
import { createdSummary, deletedSummary, updatedSummary } from '../../audit/audit-summary.js';
import type { Viewer } from '../../auth/viewer.js';
import type { CreateQuoteInput, UpdateQuoteInput } from './dto/quote.inputs.js';
import { ReferencesRepository } from '../references/references.repository.js';
import { QuotesRepository } from './quotes.repository.js';

type Tx = Prisma.TransactionClient;
type Links = Pick<CreateQuoteInput, 'speakerPersonId' | 'speakerOrganisationId' | 'eventId' | 'unitId' | 'socialPostId'>;
type Stored = { speakerPersonId: string | null; speakerOrganisationId: string | null; eventId: string | null; unitId: string | null };

const NONE: Stored = { speakerPersonId: null, speakerOrganisationId: null, eventId: null, unitId: null };

@Injectable()
export class QuotesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: QuotesRepository,
    private readonly references: ReferencesRepository,
  ) {}

  findOne(id: string) {
    return this.prisma.quote.findUnique({ where: { id } });
  }

  async create(input: CreateQuoteInput, viewer: Viewer) {
    if (!input.speakerPersonId === !input.speakerOrganisationId) throw speakerError(input);
    return this.prisma.$transaction(async (tx) => {
      const links = await resolveLinks(tx, input, NONE);
      const quote = await tx.quote.create({ data: { ...input, ...links } });
      await recordAudit(tx, viewer, { action: 'quote.create', objectType: 'Quote', objectId: quote.id, summary: createdSummary(input) });
      return quote;
    });
  }

  async update(input: UpdateQuoteInput, viewer: Viewer) {
    const { id, expectedVersion, ...fields } = input;
    if (fields.speakerPersonId && fields.speakerOrganisationId) throw speakerError(fields);
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.quote.findUnique({
        where: { id },
        select: { speakerPersonId: true, speakerOrganisationId: true, eventId: true, unitId: true },
      });
      if (!current) throw new NotFoundError('Quote', { id });
      const links = await resolveLinks(tx, fields, current);
      await updateAtVersion(tx.quote, 'Quote', id, expectedVersion, { ...fields, ...links });
      await recordAudit(tx, viewer, { action: 'quote.update', objectType: 'Quote', objectId: id, summary: updatedSummary(input) });
      return tx.quote.findUniqueOrThrow({ where: { id } });
    });
  }

  /** Refused while a story uses the quote; returns the id deleted. */
  async delete(id: string, viewer: Viewer): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.quote.findUnique({ where: { id }, select: { version: true } });
      if (!current) throw new NotFoundError('Quote', { id });
      const articles = await this.references.articleSlugs(tx, 'QUOTE', id);
      if (articles.length) throw new ReferencedByArticlesError('Quote', id, articles);
      await tx.quote.delete({ where: { id } });
      await recordAudit(tx, viewer, {
        action: 'quote.delete',
        objectType: 'Quote',
        objectId: id,
        summary: deletedSummary(current.version),
      });
      return id;
    });
  }
}

function speakerError(input: Links): BadInputError {
  const message = 'give exactly one of speakerPersonId and speakerOrganisationId';
  const paths =
    input.speakerPersonId && input.speakerOrganisationId
      ? ['input.speakerPersonId', 'input.speakerOrganisationId']
      : ['input.speakerPersonId'];
  return new BadInputError(
    `A quote has exactly one speaker: ${message}`,
    paths.map((path) => ({ path, message })),
  );
}

/**
 * Checks every id given and returns the links to store: a new speaker replaces the
 * other kind, and a unit brings its event (a different event given is refused).
 */
async function resolveLinks(tx: Tx, given: Links, current: Stored) {
  const issues: FieldIssue[] = [];
  const exists = async (path: string, found: Promise<unknown>, message: string) => {
    if (!(await found)) issues.push({ path, message });
  };
  const select = { id: true } as const;
  if (given.speakerPersonId)
    await exists('input.speakerPersonId', tx.person.findUnique({ where: { id: given.speakerPersonId }, select }), 'no such person');
  if (given.speakerOrganisationId) {
    await exists(
      'input.speakerOrganisationId',
      tx.organisation.findUnique({ where: { id: given.speakerOrganisationId }, select }),
      'no such organisation',
    );
  }
  if (given.eventId) await exists('input.eventId', tx.event.findUnique({ where: { id: given.eventId }, select }), 'no such event');
  if (given.socialPostId)
    await exists('input.socialPostId', tx.socialPost.findUnique({ where: { id: given.socialPostId }, select }), 'no such social post');

  const unitId = given.unitId === undefined ? current.unitId : given.unitId;
  let eventId = given.eventId === undefined ? current.eventId : given.eventId;
  if (unitId) {
    const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { phase: { select: { eventId: true } } } });
    if (!unit) issues.push({ path: 'input.unitId', message: 'no such unit' });
    else if (given.eventId && given.eventId !== unit.phase.eventId)
      issues.push({ path: given.unitId ? 'input.unitId' : 'input.eventId', message: 'the unit is not part of the event' });
    else eventId = unit.phase.eventId;
  }
  if (issues.length) throw new BadInputError(issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);

  const speaker = given.speakerPersonId
    ? { speakerPersonId: given.speakerPersonId, speakerOrganisationId: null }
    : given.speakerOrganisationId
      ? { speakerPersonId: null, speakerOrganisationId: given.speakerOrganisationId }
      : {};
  return { ...speaker, eventId, unitId };
}
