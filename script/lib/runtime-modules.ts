// Reads script/discourse-runtime-modules.txt: the bare module names that
// Discourse registers at run time and so the only ones plugin code may import.

export interface RuntimeModules {
  exact: ReadonlySet<string>;
  /** Entries ending in "/": any module below them is provided. */
  prefixes: readonly string[];
}

/** Parses the list: one name a line, `#` comments, a trailing `/` for a prefix. */
export function parseRuntimeModules(text: string): RuntimeModules {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) {
      continue;
    }
    if (line.endsWith("/")) {
      prefixes.push(line);
    } else {
      exact.add(line);
    }
  }
  return { exact, prefixes };
}

export function isProvidedAtRuntime(
  specifier: string,
  modules: RuntimeModules
): boolean {
  return (
    modules.exact.has(specifier) ||
    modules.prefixes.some((prefix) => specifier.startsWith(prefix))
  );
}
