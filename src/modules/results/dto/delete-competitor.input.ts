import { InputType } from '@nestjs/graphql';
import { VersionedDeleteInput } from '../../../common/dto/versioned-delete.input.js';

@InputType({
  description:
    'An entry to delete, at the version you saw: one made by mistake. Refused with REFERENCED while it has result rows or a standing; a competitor who withdraws keeps the entry and gets the IRM WDR on their rows.',
})
export class DeleteCompetitorInput extends VersionedDeleteInput('Competitor') {}
