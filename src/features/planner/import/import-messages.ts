/** Plain-words messages for import problems, with where each problem is. */
import type { MessageKey, Translate } from '@/i18n';
import type { ImportProblem, ImportProblemCode } from '@/data/planner/import-problem';

const KEY: Record<ImportProblemCode, MessageKey> = {
  'empty-file': 'planner.import.problem.emptyFile',
  'too-large': 'planner.import.problem.tooLarge',
  binary: 'planner.import.problem.binary',
  'unknown-format': 'planner.import.problem.unknownFormat',
  'not-json': 'planner.import.problem.notJson',
  'not-geojson': 'planner.import.problem.notGeojson',
  structure: 'planner.import.problem.structure',
  'not-object': 'planner.import.problem.notObject',
  'missing-geometry': 'planner.import.problem.missingGeometry',
  'bad-properties': 'planner.import.problem.badProperties',
  'coordinate-range': 'planner.import.problem.coordinateRange',
  'ring-closed': 'planner.import.problem.ringClosed',
  'self-intersection': 'planner.import.problem.selfIntersection',
  'too-many-vertices': 'planner.import.problem.tooManyVertices',
  'too-many-features': 'planner.import.problem.tooManyFeatures',
  'no-features': 'planner.import.problem.noFeatures',
  'xml-malformed': 'planner.import.problem.xmlMalformed',
  'table-no-columns': 'planner.import.problem.tableNoColumns',
  'table-bad-row': 'planner.import.problem.tableBadRow',
  'spreadsheet-unreadable': 'planner.import.problem.spreadsheetUnreadable',
  timeout: 'planner.import.problem.timeout',
  'worker-failed': 'planner.import.problem.workerFailed',
};

/** "Feature 3, geometry.coordinates[0]: …" in the current language. */
export function describeImportProblem(problem: ImportProblem, t: Translate): string {
  const where: string[] = [];
  if (problem.featureIndex !== undefined)
    where.push(t('planner.import.where.feature', { index: problem.featureIndex + 1 }));
  if (problem.row !== undefined) where.push(t('planner.import.where.row', { row: problem.row }));
  if (problem.field) where.push(t('planner.import.where.field', { field: problem.field }));
  const message = t(KEY[problem.code], { detail: problem.detail ?? '' });
  return where.length > 0
    ? `${where.join(t('planner.import.where.separator'))}: ${message}`
    : message;
}
