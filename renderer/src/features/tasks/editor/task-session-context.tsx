import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TaskSession } from './task-session';
import type { TaskState } from './task-store';

const TaskSessionContext = createContext<TaskSession | null>(null);

export function TaskSessionProvider(props: { session: TaskSession; children: ReactNode }) {
  return (
    <TaskSessionContext.Provider value={props.session}>
      {props.children}
    </TaskSessionContext.Provider>
  );
}

export function useTaskSession(): TaskSession {
  const session = useContext(TaskSessionContext);
  if (!session) throw new Error('useTaskSession needs a TaskSessionProvider');
  return session;
}

export function useTask<T>(selector: (state: TaskState) => T): T {
  return useStore(useTaskSession().store, selector);
}
