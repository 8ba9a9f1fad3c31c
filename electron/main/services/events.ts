import type { EventName, EventPayload } from '../../../shared/contract';

/** How services push to the renderer, whether it sits behind Electron IPC or a test socket. */
export type EventSink = <E extends EventName>(name: E, payload: EventPayload<E>) => void;
