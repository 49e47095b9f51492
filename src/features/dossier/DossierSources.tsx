import { Section } from '@/components/Section';
import { documentShortTitle } from '@/data/document-title';
import type { SourceGroup } from '@/data/sites/dossier-sources';
import { truncateList } from '@/data/sites/site-model';
import type { Translate } from '@/i18n';
import type { Language } from '@/i18n/language';
import { useAppData } from '@/state/store-context';
import { More } from './More';

/** Every fact on the page cited in a few lines: one line per document, with its line numbers. */
export function DossierSources({
  groups,
  lineLimit,
  language,
  t,
}: {
  groups: SourceGroup[];
  /** How many line numbers one document shows before "+N more". */
  lineLimit: number;
  language: Language;
  t: Translate;
}) {
  const data = useAppData();
  if (groups.length === 0) return null;
  return (
    <Section variant="dossier" title={t('dossier.sources')} testId="dossier-sources">
      <ul className="dossier-sources">
        {groups.map((group) => {
          const lines = truncateList(group.lines, lineLimit);
          return (
            <li key={group.seed}>
              <span className="dossier-sources__title">
                {documentShortTitle(data, group.seed, language)}
              </span>{' '}
              {lines.shown
                .map((line) => t('dossier.sourceLine', { line: String(line) }))
                .join(language === 'zh' ? '、' : ', ')}
              <More count={lines.more} language={language} />
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
