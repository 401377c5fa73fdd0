import { ArgsType, Field } from '@nestjs/graphql';
import { IsNocCode } from '../../../common/validation/codes.js';

@ArgsType()
export class NocArgs {
  @Field({ description: 'The IOC code, e.g. NED or AIN.' })
  @IsNocCode()
  code: string;
}
