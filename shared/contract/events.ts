import { WorkspaceStatusSchema } from '../domain/workspace';
import { event } from './define';

/** Every message main pushes to the renderer, declared once like the request channels. */
export const events = {
  workspaceChanged: event(WorkspaceStatusSchema),
};
