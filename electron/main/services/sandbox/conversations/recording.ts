// A stand-in recording: a short, valid WAV (8 kHz, 16-bit mono, as telephony audio is) with
// a soft tone per transcript turn, so a player, a download and a "play" button all work
// without shipping real audio. Small on purpose: at most a few seconds.
import type { TimedTurn } from './compose';

const SAMPLE_RATE = 8000;
const SECONDS_PER_TURN = 0.4;
const MAX_TURNS = 10;
const TONES = { agent: 440, user: 330 } as const;

function wavHeader(dataBytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

export function recordingFor(turns: readonly TimedTurn[]): Buffer {
  const spoken = turns.length > 0 ? turns.slice(0, MAX_TURNS) : [{ role: 'agent' as const }];
  const perTurn = Math.floor(SAMPLE_RATE * SECONDS_PER_TURN);
  const samples = Buffer.alloc(spoken.length * perTurn * 2);
  spoken.forEach((turn, index) => {
    const frequency = TONES[turn.role];
    for (let i = 0; i < perTurn; i += 1) {
      // Fade in and out so turns do not click.
      const envelope = Math.sin((Math.PI * i) / perTurn);
      const value = Math.sin((2 * Math.PI * frequency * i) / SAMPLE_RATE) * envelope * 0.2;
      samples.writeInt16LE(Math.round(value * 32767), (index * perTurn + i) * 2);
    }
  });
  return Buffer.concat([wavHeader(samples.length), samples]);
}
