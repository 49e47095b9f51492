/** A target's scope named in a language, for the targets view and the table exports. */
import type { AppData } from './model';
import type { Target } from './schema';
import type { Language } from '@/i18n/language';

/** The scope's name in the given language; `cityName` names the city scope. */
export function scopeName(
  data: AppData,
  scope: Target['scope'],
  language: Language,
  cityName: string,
): string {
  const pick = (record: { name: string; nameEn: string } | undefined) =>
    record ? (language === 'zh' ? record.name : record.nameEn) : scope.id;
  switch (scope.kind) {
    case 'feature':
      return pick(data.featureById.get(scope.id)?.properties);
    case 'county':
      return pick(data.countyByCode.get(scope.id)?.properties);
    case 'industry':
      return pick(data.industryById.get(scope.id));
    case 'city':
      return cityName;
  }
}
