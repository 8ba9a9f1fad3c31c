import type { z } from 'zod';
import type { Envelope } from './app-error';
import { channels } from './channels/index';
import { events } from './events';

export { channels, events };
export { RECIPIENTS_PER_PIECE } from './channels/drafts';
export * from './app-error';

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
/** What a caller may pass (before defaults are applied). */
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Channels[K]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]['payload']>;

export const channelNames = Object.keys(channels) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

/** Names on the Electron IPC wire; one namespace so nothing else can collide with them. */
export const ipcChannelName = (name: ChannelName): string => `callsheet:${name}`;
export const ipcEventName = (name: EventName): string => `callsheet-event:${name}`;

export type Unsubscribe = () => void;

/**
 * The shape of `window.callsheet`: one method per channel and one subscription per event.
 * Request methods resolve to an envelope so errors keep their code across the bridge.
 */
export type CallsheetBridge = {
  [K in ChannelName]: (input: ChannelInput<K>) => Promise<Envelope<ChannelOutput<K>>>;
} & {
  on: { [E in EventName]: (listener: (payload: EventPayload<E>) => void) => Unsubscribe };
};
