import { describe, expect, it } from 'vitest';
import { InvalidClockSettingError, SandboxClock } from '../../../electron/main/services/sandbox';
import { salonRecipients, submitSalonBatch } from './call-fixtures';
import { control, sdkClient, useSandbox } from './sandbox-harness';

describe('the sandbox clock', () => {
  function fakeRealTime(start = 1_000_000) {
    let real = start;
    return { now: () => real, pass: (ms: number) => (real += ms) };
  }

  it('follows real time at the chosen speed', () => {
    const real = fakeRealTime();
    const clock = new SandboxClock({ timeScale: 10, startAtMs: 5_000, realNow: real.now });

    real.pass(1_500);

    expect(clock.now()).toBe(20_000);
    expect(clock.nowUnix()).toBe(20);
  });

  it('stands still at timeScale 0 until advanced', () => {
    const real = fakeRealTime();
    const clock = new SandboxClock({ timeScale: 0, startAtMs: 0, realNow: real.now });

    real.pass(60_000);
    expect(clock.now()).toBe(0);

    expect(clock.advance(90)).toEqual({ nowMs: 90_000, nowUnix: 90, timeScale: 0 });
  });

  it('changes speed without jumping, and reset restores the speed but keeps the time', () => {
    const real = fakeRealTime();
    const clock = new SandboxClock({ timeScale: 1, startAtMs: 0, realNow: real.now });
    real.pass(1_000);

    clock.setTimeScale(60);
    expect(clock.now()).toBe(1_000);
    real.pass(1_000);
    expect(clock.now()).toBe(61_000);

    clock.reset();
    expect(clock.timeScale).toBe(1);
    expect(clock.now()).toBe(61_000);
  });

  it('never goes backwards and refuses nonsense', () => {
    const clock = new SandboxClock({ timeScale: 0 });

    expect(() => clock.advance(-1)).toThrow(InvalidClockSettingError);
    expect(() => clock.advance(Number.NaN)).toThrow(InvalidClockSettingError);
    expect(() => clock.setTimeScale(-2)).toThrow(InvalidClockSettingError);
    expect(() => new SandboxClock({ timeScale: Infinity })).toThrow(InvalidClockSettingError);
  });
});

describe('sandbox clock over HTTP', () => {
  const sandbox = useSandbox({ timeScale: 0 });

  it('reads, advances and changes the speed of sandbox time', async () => {
    const before = sandbox().clock.now();

    const read = await control(sandbox(), 'GET', '/clock');
    expect(await read.json()).toEqual({
      nowMs: before,
      nowUnix: Math.floor(before / 1000),
      timeScale: 0,
    });

    const advanced = await control(sandbox(), 'POST', '/clock/advance', { seconds: 90 });
    expect(advanced.status).toBe(200);
    expect(await advanced.json()).toMatchObject({ nowMs: before + 90_000 });

    const faster = await control(sandbox(), 'PATCH', '/clock', { timeScale: 50 });
    expect(await faster.json()).toMatchObject({ timeScale: 50 });
    expect(sandbox().clock.timeScale).toBe(50);

    await control(sandbox(), 'POST', '/reset');
    expect(sandbox().clock.timeScale).toBe(0);
    expect(sandbox().clock.now()).toBeGreaterThanOrEqual(before + 90_000);
  });

  it('follows a batch from launch to completion by advancing over HTTP', async () => {
    const client = sdkClient(sandbox());
    const batch = await submitSalonBatch(client, salonRecipients(4), {
      scheduledTimeUnix: sandbox().clock.nowUnix() + 600,
      targetConcurrencyLimit: 2,
    });

    await control(sandbox(), 'POST', '/clock/advance', { seconds: 600 });
    await expect(client.conversationalAi.batchCalls.get(batch.id)).resolves.toMatchObject({
      status: 'in_progress',
      totalCallsDispatched: 2,
    });

    await control(sandbox(), 'POST', '/clock/advance', { seconds: 120 });
    await expect(client.conversationalAi.batchCalls.get(batch.id)).resolves.toMatchObject({
      status: 'completed',
      totalCallsFinished: 4,
    });
  });

  it('rejects a bad request with a FastAPI 422', async () => {
    const negative = await control(sandbox(), 'POST', '/clock/advance', { seconds: -5 });
    expect(negative.status).toBe(422);
    expect(await negative.json()).toMatchObject({
      detail: [{ loc: ['body', 'seconds'], type: 'greater_than_equal' }],
    });

    const typo = await control(sandbox(), 'PATCH', '/clock', { speed: 2 });
    expect(typo.status).toBe(422);
  });
});
