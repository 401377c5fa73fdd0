import { ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserRole } from '../../../generated/prisma/enums.js';
import { Node } from '../../../graphql/relay/node.interface.js';

registerEnumType(UserRole, {
  name: 'UserRole',
  description: 'What a member of staff may do; see the role table in the README.',
  valuesMap: {
    ADMIN: { description: 'Everything, including users and API keys.' },
    EDITOR: { description: 'Every story (publish, schedule), quotes, media and sports data.' },
    WRITER: { description: 'Their own drafts and quotes.' },
    RESULTS: { description: 'The results desk: sports data and results.' },
    PHOTO: { description: 'The photo desk: media and the credit registry.' },
  },
});

/** A member of staff as stored; the fields are resolved by UserFieldsResolver, which checks who may read them. */
@ObjectType({
  description: "A member of staff who signs in. Staff see each other's display name and role; the email only admins and the user.",
  implements: () => [Node],
})
export class User implements Node {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  disabledAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
