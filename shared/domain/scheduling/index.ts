export { planCallingWindows, DEFAULT_HORIZON_DAYS } from './plan-calling-windows';
export { estimateLaunch } from './estimate-launch';
export { summarizePlan } from './summarize-plan';
export { parseCallingWindow, parseCallingWindows, formatCallingWindow } from './calling-windows';
export type { CallingWindow, ParsedWindows, WindowParseResult } from './calling-windows';
export { canonicalTimeZone } from './time-zones';
export type * from './types';
