import type { Translate } from '@/i18n';
import { formatArea, formatLength, formatHectares } from '@/i18n/format';
import type { Language } from '@/i18n/language';
import { localName, localText } from '@/lib/names';
import type { SiteSummary } from '@/data/sites/site-model';

export interface DossierFact {
  label: string;
  value: string;
  testId: string;
}

/** The key figures beside the map: where the site is, what contains it, how large it is. */
export function dossierFacts(
  site: SiteSummary,
  countyName: string | null,
  language: Language,
  t: Translate,
): DossierFact[] {
  const facts: DossierFact[] = [];
  const measure = site.measure;
  // A county's own page needs no "county" line naming itself.
  if (countyName && site.kind === 'feature')
    facts.push({ label: t('dossier.county'), value: countyName, testId: 'dossier-county' });
  if (site.hostCity)
    facts.push({
      label: t('dossier.hostCity'),
      value: localText(site.hostCity, site.hostCityEn ?? undefined, language),
      testId: 'dossier-host',
    });
  if (site.parent)
    facts.push({
      label: t('dossier.parent'),
      value: localName(site.parent, language),
      testId: 'dossier-parent',
    });
  if (measure?.kind === 'area')
    facts.push({
      label: site.schematic ? t('dossier.areaSchematic') : t('dossier.area'),
      value: formatArea(measure.km2, language),
      testId: 'dossier-area',
    });
  if (measure?.kind === 'length')
    facts.push({
      label: t('dossier.lengthSchematic'),
      value: formatLength(measure.km, language),
      testId: 'dossier-length',
    });
  if (site.statedAreaHa !== null)
    facts.push({
      label: t('dossier.statedArea'),
      value: formatHectares(site.statedAreaHa, language),
      testId: 'dossier-stated-area',
    });
  return facts;
}
