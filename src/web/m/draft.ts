// What a worker typed lives in sessionStorage as well as in React state, so a reload, a
// dropped network or a failed submit loses nothing; it goes when the tab closes.
import { useState } from 'react';

export function loadStored<T>(key: string, fallback: T): T {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as T | null;
    if (saved !== null && typeof saved === 'object') return fallback && typeof fallback === 'object' ? { ...fallback, ...saved } : saved;
  } catch { /* a broken draft starts over */ }
  return fallback;
}

export function saveStored(key: string, value: unknown): void {
  try { sessionStorage.setItem(key, JSON.stringify(value)); } catch { /* storage full or private mode: the form still holds it */ }
}

export function clearStored(key: string): void {
  try { sessionStorage.removeItem(key); } catch { /* nothing to clear */ }
}

/** useState mirrored to sessionStorage under `key`. */
export function useDraft<T extends object>(key: string, initial: T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => loadStored(key, initial));
  const set = (next: T) => { setValue(next); saveStored(key, next); };
  return [value, set];
}

export const DRAFT_KEYS = { signIn: 'menkou.m.draft', register: 'menkou.m.register', ticket: 'menkou.m.ticket' } as const;
