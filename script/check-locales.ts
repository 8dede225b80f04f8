// Keeps French and English translations complete: Discourse falls back to
// English silently, so a missing French key would only be noticed by users.
//
//   node --import tsx script/check-locales.ts [plugin-root]
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { localeKeys } from "./lib/locale-keys.ts";

export const LOCALE_DIR = "config/locales";
// Every pair is compared both ways; English is the reference Discourse falls back to.
export const LOCALE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["client.fr.yml", "client.en.yml"],
  ["server.fr.yml", "server.en.yml"],
];

/** Contents of one locale file; null when the file does not exist. */
export type LocaleSources = Record<string, string | null>;

export interface LocaleReport {
  problems: string[];
  /** Number of keys per checked file name, for the success line. */
  keyCounts: Record<string, number>;
}

function localeOf(fileName: string): string {
  // client.fr.yml -> fr
  return fileName.split(".").at(-2) ?? "";
}

function missingKeys(
  from: Set<string>,
  reference: Set<string>,
  label: string,
  referenceName: string
): string[] {
  return [...reference]
    .filter((key) => !from.has(key))
    .sort()
    .map((key) => `${label}: missing ${key} (present in ${referenceName})`);
}

function parseLocale(
  fileName: string,
  sources: LocaleSources,
  report: LocaleReport
): { label: string; keys: Set<string> } {
  const label = `${LOCALE_DIR}/${fileName}`;
  const result = localeKeys(
    label,
    sources[fileName] ?? null,
    localeOf(fileName)
  );
  report.problems.push(...result.problems);
  report.keyCounts[fileName] = result.keys.size;
  return { label, keys: result.keys };
}

/**
 * Pure comparison of locale file contents, keyed by file name
 * (`client.fr.yml`). Returns every problem; an empty list means success.
 */
export function compareLocales(sources: LocaleSources): LocaleReport {
  const report: LocaleReport = { problems: [], keyCounts: {} };
  for (const [firstName, secondName] of LOCALE_PAIRS) {
    const first = parseLocale(firstName, sources, report);
    const second = parseLocale(secondName, sources, report);
    // A missing or broken file is already reported; listing all its keys as
    // missing would bury that message.
    if (first.keys.size === 0 || second.keys.size === 0) {
      continue;
    }
    report.problems.push(
      ...missingKeys(first.keys, second.keys, first.label, secondName),
      ...missingKeys(second.keys, first.keys, second.label, firstName)
    );
  }
  return report;
}

/** Reads the locale files of the plugin at `root` and compares them. */
export function checkLocales(root: string): LocaleReport {
  const sources: LocaleSources = {};
  for (const fileName of LOCALE_PAIRS.flat()) {
    const path = join(root, LOCALE_DIR, fileName);
    sources[fileName] = existsSync(path) ? readFileSync(path, "utf8") : null;
  }
  return compareLocales(sources);
}

function main(): void {
  const root = process.argv[2] ?? process.cwd();
  const { problems, keyCounts } = checkLocales(root);
  for (const problem of problems) {
    console.error(problem);
  }
  if (problems.length > 0) {
    console.error(`check-locales: ${problems.length} problem(s)`);
    process.exitCode = 1;
    return;
  }
  const counts = Object.entries(keyCounts)
    .map(([fileName, count]) => `${fileName} ${count}`)
    .join(", ");
  console.log(`check-locales: OK (keys: ${counts})`);
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  main();
}
