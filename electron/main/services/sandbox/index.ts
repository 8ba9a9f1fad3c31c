/**
 * The sandbox workspace: a simulated ElevenLabs API on 127.0.0.1 for "Try the sandbox" and
 * for every integration and end-to-end test.
 *
 * Endpoints: user, agents, phone numbers, batch calling (submit, list, get, cancel, retry,
 * delete), Twilio and SIP-trunk outbound calls, conversations (list, get, audio).
 *
 * Time (batches wait for their schedule, calls ring, talk and end on the sandbox clock):
 *   options     startSandboxServer({ timeScale: 0 })   frozen; 1 (default) = real time
 *   in-process  server.clock.advance(seconds) · server.clock.setTimeScale(x) · server.clock.now()
 *   over HTTP   GET   /__sandbox/clock                 → { nowMs, nowUnix, timeScale }
 *               POST  /__sandbox/clock/advance          body: { "seconds": 30 }
 *               PATCH /__sandbox/clock                  body: { "timeScale": 0 }
 *
 * Call outcomes (default: derived from a hash of the number, ~60% successful):
 *   in-process  server.script.outcome('+48600100200', { status: 'failed' })
 *               server.script.outcome('+48600100201', { summary: 'Booked a haircut…' })
 *   over HTTP   POST   /__sandbox/outcomes   body: { phoneNumber, ...outcome }, a list, or
 *                                            { "outcomes": [...] } → 201
 *               GET    /__sandbox/outcomes   DELETE /__sandbox/outcomes[/:phoneNumber]
 *   See calls/outcome-script.ts for every field.
 *
 * Faults (see fault-spec.ts for every field):
 *   in-process  server.faults.inject({ kind: 'rate_limited', path: '/v1/convai/agents', count: 1 })
 *               server.faults.inject({ kind: 'drop', when: 'after', path: '/v1/convai/batch-calling/submit' })
 *   over HTTP   POST   /__sandbox/faults   body: one spec, a list, or { "faults": [...] } → 201
 *               GET    /__sandbox/faults   → { faults: ActiveFault[] }
 *               DELETE /__sandbox/faults   (all)  or  DELETE /__sandbox/faults/:id
 *
 *   POST /__sandbox/reset: fixtures back to the start, no faults, batches, calls or scripted
 *   outcomes; the clock keeps its time (never runs backwards) but returns to its start speed.
 *   The control endpoints need the same `xi-api-key` and are never subject to faults.
 */
export { startSandboxServer } from './server';
export type { SandboxServer, SandboxServerOptions } from './server';
export { FaultController } from './faults';
export type { ActiveFault } from './faults';
export type { FaultKind, FaultSpec } from './fault-spec';
export { InvalidFaultError } from './fault-spec';
export { SandboxClock, InvalidClockSettingError } from './clock';
export type { ClockState } from './clock';
export { OutcomeScript, InvalidOutcomeError } from './calls/outcome-script';
export type { ActiveOutcome, ScriptedOutcome } from './calls/outcome-script';
export { DEFAULT_CONCURRENCY } from './calls/call-center';
export type { ApiPermission } from './permissions';
export { SANDBOX_AGENT_IDS } from './fixtures/agents';
export { SANDBOX_PHONE_NUMBER_IDS } from './fixtures/phone-numbers';
