import type { OutboxEvent } from '../../../generated/prisma/client.js';
import { toGlobalId } from '../../../graphql/relay/global-id.js';
import { signatureHeader } from './signature.js';

export interface SendResult {
  ok: boolean;
  responseStatus: number | null;
  error: string | null;
}

const MAX_ERROR_LENGTH = 500;

/** The body every endpoint receives: the event's id, type, time and payload. */
export function deliveryBody(event: OutboxEvent): string {
  return JSON.stringify({ id: event.id, type: event.type, occurredAt: event.createdAt.toISOString(), data: event.payload });
}

/**
 * One signed POST. Redirects are not followed (a 3xx is a failure), so a delivery reaches
 * only the URL the admin registered; the answer's body is not read.
 */
export async function sendDelivery(
  target: { url: string; secret: string; deliveryId: string; event: OutboxEvent },
  timeoutMs: number,
  signal: AbortSignal,
): Promise<SendResult> {
  const body = deliveryBody(target.event);
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Podium-Webhooks/1',
        'podium-event': target.event.type,
        'podium-delivery': toGlobalId('WebhookDelivery', target.deliveryId),
        'podium-signature': signatureHeader(target.secret, body, new Date()),
      },
      body,
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
    await response.body?.cancel().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return { ok, responseStatus: response.status, error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, responseStatus: null, error: describe(error, timeoutMs).slice(0, MAX_ERROR_LENGTH) };
  }
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${(error.cause as Error & { code?: string }).code ?? error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
