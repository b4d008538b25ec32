import { useEffect, useId, useRef, useState } from 'react';

/**
 * A disclosure (button + panel, not an ARIA menu) that closes on Escape (focus back on the
 * button), on a pointer press outside `rootRef`, and whenever `resetKey` changes (pass the
 * current path, so navigating closes it).
 */
export function useDisclosure(resetKey: string) {
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === resetKey;
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpenOn(null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return {
    open,
    panelId,
    rootRef,
    buttonRef,
    toggle: () => setOpenOn(open ? null : resetKey),
    close: () => setOpenOn(null),
  };
}
