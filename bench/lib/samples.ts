// The bundled sample postings, read as the importer reads files: raw text,
// CRLF endings and all.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SAMPLES_DIR = fileURLToPath(
  new URL("../../test/fixtures/postings/", import.meta.url)
);

export interface SampleFile {
  name: string;
  text: string;
}

export function readSamples(): SampleFile[] {
  return readdirSync(SAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(SAMPLES_DIR, folder.name)).map((file) => ({
        name: `${folder.name}/${file}`,
        text: readFileSync(join(SAMPLES_DIR, folder.name, file), "utf8"),
      }))
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}
