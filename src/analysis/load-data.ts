// Loads the editable data in content/ (topics, country aliases, gazetteer,
// organizations, routes) and builds the indexes extraction uses, once per build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentData } from '../schemas/content-data.ts';
import { routesFile } from '../schemas/routes.ts';
import { countryAliasesFile, gazetteerFile } from '../schemas/gazetteer.ts';
import { createCountryIndex } from './extract/countries.ts';
import { buildOrgIndex, parseOrganizations } from './extract/org-index.ts';
import { createGazetteer, loadCities } from './extract/places.ts';
import { parseTopic } from './load-topics.ts';
import type { BriefingData } from './model.ts';

const read = (path: string): string => (existsSync(path) ? readFileSync(path, 'utf8') : '');

export function loadBriefingData(contentDir: string): BriefingData {
  const topicsDir = join(contentDir, 'topics');
  const topics = (existsSync(topicsDir) ? readdirSync(topicsDir) : [])
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => parseTopic(join(topicsDir, name), readFileSync(join(topicsDir, name), 'utf8')))
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const countriesPath = join(contentDir, 'countries.yaml');
  const gazetteerPath = join(contentDir, 'gazetteer.yaml');
  const countryIndex = createCountryIndex(parseContentData(countriesPath, read(countriesPath), countryAliasesFile));
  const gazetteer = createGazetteer({
    cities: loadCities(),
    gazetteer: parseContentData(gazetteerPath, read(gazetteerPath), gazetteerFile),
    countryIndex,
  });
  const organizationsPath = join(contentDir, 'organizations.yaml');
  const organizations = buildOrgIndex(parseOrganizations(organizationsPath, read(organizationsPath)));
  const routesPath = join(contentDir, 'routes.yaml');
  const routes = parseContentData(routesPath, read(routesPath), routesFile);
  return { topics, countryIndex, gazetteer, organizations, routes };
}

