// Exits 0 when node_modules holds exactly the packages of package-lock.json,
// comparing the lock file with the copy npm keeps of what it installed
// (node_modules/.package-lock.json). Dates lie (a fresh checkout), so this
// compares names and versions.
const { readFileSync } = require("node:fs");

function packages(file) {
  const lock = JSON.parse(readFileSync(file, "utf8"));
  const found = new Map();
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path.startsWith("node_modules/") && !entry.optional) {
      found.set(path, entry.version);
    }
  }
  return found;
}

try {
  const wanted = packages("package-lock.json");
  const installed = packages("node_modules/.package-lock.json");
  for (const [path, version] of wanted) {
    if (installed.get(path) !== version) {
      process.exit(1);
    }
  }
  process.exit(0);
} catch {
  process.exit(1);
}
