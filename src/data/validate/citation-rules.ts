/**
 * Every fact cites { seed, line }: the line must exist in the seed document
 * and, for named records, hold the name; for targets, the value (or its
 * words) and the baseline. At least one cited line must hold the text, since
 * the other lines may give context (a table header, a year). Comparison
 * ignores whitespace and thousands separators ("1,200" = "1200").
 * Places carry no sources: their names are gazetteer names the plans may not use.
 */
import type { Source } from '../schema';
import { makeIssue, type Issue } from './issue';
import type { Located, LocatedGeodata } from './located';

/** Lines of each seed document: element 0 is line 1. */
export type SeedLines = Record<string, readonly string[]>;

/** Splits a document into 1-based-addressable lines (a final newline ends the last line). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Removes whitespace and the commas of thousands separators. */
export function normaliseForCitation(text: string): string {
  return text.replace(/(?<=\d),(?=\d{3}(?!\d))/g, '').replace(/\s+/g, '');
}

const describe = (source: Source): string => `${source.seed}:${source.line}`;

interface Cited {
  located: Located<unknown>;
  /** Path of the sources array, e.g. "properties.sources" or "members[2].sources". */
  sourcesField: string;
  sources: Source[];
  /** Texts of which each must occur in at least one cited line, with the field they come from. */
  texts: Array<{ field: string; options: string[] }>;
}

function citedRecords(geodata: LocatedGeodata): Cited[] {
  const cited: Cited[] = [];
  const named = (field: string, name: string) => [{ field, options: [name] }];
  for (const feature of geodata.features) {
    cited.push({
      located: feature,
      sourcesField: 'properties.sources',
      sources: feature.value.sources,
      texts: named('properties.name', feature.value.name),
    });
  }
  for (const entry of [...geodata.industries, ...geodata.enterprises, ...geodata.actions]) {
    cited.push({
      located: entry,
      sourcesField: 'sources',
      sources: entry.value.sources,
      texts: named('name', entry.value.name),
    });
  }
  for (const target of geodata.targets) {
    const { value, valueText, baselineValue } = target.value;
    const texts: Cited['texts'] = [];
    const options = [...(value === null ? [] : [String(value)]), ...(valueText ? [valueText] : [])];
    if (options.length > 0) texts.push({ field: value === null ? 'valueText' : 'value', options });
    if (baselineValue !== undefined)
      texts.push({ field: 'baselineValue', options: [String(baselineValue)] });
    cited.push({ located: target, sourcesField: 'sources', sources: target.value.sources, texts });
  }
  for (const entry of [...geodata.defects, ...geodata.countyProfiles]) {
    cited.push({
      located: entry,
      sourcesField: 'sources',
      sources: entry.value.sources,
      texts: [],
    });
  }
  if (geodata.shizi) {
    const shizi = geodata.shizi;
    cited.push({
      located: shizi,
      sourcesField: 'sources',
      sources: shizi.value.sources,
      texts: [],
    });
    shizi.value.members.forEach((member, index) => {
      cited.push({
        located: shizi,
        sourcesField: `members[${index}].sources`,
        sources: member.sources,
        texts: [],
      });
    });
    (shizi.value.candidates ?? []).forEach((candidate, index) => {
      cited.push({
        located: shizi,
        sourcesField: `candidates[${index}].sources`,
        sources: candidate.sources,
        texts: [
          {
            field: `candidates[${index}].name`,
            options: [candidate.name, ...(candidate.asWritten ? [candidate.asWritten] : [])],
          },
        ],
      });
    });
  }
  return cited;
}

export function checkCitations(geodata: LocatedGeodata, seeds: SeedLines): Issue[] {
  const issues: Issue[] = [];
  for (const { located, sourcesField, sources, texts } of citedRecords(geodata)) {
    const lines: string[] = [];
    sources.forEach((source, index) => {
      const document = seeds[source.seed];
      const field = `${sourcesField}[${index}]`;
      if (!document) {
        issues.push(
          makeIssue(
            'citation-line',
            located,
            field,
            `seed ${source.seed} is not in the seeds folder; expected one of ${Object.keys(seeds).join(', ')}`,
          ),
        );
      } else if (source.line > document.length) {
        issues.push(
          makeIssue(
            'citation-line',
            located,
            field,
            `line ${source.line} does not exist; expected 1..${document.length} (${source.seed})`,
          ),
        );
      } else {
        lines.push(normaliseForCitation(document[source.line - 1]!));
      }
    });
    if (lines.length === 0) continue;
    for (const { field, options } of texts) {
      const found = options.some((option) => {
        const needle = normaliseForCitation(option);
        return needle !== '' && lines.some((line) => line.includes(needle));
      });
      if (!found) {
        const wanted = options.map((option) => `"${option}"`).join(' or ');
        issues.push(
          makeIssue(
            'citation-text',
            located,
            field,
            `${wanted} occurs in none of the cited lines (${sources.map(describe).join(', ')}); expected it in at least one`,
          ),
        );
      }
    }
  }
  if (geodata.documents) {
    for (const [seed, document] of Object.entries(geodata.documents.value)) {
      const lines = seeds[seed];
      if (lines && document.titleLine > lines.length) {
        issues.push(
          makeIssue(
            'citation-line',
            geodata.documents,
            `${seed}.titleLine`,
            `line ${document.titleLine} does not exist; expected 1..${lines.length}`,
          ),
        );
      }
    }
  }
  return issues;
}
