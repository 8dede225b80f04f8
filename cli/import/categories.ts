// Finds the job-board category in GET /categories.json?include_subcategories=true.

export interface CategoryNode {
  id: number;
  slug: string;
  name?: string;
  subcategory_list?: CategoryNode[];
}

/** The id of `slug`, or of `parent/child`; null when none or several match. */
export function findCategoryId(
  roots: CategoryNode[] | undefined,
  slug: string
): number | null {
  const [first, second] = slug.split("/");
  const flat = (
    nodes: CategoryNode[],
    parent: string | null
  ): Array<[string | null, CategoryNode]> =>
    nodes.flatMap((node) => [
      [parent, node] as [string | null, CategoryNode],
      ...flat(node.subcategory_list ?? [], node.slug),
    ]);
  const matches = flat(roots ?? [], null).filter(([parent, node]) =>
    second === undefined
      ? node.slug === first
      : parent === first && node.slug === second
  );
  return matches.length === 1 ? matches[0][1].id : null;
}

/** Every category as `slug (name)`, subcategories as `parent/child (name)`. */
export function categoryNames(nodes: CategoryNode[], parent = ""): string[] {
  return nodes.flatMap((node) => [
    `${parent}${node.slug}${node.name ? ` (${node.name})` : ""}`,
    ...categoryNames(node.subcategory_list ?? [], `${parent}${node.slug}/`),
  ]);
}
