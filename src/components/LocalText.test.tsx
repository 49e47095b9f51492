import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '@/i18n/use-t';
import type { Language } from '@/i18n/language';
import { LocalText } from './LocalText';

const renderIn = (language: Language, zh: string, en?: string) =>
  render(
    <LanguageProvider language={language}>
      <p data-testid="text">
        <LocalText zh={zh} en={en} />
      </p>
    </LanguageProvider>,
  );

describe('LocalText', () => {
  it('shows the English in English and the Chinese in Chinese', () => {
    renderIn('en', '杭州', 'Hangzhou');
    expect(screen.getByTestId('text').textContent).toBe('Hangzhou');
  });

  it('shows Chinese-only text in English marked as Chinese, with a note saying so', () => {
    renderIn('en', '天工之城');
    const chinese = screen.getByText('天工之城');
    expect(chinese.getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByTestId('chinese-only').textContent).toBe('(Chinese only)');
  });

  it('adds no note in Chinese', () => {
    renderIn('zh', '天工之城');
    expect(screen.getByTestId('text').textContent).toBe('天工之城');
    expect(screen.queryByTestId('chinese-only')).toBeNull();
  });
});
