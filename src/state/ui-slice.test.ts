import { beforeEach, describe, expect, it, vi } from 'vitest';

// Fresh modules per test: the shared setup has already loaded English into the
// module instance every other test uses.
async function freshStoreAndMessages() {
  vi.resetModules();
  const [{ createAppStore }, i18n] = await Promise.all([import('./store'), import('@/i18n')]);
  return { store: createAppStore(), i18n };
}

describe('switching language with lazily loaded messages', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });

  it('switches only once the English messages are loaded', async () => {
    const { store, i18n } = await freshStoreAndMessages();
    expect(i18n.hasMessages('en')).toBe(false);
    store.getState().setLanguage('en');
    // Not yet: the page would otherwise show Chinese fallbacks under an English switch.
    expect(store.getState().language).toBe('zh');
    await i18n.loadMessages('en');
    await Promise.resolve();
    expect(store.getState().language).toBe('en');
    expect(i18n.translate('en', 'detail.sourceLine', { line: 85 })).toBe('line 85');
    // Loaded: the next switches are immediate.
    store.getState().setLanguage('zh');
    expect(store.getState().language).toBe('zh');
    store.getState().setLanguage('en');
    expect(store.getState().language).toBe('en');
  });

  it('keeps the latest choice when a switch back comes before the load ends', async () => {
    const { store, i18n } = await freshStoreAndMessages();
    store.getState().setLanguage('en');
    store.getState().setLanguage('zh');
    await i18n.loadMessages('en');
    await Promise.resolve();
    expect(store.getState().language).toBe('zh');
  });

  it('starts the language measure at the switch, not for a switch to the same language', async () => {
    const { store, i18n } = await freshStoreAndMessages();
    await i18n.loadMessages('en');
    const starts = () => performance.getEntriesByName('lishui:language:start', 'mark').length;
    performance.clearMarks('lishui:language:start');
    store.getState().setLanguage('zh');
    expect(starts()).toBe(0);
    store.getState().setLanguage('en');
    expect(starts()).toBe(1);
  });
});
