import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import type { Source } from '@/data/schema';
import { documentShortTitle, documentTitle } from '@/data/document-title';

/** Sources as "document title, line N", in the app's language. */
export function SourceList({ sources }: { sources: Source[] }) {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  return (
    <ul className="sources" data-testid="source-list">
      {sources.map((source) => {
        const title = documentShortTitle(data, source.seed, language);
        return (
          <li
            key={`${source.seed}:${source.line}`}
            title={documentTitle(data, source.seed, language)}
          >
            <span className="sources__title">{title}</span>
            <span className="sources__line">
              {t('detail.sourceLine', { line: String(source.line) })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
