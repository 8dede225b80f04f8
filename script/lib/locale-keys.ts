import yaml from "js-yaml";

// CLDR plural categories. Rails/Discourse pick the form per language, so a French
// group may carry `many` where English has none: only `one` and `other` are
// required on both sides.
const PLURAL_FORMS = new Set(["zero", "one", "two", "few", "many", "other"]);
const REQUIRED_PLURAL_FORMS = new Set(["one", "other"]);

export interface LocaleKeys {
  /** Key paths below the root locale key, e.g. `js.discourse_job_board.title`. */
  keys: Set<string>;
  /** Problems found in this file alone (parse error, wrong root, empty leaf). */
  problems: string[];
}

type YamlValue = unknown;

function isMapping(value: YamlValue): value is Record<string, YamlValue> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPluralGroup(value: Record<string, YamlValue>): boolean {
  const forms = Object.keys(value);
  return (
    forms.includes("other") && forms.every((form) => PLURAL_FORMS.has(form))
  );
}

function isEmptyLeaf(value: YamlValue): boolean {
  if (value === null || value === undefined) {
    return true;
  }
  if (typeof value === "string") {
    return value.trim() === "";
  }
  if (Array.isArray(value)) {
    return value.length === 0;
  }
  return false;
}

function collect(
  value: YamlValue,
  path: string,
  into: LocaleKeys,
  label: string
): void {
  if (isMapping(value) && Object.keys(value).length > 0) {
    const plural = isPluralGroup(value);
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      // Optional plural forms are still checked for emptiness, but they are
      // not keys the other language must have.
      if (plural && !REQUIRED_PLURAL_FORMS.has(key)) {
        if (isEmptyLeaf(child)) {
          into.problems.push(`${label}: empty value at ${childPath}`);
        }
        continue;
      }
      collect(child, childPath, into, label);
    }
    return;
  }
  if (isMapping(value) || isEmptyLeaf(value)) {
    into.problems.push(`${label}: empty value at ${path || "(root)"}`);
  }
  if (path) {
    into.keys.add(path);
  }
}

/**
 * Parses one locale file and lists its key paths. Pure: the caller reads the
 * file, so tests and the CLI share the same logic.
 * `source` is null when the file does not exist.
 */
export function localeKeys(
  label: string,
  source: string | null,
  locale: string
): LocaleKeys {
  const result: LocaleKeys = { keys: new Set(), problems: [] };
  if (source === null) {
    result.problems.push(`${label}: file is missing`);
    return result;
  }
  let document: YamlValue;
  try {
    document = yaml.load(source, { filename: label });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const line = error.mark ? error.mark.line + 1 : "?";
      result.problems.push(
        `${label}:${line}: does not parse as YAML: ${error.reason}`
      );
      return result;
    }
    throw error;
  }
  const rootKeys = isMapping(document) ? Object.keys(document) : [];
  if (!isMapping(document) || rootKeys.length !== 1 || rootKeys[0] !== locale) {
    const found = rootKeys.length ? rootKeys.join(", ") : "none";
    result.problems.push(
      `${label}: root key must be "${locale}:" alone (found: ${found})`
    );
    return result;
  }
  collect(document[locale], "", result, label);
  return result;
}
