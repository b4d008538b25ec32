import { useCallback, useRef } from 'react';
import { newIdempotencyKey } from '../../../lib/idempotency';

const storageKey = (roundId: string) => `inspraak.pulse.${roundId}.idempotencyKey`;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * One idempotency key per round and browser tab, kept in sessionStorage until the answer is
 * stored: a retry (double click, lost connection, reload) sends the same key, so the API
 * stores one response. Only the key is kept — never the answers.
 */
export function useIdempotencyKey(roundId: string) {
  const memory = useRef<Record<string, string>>({});
  const get = useCallback(() => {
    const store = storage();
    let key: string | null = memory.current[roundId] ?? null;
    try {
      key = store?.getItem(storageKey(roundId)) ?? key;
    } catch {
      // Storage refused (private mode): the key lives as long as the page.
    }
    if (!key) {
      key = newIdempotencyKey();
      try {
        store?.setItem(storageKey(roundId), key);
      } catch {
        // As above.
      }
    }
    memory.current[roundId] = key;
    return key;
  }, [roundId]);
  const clear = useCallback(() => {
    delete memory.current[roundId];
    try {
      storage()?.removeItem(storageKey(roundId));
    } catch {
      // Nothing stored.
    }
  }, [roundId]);
  return { get, clear };
}
