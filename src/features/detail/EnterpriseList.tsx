import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import type { Enterprise } from '@/data/schema';
import { localName, localText } from '@/lib/names';
import { linksOfEnterprise } from '@/data/chains/chain-model';
import { Collapsible } from './detail-parts';
import { useDetailActions } from './use-detail-actions';

/**
 * Firms with where they are and their first industry; a placed local firm links to its
 * site. A firm whose presence the plans only hope for says so.
 */
export function EnterpriseList({
  enterprises,
  testId,
}: {
  enterprises: Enterprise[];
  testId: string;
}) {
  return (
    <ul className="entity-list" data-testid={testId}>
      <Collapsible
        items={enterprises}
        render={(enterprise) => <EnterpriseItem key={enterprise.id} enterprise={enterprise} />}
      />
    </ul>
  );
}

function EnterpriseItem({ enterprise }: { enterprise: Enterprise }) {
  const language = useAppStore((state) => state.language);
  const t = useT();
  const actions = useDetailActions();
  const data = useAppData();
  const linked = enterprise.kind === 'local' && (enterprise.featureId || enterprise.countyCode);
  const showChain = useAppStore((state) => state.showChain);
  const links = linksOfEnterprise(data, enterprise.id);
  const industry = enterprise.industryIds[0]
    ? data.industryById.get(enterprise.industryIds[0])
    : undefined;
  return (
    <li data-testid="enterprise-item" data-enterprise-id={enterprise.id}>
      {linked ? (
        <button
          type="button"
          className="link-button"
          onClick={() => actions.selectEnterprise(enterprise)}
        >
          {localName(enterprise, language)}
        </button>
      ) : (
        <span>{localName(enterprise, language)}</span>
      )}
      {(industry || enterprise.location || enterprise.presence) && (
        <span className="entity-list__meta">
          {[
            enterprise.presence === 'planned' ? t('detail.presencePlanned') : null,
            enterprise.location
              ? localText(enterprise.location, enterprise.locationEn, language)
              : null,
            industry ? localName(industry, language) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      )}
      {links.slice(0, 2).map(({ chain, link }) => (
        <button
          key={link.id}
          type="button"
          className="chip chip--chain"
          data-testid="enterprise-chain-link"
          data-link-id={link.id}
          aria-label={t('detail.chainOpenLabel', { name: localName(chain, language) })}
          onClick={() => showChain(chain.industryId, link.id)}
        >
          {t('detail.chainOpen')} · {localName(link, language)}
        </button>
      ))}
    </li>
  );
}
