/**
 * Every fact cites { seed, line }: the line must exist in the seed document.
 * A citation carries its fact: every cited line holds the record's name, one
 * of its aliases (other spellings, each checked at its own line), one of its
 * numbers (a target's value, baseline or year, a stated area in ha, km² or
 * mu) or another stated fact (a host city, a firm's location), unless it is
 * marked "context": true. Besides, at least one cited line holds the name (or
 * an alias) and, for targets, the value (or its words) and the baseline.
 * Comparison ignores whitespace and thousands separators ("1,200" = "1200").
 * Places carry no sources: their names are gazetteer names the plans may not use.
 */
import type { Alias, Source } from '../schema';
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

export const describe = (source: Source): string => `${source.seed}:${source.line}`;

interface Cited {
  located: Located<unknown>;
  /** Path of the sources array, e.g. "properties.sources" or "members[2].sources". */
  sourcesField: string;
  sources: Source[];
  /** Texts of which each must occur in at least one cited line, with the field they come from. */
  texts: Array<{ field: string; options: string[] }>;
  /**
   * What every cited line that is not marked context must hold one of: the
   * record's name, its aliases, its numbers or its other stated facts. Empty
   * when a record has no name (defects, county profiles).
   */
  facts: string[];
  /** Path of the aliases array and the aliases, each checked at its own line. */
  aliasesField?: string;
  aliases?: Alias[];
}

const numbers = (...values: Array<number | null | undefined>): string[] =>
  values.filter((value): value is number => typeof value === 'number').map(String);

/** A stated area in the units the plans write it: hectares, km² or mu (亩). */
const areaForms = (hectares: number | undefined): string[] =>
  hectares === undefined
    ? []
    : numbers(hectares, Number((hectares / 100).toFixed(4)), Math.round(hectares * 15));

function citedRecords(geodata: LocatedGeodata): Cited[] {
  const cited: Cited[] = [];
  const spellings = (name: string, aliases: Alias[] | undefined) => [
    name,
    ...(aliases ?? []).map((alias) => alias.name),
  ];
  for (const feature of geodata.features) {
    const { name, aliases, statedAreaHa, hostCity } = feature.value;
    cited.push({
      located: feature,
      sourcesField: 'properties.sources',
      sources: feature.value.sources,
      texts: [{ field: 'properties.name', options: spellings(name, aliases) }],
      facts: [
        ...spellings(name, aliases),
        ...areaForms(statedAreaHa),
        ...(hostCity ? [hostCity] : []),
      ],
      aliasesField: 'properties.aliases',
      aliases,
    });
  }
  for (const entry of [...geodata.industries, ...geodata.actions]) {
    const { name, aliases } = entry.value;
    cited.push({
      located: entry,
      sourcesField: 'sources',
      sources: entry.value.sources,
      texts: [{ field: 'name', options: spellings(name, aliases) }],
      facts: spellings(name, aliases),
      aliasesField: 'aliases',
      aliases,
    });
  }
  for (const entry of geodata.enterprises) {
    const { name, aliases, location } = entry.value;
    cited.push({
      located: entry,
      sourcesField: 'sources',
      sources: entry.value.sources,
      texts: [{ field: 'name', options: spellings(name, aliases) }],
      facts: [...spellings(name, aliases), ...(location ? [location] : [])],
      aliasesField: 'aliases',
      aliases,
    });
  }
  for (const target of geodata.targets) {
    const { value, valueText, baselineValue, indicator, year, baselineYear } = target.value;
    const texts: Cited['texts'] = [];
    const options = [...numbers(value), ...(valueText ? [valueText] : [])];
    if (options.length > 0) texts.push({ field: value === null ? 'valueText' : 'value', options });
    if (baselineValue !== undefined)
      texts.push({ field: 'baselineValue', options: numbers(baselineValue) });
    cited.push({
      located: target,
      sourcesField: 'sources',
      sources: target.value.sources,
      texts,
      facts: [indicator, ...options, ...numbers(baselineValue, year, baselineYear)],
    });
  }
  for (const entry of [...geodata.defects, ...geodata.countyProfiles]) {
    cited.push({
      located: entry,
      sourcesField: 'sources',
      sources: entry.value.sources,
      texts: [],
      facts: [],
    });
  }
  if (geodata.shizi) {
    const shizi = geodata.shizi;
    cited.push({
      located: shizi,
      sourcesField: 'sources',
      sources: shizi.value.sources,
      texts: [],
      facts: [],
    });
    shizi.value.members.forEach((member, index) => {
      cited.push({
        located: shizi,
        sourcesField: `members[${index}].sources`,
        sources: member.sources,
        texts: [],
        facts: [],
      });
    });
    (shizi.value.candidates ?? []).forEach((candidate, index) => {
      const options = [candidate.name, ...(candidate.asWritten ? [candidate.asWritten] : [])];
      cited.push({
        located: shizi,
        sourcesField: `candidates[${index}].sources`,
        sources: candidate.sources,
        texts: [{ field: `candidates[${index}].name`, options }],
        facts: options,
      });
    });
  }
  return cited;
}

