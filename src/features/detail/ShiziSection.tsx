import { useAppData, useAppStore } from '@/state/store-context';
import { useT } from '@/i18n/use-t';
import type { ShiziPattern } from '@/data/sites/detail-model';
import { Section } from '@/components/Section';
import { SourceList } from '@/components/SourceList';
import { localName, localText } from '@/lib/names';
import { LocalText } from '@/components/LocalText';
import { FeatureLink } from './detail-parts';

/**
 * The "十子连珠" on the corridor they are strung along: the inferred members,
 * then every open candidate with its county, why it is one, and its lines.
 */
export function ShiziSection({ pattern }: { pattern: ShiziPattern }) {
  const t = useT();
  const data = useAppData();
  const language = useAppStore((state) => state.language);
  return (
    <Section title={t('detail.shiziTitle')} testId="detail-shizi">
      <p className="muted">{localText(pattern.note, pattern.noteEn, language)}</p>
      <h4 className="detail-platforms__kind">
        {t('detail.shiziMembers', { count: pattern.members.length })}
      </h4>
      <ul className="entity-list">
        {pattern.members.map((member) => (
          <li key={member.properties.id} data-testid="shizi-member">
            <FeatureLink featureId={member.properties.id} record={member.properties} />
          </li>
        ))}
      </ul>
      <h4 className="detail-platforms__kind">
        {t('detail.shiziCandidates', { count: pattern.candidates.length })}
      </h4>
      <ul className="entity-list entity-list--spaced">
        {pattern.candidates.map((candidate) => {
          const feature = candidate.featureId ? data.featureById.get(candidate.featureId) : null;
          const county = candidate.countyCode ? data.countyByCode.get(candidate.countyCode) : null;
          return (
            <li key={candidate.name} data-testid="shizi-candidate">
              {feature ? (
                <FeatureLink featureId={feature.properties.id} record={feature.properties} />
              ) : (
                <span>
                  <LocalText zh={candidate.name} />
                </span>
              )}
              {county && (
                <span className="entity-list__meta">{localName(county.properties, language)}</span>
              )}
              <p className="detail-candidate__reason">
                {localText(candidate.reason, candidate.reasonEn, language)}
              </p>
              <SourceList sources={candidate.sources} />
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
