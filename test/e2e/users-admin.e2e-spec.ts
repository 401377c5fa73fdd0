import { verifyPassword } from '../../src/auth/passwords.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { globalId, keyOf } from '../utils/ids.js';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email displayName role version disabledAt } }`;
const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id role displayName version disabledAt } }`;
const USERS = `query($after: String) { users(first: 2, after: $after) { edges { node { id email role } } pageInfo { hasNextPage endCursor } } }`;
const USER = `query($id: ID!) { node(id: $id) { id ... on User { displayName role email } } }`;

describe('users: admins manage staff; emails for admins and the user only', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await api.close();
  });

  const newUser = (email: string, role = 'WRITER') =>
    api.gql(CREATE, { input: { email, displayName: `User ${email}`, role, password: 'twelve chars or more' } });

  it('creates a user with an argon2id hash, audited, and refuses a taken email with CONFLICT', async () => {
    const created = await newUser('New.Writer@Podium.test');
    expect(created.errors).toBeUndefined();
    expect(created.data!.createUser).toMatchObject({ email: 'new.writer@podium.test', role: 'WRITER', version: 1, disabledAt: null });
    const stored = await api.prisma.user.findUniqueOrThrow({ where: { email: 'new.writer@podium.test' } });
    const params = /^\$argon2id\$v=19\$([^$]+)\$/.exec(stored.passwordHash)?.[1].split(',').sort();
    expect(params).toEqual(['m=19456', 'p=1', 't=2']);
    expect(await verifyPassword(stored.passwordHash, 'twelve chars or more')).toBe(true);
    const audit = await api.prisma.auditEntry.findMany({ where: { action: 'user.create', objectId: stored.id } });
    expect(audit).toEqual([expect.objectContaining({ actorType: 'USER', actorId: api.users.ADMIN.id })]);

    const taken = await newUser('new.writer@podium.test');
    expect(errorCodes(taken)).toEqual(['CONFLICT']);
    expect(await api.prisma.user.count({ where: { email: 'new.writer@podium.test' } })).toBe(1);
  });

  it.each([
    ['a short password', { password: 'elevenchars' }, 'input.password'],
    ['an invalid email', { email: 'not an email' }, 'input.email'],
    ['a blank name', { displayName: '  ' }, 'input.displayName'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_name, change, field) => {
    const input = { email: 'valid@podium.test', displayName: 'Valid', role: 'WRITER', password: 'twelve chars or more', ...change };
    const response = await api.gql(CREATE, { input });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions.field).toBe(field);
    expect(await api.prisma.user.count({ where: { email: 'valid@podium.test' } })).toBe(0);
  });

  it('updates role, name and password at the version given; a stale version is VERSION_CONFLICT', async () => {
    const { id } = (await newUser('promoted@podium.test')).data!.createUser as { id: string };
    const updated = await api.gql(UPDATE, {
      input: { id, expectedVersion: 1, role: 'EDITOR', displayName: 'Promoted', password: 'another long password' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateUser).toMatchObject({ role: 'EDITOR', displayName: 'Promoted', version: 2 });
    const stored = await api.prisma.user.findUniqueOrThrow({ where: { id: keyOf(id) } });
    expect(await verifyPassword(stored.passwordHash, 'another long password')).toBe(true);

    const stale = await api.gql(UPDATE, { input: { id, expectedVersion: 1, role: 'WRITER' } });
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
    expect((await api.prisma.user.findUniqueOrThrow({ where: { id: keyOf(id) } })).role).toBe('EDITOR');
    const short = await api.gql(UPDATE, { input: { id, expectedVersion: 2, password: 'short' } });
    expect(errorCodes(short)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses to leave no enabled admin', async () => {
    const admin = await api.prisma.user.findUniqueOrThrow({ where: { id: api.users.ADMIN.id } });
    const response = await api.gql(UPDATE, { input: { id: globalId('User', admin.id), expectedVersion: admin.version, disabled: true } });
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect((await api.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).disabledAt).toBeNull();
  });

  it('pages through users, admins only', async () => {
    const first = await api.gql(USERS);
    expect(first.errors).toBeUndefined();
    expect(first.data!.users.edges).toHaveLength(2);
    const second = await api.gql(USERS, { after: first.data!.users.pageInfo.endCursor });
    const seen = [...first.data!.users.edges, ...second.data!.users.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(seen).size).toBe(4);
    for (const role of ['EDITOR', 'WRITER', 'RESULTS', 'PHOTO'] as const) {
      const response = await api.gqlAs(role, USERS);
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(response.data).toBeNull();
      const create = await api.gqlAs(role, CREATE, {
        input: { email: 'x@podium.test', displayName: 'X', role: 'ADMIN', password: 'twelve chars or more' },
      });
      expect(errorCodes(create)).toEqual(['FORBIDDEN']);
      const promote = await api.gqlAs(role, UPDATE, {
        input: { id: globalId('User', api.users[role].id), expectedVersion: 1, role: 'ADMIN' },
      });
      expect(errorCodes(promote)).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await api.gqlAs('anonymous', USERS))).toEqual(['UNAUTHENTICATED']);
    expect(await api.prisma.user.count({ where: { email: 'x@podium.test' } })).toBe(0);
    expect(await api.prisma.user.count({ where: { role: 'ADMIN' } })).toBe(1);
  });

  it('shows the email to admins and to the user, the name and role to staff, nothing to readers', async () => {
    const id = globalId('User', api.users.WRITER.id);
    const asAdmin = await api.gql(USER, { id });
    expect(asAdmin.data!.node).toEqual({ id, displayName: 'Test writer', role: 'WRITER', email: api.users.WRITER.email });
    const asSelf = await api.gqlAs('WRITER', USER, { id });
    expect(asSelf.errors).toBeUndefined();
    expect(asSelf.data!.node.email).toBe(api.users.WRITER.email);

    const asColleague = await api.gqlAs('EDITOR', USER, { id });
    expect(asColleague.data!.node).toEqual({ id, displayName: 'Test writer', role: 'WRITER', email: null });
    expect(errorCodes(asColleague)).toEqual(['FORBIDDEN']);
    expect(asColleague.errors![0].path).toEqual(['node', 'email']);

    const asReader = await api.gqlAs('anonymous', USER, { id });
    expect(JSON.stringify(asReader.data)).not.toContain('writer');
    expect(errorCodes(asReader)).toContain('UNAUTHENTICATED');
  });

  it('refuses a user disabled by another server process once this one hears of the write', async () => {
    const other = await createTestApp({ databaseUrl: api.databaseUrl });
    try {
      const { id } = (await newUser('elsewhere@podium.test')).data!.createUser as { id: string };
      const login = await api.gqlAs(
        'anonymous',
        `mutation { login(input: { email: "elsewhere@podium.test", password: "twelve chars or more" }) { accessToken } }`,
      );
      const token = login.data!.login.accessToken as string;
      const me = () =>
        fetch(`${api.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ me { id } }' }),
        });
      expect((await me()).status).toBe(200);

      expect((await other.gql(UPDATE, { input: { id, expectedVersion: 1, disabled: true } })).errors).toBeUndefined();
      let status = 200;
      for (let i = 0; i < 100 && status === 200; i++) {
        status = (await me()).status;
        if (status === 200) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(status).toBe(401);
    } finally {
      await other.close();
    }
  });
});
