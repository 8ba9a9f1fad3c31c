import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a route or a fault answers; the server turns it into bytes on the socket. */
export interface SandboxResponse {
  status: number;
  /** Sent as JSON, except a Buffer, which is sent as it is (audio). */
  body?: unknown;
  headers?: Record<string, string>;
}

export const HTTP_METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export function isHttpMethod(method: string): method is HttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(method);
}

export function json(status: number, body: unknown, headers?: Record<string, string>) {
  return { status, body, ...(headers ? { headers } : {}) } satisfies SandboxResponse;
}

export function binary(status: number, body: Buffer, contentType: string): SandboxResponse {
  return { status, body, headers: { 'content-type': contentType } };
}

// Browser-based tests talk to the sandbox from another origin (the renderer's dev server),
// so every answer, errors included, must be readable cross-origin.
const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': HTTP_METHODS.join(', '),
  'access-control-allow-headers': 'xi-api-key, content-type',
  'access-control-expose-headers': 'retry-after, request-id, x-request-id',
};

export function sendPreflight(res: ServerResponse): void {
  res.writeHead(204, { ...CORS_HEADERS, 'access-control-max-age': '600' });
  res.end();
}

export function send(res: ServerResponse, response: SandboxResponse, requestId: string): void {
  // The client may have given up (timeout) while a slow response was pending.
  if (res.destroyed || res.writableEnded) return;
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'request-id': requestId,
    'x-request-id': requestId,
    ...response.headers,
  };
  if (response.body === undefined) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  let payload: Buffer;
  if (Buffer.isBuffer(response.body)) {
    payload = response.body;
    headers['content-type'] ??= 'application/octet-stream';
  } else {
    payload = Buffer.from(JSON.stringify(response.body), 'utf8');
    headers['content-type'] = 'application/json';
  }
  headers['content-length'] = String(payload.length);
  res.writeHead(response.status, headers);
  res.end(payload);
}

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limitBytes) throw new BodyTooLargeError(`Request body exceeds ${limitBytes} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
