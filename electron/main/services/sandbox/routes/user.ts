import { json } from '../http';
import type { Route } from '../router';

export const userRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v1/user',
    permission: 'user_read',
    handle: (_request, { workspace }) => json(200, workspace.user),
  },
];
