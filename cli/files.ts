// Finds the posting files named on the command line, and accounts for
// every other file under the folders given.
//
// A file named explicitly is always read, whatever its name: the user asked
// for it. Inside a folder (walked recursively, in code-point order so every
// run and machine sees the same order) we read `.md` and `.markdown` files,
// every file whose content starts with `---`, and every file whose name
// ends in no known non-posting extension: real posting folders hold
// « Product Designer - User research - UX UI » and
// « 2021-09-07-product.owner » (its `.owner` is no extension), and a posting
// without front matter is read so that the parser says what is wrong with
// it. Everything else (images, PDFs, data files, hidden entries,
// node_modules) is listed as skipped, with the reason: no file under a
// folder goes unmentioned.

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

export interface SkippedFile {
  path: string;
  reason: "hidden" | "not-posting";
}

const MARKDOWN_EXTENSIONS = new Set([".md", ".markdown"]);
// Extensions of files that are never postings (only skipped when the file
// does not start with front matter either).
const OTHER_EXTENSIONS = new Set(
  (
    "png jpg jpeg gif webp svg ico bmp tif tiff heic pdf doc docx odt xls xlsx ods " +
    "ppt pptx odp csv tsv json yml yaml toml xml html htm css scss js mjs cjs ts " +
    "rb py sh txt log zip gz tgz bz2 xz 7z tar mp3 mp4 mov avi webm woff woff2 ttf " +
    "otf eot lock"
  )
    .split(" ")
    .map((extension) => `.${extension}`)
);

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
  return (
    MARKDOWN_EXTENSIONS.has(extension) ||
    !OTHER_EXTENSIONS.has(extension) ||
    startsWithFrontMatter(path)
  );
}

function walk(
  folder: string,
  root: string,
  seen: Set<string>,
  found: FoundFile[],
  skipped: SkippedFile[]
): void {
  const real = realpathSync(folder);
  if (seen.has(real)) {
    return; // a symbolic link back up the tree
  }
  seen.add(real);
  const names = readdirSync(folder).sort();
  for (const name of names) {
    const path = join(folder, name);
    if (name.startsWith(".") || name === "node_modules") {
      skipped.push({ path, reason: "hidden" });
      continue;
    }
    let stats;
    try {
      stats = statSync(path);
    } catch {
      continue; // a dangling link is not a posting
    }
    if (stats.isDirectory()) {
      walk(path, root, seen, found, skipped);
    } else if (stats.isFile() && isPostingName(path)) {
      found.push({ path, root });
    } else if (stats.isFile()) {
      skipped.push({ path, reason: "not-posting" });
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
  return scanPaths(paths).files;
}

/** The posting files under the given paths, and every other file found there with why it is not read. */
export function scanPaths(paths: string[]): {
  files: FoundFile[];
  skipped: SkippedFile[];
} {
  const found: FoundFile[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    let stats;
    try {
      stats = statSync(given);
    } catch {
      throw new MissingPathError(given);
    }
    if (stats.isDirectory()) {
      walk(given, given, seen, found, skipped);
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
  return { files: [...unique.values()], skipped };
}
