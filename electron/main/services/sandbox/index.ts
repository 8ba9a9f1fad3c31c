/**
 * The sandbox workspace: a simulated ElevenLabs API on 127.0.0.1 for "Try the sandbox" and
 * for every integration and end-to-end test.
 *
 * Faults (see fault-spec.ts for every field):
 *   in-process  server.faults.inject({ kind: 'rate_limited', path: '/v1/convai/agents', count: 1 })
 *   over HTTP   POST   /__sandbox/faults   body: one spec, a list, or { "faults": [...] } → 201
 *               GET    /__sandbox/faults   → { faults: ActiveFault[] }
 *               DELETE /__sandbox/faults   (all)  or  DELETE /__sandbox/faults/:id
 *               POST   /__sandbox/reset    fixtures back to the start, no faults
 *   The control endpoints need the same `xi-api-key` and are never subject to faults.
 */
export { startSandboxServer } from './server';
export type { SandboxServer, SandboxServerOptions } from './server';
export { FaultController } from './faults';
export type { ActiveFault } from './faults';
export type { FaultKind, FaultSpec } from './fault-spec';
export { InvalidFaultError } from './fault-spec';
export type { ApiPermission } from './permissions';
export { SANDBOX_AGENT_IDS } from './fixtures/agents';
export { SANDBOX_PHONE_NUMBER_IDS } from './fixtures/phone-numbers';
