import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppData } from '@/data/model';
import { LanguageProvider } from '@/i18n/use-t';
import type { AppState, AppStore } from '@/state/store';

const StoreContext = createContext<AppStore | null>(null);
const DataContext = createContext<AppData | null>(null);

export function AppProviders({
  store,
  data,
  children,
}: {
  store: AppStore;
  data: AppData | null;
  children: ReactNode;
}) {
  return (
    <StoreContext.Provider value={store}>
      <DataContext.Provider value={data}>
        <StoreLanguage>{children}</StoreLanguage>
      </DataContext.Provider>
    </StoreContext.Provider>
  );
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs <AppProviders>');
  return store;
}

/** Subscribes narrowly: pass a selector returning the smallest slice you need. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** The loaded, validated plan data (null while loading). */
export function useAppData(): AppData {
  const data = useContext(DataContext);
  if (!data) throw new Error('useAppData needs loaded data');
  return data;
}

/** Gives views the store's language, re-rendering only those that translate. */
function StoreLanguage({ children }: { children: ReactNode }) {
  const language = useAppStore((state) => state.language);
  return <LanguageProvider language={language}>{children}</LanguageProvider>;
}
