/**
 * Rules for industry chains (records/*.json › chains): every id a link names
 * resolves (industries, enterprises, platforms, counties), chain, stage and
 * link ids are unique across geodata/, one chain per industry, and with the
 * seeds, every cited line exists and carries its fact: a link's name or
 * alias, or the name of one of its firms, unless marked context.
 */
import type { Alias, ChainLink, ChainSubLink, Source } from '../schema';
import { citedLine, describe, holdsAny, type SeedLines } from './citation-rules';
import { makeIssue, type Issue } from './issue';
import type { Located, LocatedGeodata } from './located';
import { idRecords } from './reference-rules';

type Chain = LocatedGeodata['chains'][number];

/** One link or sub-link with the path to it inside its chain record. */
interface LinkAt {
  link: ChainLink | ChainSubLink;
  path: string;
}

function linksOf(chain: Chain): LinkAt[] {
  return chain.value.stages.flatMap((stage, stageIndex) =>
    stage.links.flatMap((link, linkIndex) => {
      const path = `stages[${stageIndex}].links[${linkIndex}]`;
      return [
        { link, path },
        ...('links' in link && link.links
          ? link.links.map((sub, subIndex) => ({ link: sub, path: `${path}.links[${subIndex}]` }))
          : []),
      ];
    }),
  );
}

export function checkChains(geodata: LocatedGeodata): Issue[] {
  const issues: Issue[] = [];
  const industries = new Set(geodata.industries.map((entry) => entry.value.id));
  const enterprises = new Set(geodata.enterprises.map((entry) => entry.value.id));
  const features = new Set(geodata.features.map((entry) => entry.value.id));
  const taken = new Set(idRecords(geodata).map((entry) => entry.value.id));
  const seen = new Map<string, string>();
  const chainOfIndustry = new Map<string, string>();
  const unknown = (located: Located<unknown>, field: string, id: string, noun: string) =>
    issues.push(
      makeIssue(
        'chain-reference',
        located,
        field,
        `"${id}" is not ${noun}; expected the id of one in geodata/`,
      ),
    );
  const claim = (located: Located<unknown>, field: string, id: string) => {
    const first = seen.get(id);
    if (first || taken.has(id) || geodata.unparsedIds.has(id)) {
      issues.push(
        makeIssue(
          'duplicate-id',
          located,
          field,
          `"${id}" is already used${first ? ` by ${first}` : ' in geodata/'}; expected ids unique across geodata/`,
        ),
      );
    } else seen.set(id, `${located.file} › ${located.where} › ${field}`);
  };

  for (const chain of geodata.chains) {
    const { value } = chain;
    claim(chain, 'id', value.id);
    if (!industries.has(value.industryId))
      unknown(chain, 'industryId', value.industryId, 'an industry');
    const other = chainOfIndustry.get(value.industryId);
    if (other)
      issues.push(
        makeIssue(
          'chain-industry',
          chain,
          'industryId',
          `industry "${value.industryId}" already has chain ${other}; expected one chain per industry`,
        ),
      );
    else chainOfIndustry.set(value.industryId, value.id);
    value.stages.forEach((stage, index) => claim(chain, `stages[${index}].id`, stage.id));
    for (const { link, path } of linksOf(chain)) {
      claim(chain, `${path}.id`, link.id);
      (link.industryIds ?? []).forEach((id, index) => {
        if (!industries.has(id)) unknown(chain, `${path}.industryIds[${index}]`, id, 'an industry');
      });
      (link.enterpriseIds ?? []).forEach((id, index) => {
        if (!enterprises.has(id))
          unknown(chain, `${path}.enterpriseIds[${index}]`, id, 'an enterprise');
      });
      (link.platformIds ?? []).forEach((id, index) => {
        if (!features.has(id)) unknown(chain, `${path}.platformIds[${index}]`, id, 'a feature');
      });
      (link.countyCodes ?? []).forEach((code, index) => {
        if (!geodata.counties.has(code))
          unknown(chain, `${path}.countyCodes[${index}]`, code, 'a Lishui county code');
      });
    }
  }
  return issues;
}

