import { ToastRegion, type ToastItem } from '@inspraak/web-ui';
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';

type ShowToast = (message: string, type?: ToastItem['type']) => void;

const ToastContext = createContext<ShowToast>(() => undefined);

// Long enough to read twice; errors stay until dismissed (WCAG 2.2.1).
const SUCCESS_TIMEOUT_MS = 8000;

/** Results of actions ("Gebruiker aangemaakt"), announced in one polite live region. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback<ShowToast>(
    (message, type = 'success') => {
      const id = nextId.current++;
      setToasts((current) => [...current.slice(-2), { id, message, type }]);
      if (type !== 'error') setTimeout(() => dismiss(id), SUCCESS_TIMEOUT_MS);
    },
    [dismiss],
  );

  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <ToastRegion
        toasts={toasts}
        label={t('toasts.label')}
        dismissLabel={t('toasts.dismiss')}
        onDismiss={dismiss}
      />
    </ToastContext.Provider>
  );
}

export function useToast(): ShowToast {
  return useContext(ToastContext);
}
