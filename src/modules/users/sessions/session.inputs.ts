import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '../../../auth/passwords.js';
import { EMAIL_MAX_LENGTH, normalizeEmail } from '../dto/user.inputs.js';

@InputType({ description: 'Credentials of a member of staff.' })
export class LoginInput {
  @Field({ description: 'The email of the account, in any case.' })
  @Transform(normalizeEmail)
  @IsString()
  @Length(1, EMAIL_MAX_LENGTH)
  email: string;

  @Field({ description: 'The password.' })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;
}

@ArgsType()
export class RefreshTokenArgs {
  @Field({ description: 'The refresh token of the session, as login or the last refreshSession returned it.' })
  @IsString()
  @Length(1, 128)
  refreshToken: string;
}
