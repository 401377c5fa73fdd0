import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { User } from '../models/user.model.js';

@ObjectType({ description: 'A signed-in session: an access token for requests and a refresh token to renew it.' })
export class Session {
  @Field({ description: 'Send it as `Authorization: Bearer <accessToken>`; valid until accessTokenExpiresAt.' })
  accessToken: string;

  @Field(() => DateTimeScalar, { description: 'When the access token stops working: get a new one with refreshSession before.' })
  accessTokenExpiresAt: Date;

  @Field({ description: 'Pass it to refreshSession once (it is replaced each time) or to logout. Keep it secret.' })
  refreshToken: string;

  @Field(() => DateTimeScalar, { description: 'When the refresh token expires unless used before.' })
  refreshTokenExpiresAt: Date;

  @Field(() => User, { description: 'The signed-in user.' })
  user: User;
}
