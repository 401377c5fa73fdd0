import { Injectable } from '@nestjs/common';
import { BadInputError, SlugTakenError } from '../../common/errors/domain-error.js';
import { slugify } from '../../common/validation/slug.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { CreateOrganisationInput } from './dto/create-organisation.input.js';

@Injectable()
export class OrganisationsService {
  constructor(private readonly prisma: PrismaService) {}

  async create(input: CreateOrganisationInput) {
    const slug = input.slug ?? slugify(input.name);
    if (!slug) throw new BadInputError('Cannot make a slug from this name', [{ path: 'input.slug', message: 'give a slug' }]);
    return this.prisma.$transaction(async (tx) => {
      if (input.nocCode && !(await tx.noc.findUnique({ where: { code: input.nocCode }, select: { code: true } }))) {
        throw new BadInputError(`Unknown NOC ${input.nocCode}`, [{ path: 'input.nocCode', message: 'no such NOC' }]);
      }
      if (await tx.organisation.findUnique({ where: { slug }, select: { id: true } })) throw new SlugTakenError('Organisation', slug);
      return tx.organisation.create({ data: { ...input, slug } });
    });
  }
}
