// Jest globalTeardown (e2e): globalSetup left the function that undoes it.
export default async function globalTeardown(): Promise<void> {
  const teardown = (globalThis as Record<string, unknown>).__podiumTestServerTeardown as (() => Promise<void>) | undefined;
  await teardown?.();
}
