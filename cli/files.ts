// Finds the posting files named on the command line.
//
// A file named explicitly is always read, whatever its name: the user asked
// for it. Inside a folder (walked recursively, in code-point order so every
// run and machine sees the same order) we take `.md` and `.markdown` files,
// and also files with no extension whose content starts with `---`, because
// real posting folders hold some (« Product Designer - User research - UX UI »).
// Hidden entries and node_modules are skipped: they are never postings and
// the import journal itself is a dot file.

import {
  closeSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from "node:fs";
import { extname, join, resolve } from "node:path";

export interface FoundFile {
  /** The path as given, or as found under a given folder. */
  path: string;
  /** The folder the file was found from (the file's own folder when named explicitly). */
  root: string;
}

const MARKDOWN_EXTENSIONS = new Set([".md", ".markdown"]);

/** Whether a file without extension looks like a posting: it opens with `---`. */
function startsWithFrontMatter(path: string): boolean {
  const buffer = Buffer.alloc(8);
  let descriptor: number | null = null;
  try {
    descriptor = openSync(path, "r");
    const length = readSync(descriptor, buffer, 0, buffer.length, 0);
    return /^(\uFEFF)?---/.test(buffer.subarray(0, length).toString("utf8"));
  } catch {
    return false;
  } finally {
    if (descriptor !== null) {
      closeSync(descriptor);
    }
  }
}

function isPostingName(path: string): boolean {
  const extension = extname(path).toLowerCase();
  if (MARKDOWN_EXTENSIONS.has(extension)) {
    return true;
  }
  // « 2021-09-07-charge-e.de.communication » has no real extension either:
  // anything that is not a short word after the last dot counts as none.
  const looksExtensionless =
    extension === "" || !/^\.[a-z0-9]{1,5}$/i.test(extension);
  return looksExtensionless && startsWithFrontMatter(path);
}

function walk(
  folder: string,
  root: string,
  seen: Set<string>,
  found: FoundFile[]
): void {
  const real = realpathSync(folder);
  if (seen.has(real)) {
    return; // a symbolic link back up the tree
  }
  seen.add(real);
  const names = readdirSync(folder).sort();
  for (const name of names) {
    if (name.startsWith(".") || name === "node_modules") {
      continue;
    }
    const path = join(folder, name);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      continue; // a dangling link is not a posting
    }
    if (stats.isDirectory()) {
      walk(path, root, seen, found);
    } else if (stats.isFile() && isPostingName(path)) {
      found.push({ path, root });
    }
  }
}

export class MissingPathError extends Error {
  constructor(readonly path: string) {
    super(`No such file or folder: ${path}`);
  }
}

/** Every posting file under the given paths, each once, in a stable order. */
export function findPostingFiles(paths: string[]): FoundFile[] {
  const found: FoundFile[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    let stats;
    try {
      stats = statSync(given);
    } catch {
      throw new MissingPathError(given);
    }
    if (stats.isDirectory()) {
      walk(given, given, seen, found);
    } else {
      found.push({ path: given, root: resolve(given, "..") });
    }
  }
  const unique = new Map<string, FoundFile>();
  for (const file of found) {
    const key = resolve(file.path);
    if (!unique.has(key)) {
      unique.set(key, file);
    }
  }
  return [...unique.values()];
}
