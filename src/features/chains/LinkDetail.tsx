import { useMapCommands } from '@/map/map-commands';
import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import { localName, localText } from '@/lib/names';
import { SourceList } from '@/components/SourceList';
import type { Chain, Enterprise } from '@/data/schema';
import type { LinkView } from '@/data/chains/chain-model';
import { countyFeatureId } from '@/data/county-id';

/** The chosen link: who is in it, where it is hosted, what the plan says of it, and the lines. */
export function LinkDetail({ link, chain }: { link: LinkView; chain: Chain }) {
  const t = useT();
  const data = useAppData();
  const commands = useMapCommands();
  const language = useAppStore((state) => state.language);
  const verdict = link.link.verdict;
  return (
    <aside className="link-detail" data-testid="chain-link-detail" aria-live="polite">
      <h3 className="link-detail__name">
        {localName(link.link, language)}{' '}
        <span className={`link-detail__presence chain-link--${link.presence}`}>
          {t(`chains.presence.${link.presence}`)}
        </span>
      </h3>
      <p className="muted">{localName(chain, language)}</p>
      {verdict && (
        <div className="link-detail__verdict" data-testid="chain-link-verdict">
          <strong>{t(`chains.verdictTitle.${verdict.kind}`)}</strong>{' '}
          {localText(verdict.note, verdict.noteEn, language)}
          {link.disagrees && (
            <p className="link-detail__disagree" data-testid="chain-link-disagrees">
              {t('chains.disagrees')}
            </p>
          )}
          <SourceList sources={verdict.sources} />
        </div>
      )}
      <Firms title={t('chains.localFirms')} firms={link.localFirms} testId="chain-link-local" />
      <Firms
        title={t('chains.partnerFirms')}
        firms={link.partnerFirms}
        testId="chain-link-partners"
      />
      <Firms
        title={t('chains.referenceFirms')}
        firms={link.referenceFirms}
        testId="chain-link-references"
        withLocation
      />
      <h4 className="link-detail__title">
        {t('chains.platforms', { count: link.platforms.length })}
      </h4>
      {link.platforms.length === 0 ? (
        <p className="muted">{t('chains.noPlatforms')}</p>
      ) : (
        <ul className="entity-list">
          {link.platforms.map(({ feature, basis }) => (
            <li
              key={feature.properties.id}
              data-testid="chain-link-platform"
              data-feature-id={feature.properties.id}
            >
              <button
                type="button"
                className="link-button"
                onClick={() => commands.showFeature(feature.properties.id)}
              >
                {localName(feature.properties, language)}
              </button>
              <span className="entity-list__meta">{t(`chains.basis.${basis}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {link.counties.length > 0 && (
        <>
          <h4 className="link-detail__title">{t('chains.counties')}</h4>
          <ul className="entity-list entity-list--inline">
            {link.counties.map(({ code, basis }) => {
              const county = data.countyByCode.get(code);
              if (!county) return null;
              return (
                <li key={code} data-testid="chain-link-county">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => commands.showFeature(countyFeatureId(code))}
                  >
                    {localName(county.properties, language)}
                  </button>
                  <span className="entity-list__meta">{t(`chains.basis.${basis}`)}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {(link.link.technologies ?? []).length > 0 && (
        <Notes title={t('chains.technologies')} notes={link.link.technologies!} />
      )}
      {(link.link.talent ?? []).length > 0 && (
        <Notes title={t('chains.talent')} notes={link.link.talent!} />
      )}
      <h4 className="link-detail__title">{t('detail.sources')}</h4>
      <SourceList sources={link.link.sources} />
    </aside>
  );
}

function Firms({
  title,
  firms,
  testId,
  withLocation = false,
}: {
  title: string;
  firms: Enterprise[];
  testId: string;
  withLocation?: boolean;
}) {
  const language = useAppStore((state) => state.language);
  if (firms.length === 0) return null;
  return (
    <>
      <h4 className="link-detail__title">{title}</h4>
      <ul className="entity-list entity-list--inline" data-testid={testId}>
        {firms.map((firm) => (
          <li key={firm.id}>
            {localName(firm, language)}
            {withLocation && firm.location && (
              <span className="entity-list__meta">
                {localText(firm.location, firm.locationEn, language)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function Notes({
  title,
  notes,
}: {
  title: string;
  notes: NonNullable<LinkView['link']['technologies']>;
}) {
  const language = useAppStore((state) => state.language);
  return (
    <>
      <h4 className="link-detail__title">{title}</h4>
      <ul className="link-detail__notes">
        {notes.map((note) => (
          <li key={note.text}>
            {localText(note.text, note.textEn, language)}
            <SourceList sources={note.sources} />
          </li>
        ))}
      </ul>
    </>
  );
}
