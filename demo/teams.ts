// Teams as people know them. beta.gouv.fr's posting files name their
// start-up by its slug (`startup: aplus`); the start-up's public name
// (« Administration+ ») comes from beta.gouv.fr's own start-up files, kept
// here as a table (beta-gouv-startups.tsv: slug, name, incubator, from the
// public repository's content/_startups/). A team that is not a known slug,
// such as the Incubateur's « Aidants Connect », is already a name.

/** Slug → public name, from the table's text (a header line, then tab-separated rows). */
export function startupNames(tsv: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of tsv.split(/\r?\n/).slice(1)) {
    const [slug, name] = line.split("\t");
    if (slug && name?.trim()) {
      names.set(slug.trim(), name.trim());
    }
  }
  return names;
}

/** The team's public name when it is a start-up's slug; the team as it is otherwise. */
export function teamName(
  team: string | null,
  names: ReadonlyMap<string, string>
): string | null {
  return team === null ? null : (names.get(team.trim()) ?? team);
}
