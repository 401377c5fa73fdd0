import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';
import { PrismaService } from '../../database/prisma.service.js';
import { ImportSeasonInput } from './dto/import-season.input.js';
import { SeasonImportReport } from './models/season-import-report.model.js';
import { SeasonImporter } from './season-importer.js';

@Resolver()
export class ImportsResolver {
  private readonly importer: SeasonImporter;

  constructor(prisma: PrismaService) {
    this.importer = new SeasonImporter(prisma);
  }

  @Roles('ADMIN')
  @Mutation(() => SeasonImportReport, {
    description:
      'Imports a season feed into a competition (created when missing): phases, clubs, matches with results. Every row is checked; valid rows are stored, the others reported. A re-import of the same document changes nothing.',
  })
  async importSeason(
    @Args('input', { description: 'The document and where it goes.' }) input: ImportSeasonInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    const report = await this.importer.import(input, viewer);
    return { ...report, issues: report.issues.map((issue) => ({ suggestion: null, ...issue })) };
  }
}
