import { useState } from 'react';
import type { IdeaView } from '../components/IdeaList';

const STORAGE_KEY = 'inspraak.ideaView';

function read(): IdeaView {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'list' ? 'list' : 'cards';
  } catch {
    return 'cards';
  }
}

/** Cards or list, remembered in this browser (storage can be blocked: then for this visit). */
export function useRememberedView(): [IdeaView, (view: IdeaView) => void] {
  const [view, setView] = useState<IdeaView>(read);
  const change = (next: IdeaView) => {
    setView(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered; the choice still holds on this page.
    }
  };
  return [view, change];
}
