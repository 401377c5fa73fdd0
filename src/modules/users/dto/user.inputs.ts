import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsEnum, IsInt, IsString, Length, MaxLength, Min } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../../auth/passwords.js';
import { IsNotBlank } from '../../../common/validation/not-blank.js';
import { OmittableNotNull } from '../../../common/validation/omittable-not-null.js';
import { UserRole } from '../../../generated/prisma/enums.js';
import { PageArgs } from '../../../graphql/pagination/connection.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

// RFC 5321 caps an address at 254 characters; the throttle key "account:<email>" fits its column.
export const EMAIL_MAX_LENGTH = 254;
const DISPLAY_NAME_MAX_LENGTH = 200;

/** Emails are stored and compared in lower case. */
export const normalizeEmail = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

const PASSWORD_RULE = `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`;

@InputType({ description: 'A new member of staff.' })
export class CreateUserInput {
  @Field({ description: 'Their email, the login name; stored in lower case, unique.' })
  @Transform(normalizeEmail)
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field({ description: 'The name colleagues see, e.g. "Anna de Vries".' })
  @IsString()
  @Length(1, DISPLAY_NAME_MAX_LENGTH)
  @IsNotBlank('Anna de Vries')
  displayName: string;

  @Field(() => UserRole, { description: 'What they may do.' })
  @IsEnum(UserRole)
  role: UserRole;

  @Field({ description: `Their first password, ${PASSWORD_RULE}.` })
  @IsString()
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH)
  password: string;
}

@InputType({ description: 'Changes to a member of staff; omitted fields stay as they are.' })
export class UpdateUserInput {
  @GlobalIdField('User', { description: 'The user to change.' })
  id: string;

  @Field(() => Int, { description: 'The version your change is based on; a newer one on the server gives VERSION_CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'A new display name.' })
  @OmittableNotNull()
  @IsString()
  @Length(1, DISPLAY_NAME_MAX_LENGTH)
  @IsNotBlank('Anna de Vries')
  displayName?: string;

  @Field(() => UserRole, { nullable: true, description: 'A new role; it applies to access tokens issued from now on.' })
  @OmittableNotNull()
  @IsEnum(UserRole)
  role?: UserRole;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True disables the account: its sessions end and its tokens stop working. False enables it again.',
  })
  @OmittableNotNull()
  @IsBoolean()
  disabled?: boolean;

  @Field(() => String, { nullable: true, description: `A new password (${PASSWORD_RULE}); the user's sessions end.` })
  @OmittableNotNull()
  @IsString()
  @Length(MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH)
  password?: string;
}

@ArgsType()
export class UsersArgs extends PageArgs {}