/** The names a link's cited lines may hold: its own, its aliases, its firms' names and aliases. */
function linkFacts(
  link: ChainLink | ChainSubLink,
  byId: ReadonlyMap<string, LocatedGeodata['enterprises'][number]['value']>,
): string[] {
  const spell = (record: { name: string; aliases?: Alias[] | undefined }) => [
    record.name,
    ...(record.aliases ?? []).map((alias) => alias.name),
  ];
  return [
    ...spell(link),
    ...(link.enterpriseIds ?? []).flatMap((id) => {
      const enterprise = byId.get(id);
      return enterprise ? spell(enterprise) : [];
    }),
  ];
}

export function checkChainCitations(geodata: LocatedGeodata, seeds: SeedLines): Issue[] {
  const issues: Issue[] = [];
  /** The cited lines' texts; fact findings go to `factless` (or straight to issues). */
  const lines = (
    chain: Chain,
    field: string,
    sources: Source[],
    facts: string[],
    factless: Issue[] = issues,
  ): string[] => {
    const texts: string[] = [];
    sources.forEach((source, index) => {
      const line = citedLine(seeds, source);
      if ('problem' in line) {
        issues.push(makeIssue('citation-line', chain, `${field}[${index}]`, line.problem));
        return;
      }
      texts.push(line.text);
      if (facts.length > 0 && !source.context && !holdsAny(line.text, facts))
        factless.push(
          makeIssue(
            'citation-fact',
            chain,
            `${field}[${index}]`,
            `${describe(source)} holds none of ${facts
              .slice(0, 4)
              .map((fact) => `"${fact}"`)
              .join(
                ', ',
              )}; expected the link's name, an alias or one of its firms there, or "context": true`,
          ),
        );
    });
    return texts;
  };
  const firms = new Map(geodata.enterprises.map((entry) => [entry.value.id, entry.value]));
  for (const chain of geodata.chains) {
    lines(chain, 'sources', chain.value.sources, []);
    chain.value.stages.forEach((stage, index) =>
      lines(chain, `stages[${index}].sources`, stage.sources, []),
    );
    for (const { link, path } of linksOf(chain)) {
      const facts = linkFacts(link, firms);
      const factless: Issue[] = [];
      const cited = lines(chain, `${path}.sources`, link.sources, facts, factless);
      const spellings = [link.name, ...(link.aliases ?? []).map((alias) => alias.name)];
      const unnamed = cited.length > 0 && !cited.some((line) => holdsAny(line, spellings));
      // When no cited line holds anything of the link, the name message says so once.
      if (!unnamed || factless.length < cited.length) issues.push(...factless);
      if (unnamed)
        issues.push(
          makeIssue(
            'citation-text',
            chain,
            `${path}.name`,
            `${spellings.map((name) => `"${name}"`).join(' or ')} occurs in none of the cited lines (${link.sources.map(describe).join(', ')}); expected it in at least one`,
          ),
        );
      (link.aliases ?? []).forEach((alias, index) => {
        const line = citedLine(seeds, alias);
        if ('problem' in line)
          issues.push(makeIssue('citation-line', chain, `${path}.aliases[${index}]`, line.problem));
        else if (!holdsAny(line.text, [alias.name]))
          issues.push(
            makeIssue(
              'citation-alias',
              chain,
              `${path}.aliases[${index}]`,
              `"${alias.name}" does not occur at ${describe(alias)}; expected the alias as that line writes it`,
            ),
          );
      });
      if (link.verdict) lines(chain, `${path}.verdict.sources`, link.verdict.sources, spellings);
      link.technologies?.forEach((note, index) =>
        lines(chain, `${path}.technologies[${index}].sources`, note.sources, []),
      );
      link.talent?.forEach((note, index) =>
        lines(chain, `${path}.talent[${index}].sources`, note.sources, []),
      );
    }
  }
  return issues;
}
