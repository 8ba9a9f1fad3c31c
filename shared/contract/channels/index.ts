import { appChannels } from './app';
import { draftChannels } from './drafts';
import { launchChannels } from './launch';
import { monitorChannels } from './monitor';
import { taskChannels } from './tasks';
import { workspaceChannels } from './workspace';

/**
 * Every request the renderer can make of main, declared once (one file per feature). The preload
 * bridge, the main-side adapter, the browser test host and the renderer's types are all derived
 * from this map. Inputs are strict: unknown fields are a validation error, not silently dropped.
 */
export const channels = {
  ...appChannels,
  ...workspaceChannels,
  ...draftChannels,
  ...launchChannels,
  ...monitorChannels,
  ...taskChannels,
};
