import { useLanguage, useT } from '@/i18n/use-t';

/**
 * A text of the data in the reader's language. Bundled records always carry
 * their English (the schemas require it); a text that has none, such as a
 * candidate name the plans give only in Chinese, shows in English mode as the
 * Chinese, marked lang="zh-CN" for screen readers and followed by a note that
 * says so, never passed off as English.
 */
export function LocalText({ zh, en }: { zh: string; en?: string | undefined }) {
  const language = useLanguage();
  const t = useT();
  if (language === 'zh') return <>{zh}</>;
  if (en) return <>{en}</>;
  return (
    <>
      <span lang="zh-CN">{zh}</span>{' '}
      <span className="muted" data-testid="chinese-only">
        {t('data.chineseOnly')}
      </span>
    </>
  );
}