/** The normalised text of a cited line, or the issue that says why there is none. */
export function citedLine(
  seeds: SeedLines,
  reference: { seed: string; line: number },
): { text: string } | { problem: string } {
  const document = seeds[reference.seed];
  if (!document)
    return {
      problem: `seed ${reference.seed} is not in the seeds folder; expected one of ${Object.keys(seeds).join(', ')}`,
    };
  if (reference.line > document.length)
    return {
      problem: `line ${reference.line} does not exist; expected 1..${document.length} (${reference.seed})`,
    };
  return { text: normaliseForCitation(document[reference.line - 1]!) };
}

export const holdsAny = (line: string, options: string[]): boolean =>
  options.some((option) => {
    const needle = normaliseForCitation(option);
    return needle !== '' && line.includes(needle);
  });

const quoteList = (options: string[], limit = 4): string =>
  options
    .slice(0, limit)
    .map((option) => `"${option}"`)
    .join(', ') + (options.length > limit ? ', …' : '');

export function checkCitations(geodata: LocatedGeodata, seeds: SeedLines): Issue[] {
  const issues: Issue[] = [];
  for (const record of citedRecords(geodata)) {
    const { located, sourcesField, sources, texts, facts } = record;
    const lines: string[] = [];
    const factless: Issue[] = [];
    sources.forEach((source, index) => {
      const field = `${sourcesField}[${index}]`;
      const line = citedLine(seeds, source);
      if ('problem' in line) {
        issues.push(makeIssue('citation-line', located, field, line.problem));
        return;
      }
      lines.push(line.text);
      if (facts.length > 0 && !source.context && !holdsAny(line.text, facts)) {
        factless.push(
          makeIssue(
            'citation-fact',
            located,
            field,
            `${describe(source)} holds none of ${quoteList(facts)}; expected the record's name, an alias or one of its numbers there, or "context": true on a line cited for context only`,
          ),
        );
      }
    });
    (record.aliases ?? []).forEach((alias, index) => {
      const field = `${record.aliasesField}[${index}]`;
      const line = citedLine(seeds, alias);
      if ('problem' in line) issues.push(makeIssue('citation-line', located, field, line.problem));
      else if (!holdsAny(line.text, [alias.name]))
        issues.push(
          makeIssue(
            'citation-alias',
            located,
            field,
            `"${alias.name}" does not occur at ${describe(alias)}; expected the alias as that line writes it`,
          ),
        );
    });
    if (lines.length === 0) continue;
    const missing = texts.filter(({ options }) => !lines.some((line) => holdsAny(line, options)));
    for (const { field, options } of missing) {
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
    // When no cited line holds anything of the record, the message above says so once.
    if (missing.length === 0 || factless.length < lines.length) issues.push(...factless);
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
