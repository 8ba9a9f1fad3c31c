import type { Envelope } from '../../shared/contract';

/** Messages on the test host's WebSocket, which stands in for Electron IPC. */
export type ClientMessage = { id: number; channel: string; input: unknown };
export type ServerMessage =
  { id: number; envelope: Envelope<unknown> } | { event: string; payload: unknown };

export const BRIDGE_SCRIPT_PATH = '/__callsheet/bridge.js';
export const BRIDGE_SOCKET_PATH = '/__callsheet/socket';
export const TOKEN_PARAM = 'token';
