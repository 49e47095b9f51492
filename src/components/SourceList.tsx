import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import type { Source } from '@/data/schema';

/** Sources as "document title, line N", in the app's language. */
export function SourceList({ sources }: { sources: Source[] }) {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  return (
    <ul className="sources" data-testid="source-list">
      {sources.map((source) => {
        const document = data.documents[source.seed];
        const title = document
          ? language === 'en'
            ? document.shortTitleEn
            : document.shortTitle
          : source.seed;
        return (
          <li
            key={`${source.seed}:${source.line}`}
            title={document ? (language === 'en' ? document.titleEn : document.title) : undefined}
          >
            <span className="sources__title">{title}</span>
            <span className="sources__line">{t('detail.sourceLine', { line: source.line })}</span>
          </li>
        );
      })}
    </ul>
  );
}
