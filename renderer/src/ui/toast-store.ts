import { create } from 'zustand';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  message: string;
  action?: ToastAction;
}

// Long enough to notice a mistake and reach the Undo button by keyboard.
const TOAST_MS = 10_000;

interface ToastState {
  toasts: Toast[];
  dismiss: (id: number) => void;
}

export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));

let nextId = 1;

/** Shows a short message, optionally with one action such as Undo, that goes away by itself. */
export function showToast(message: string, action?: ToastAction): void {
  const id = nextId++;
  useToasts.setState((state) => ({
    toasts: [...state.toasts, action ? { id, message, action } : { id, message }],
  }));
  setTimeout(() => useToasts.getState().dismiss(id), TOAST_MS);
}
