// The benchmark page, built exactly as the sandbox builds the demo and the
// tests (same stand-ins, Babel steps and template compilation), only with
// its own entry and output folder so it never disturbs a test build.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import sandboxConfig from "../sandbox/vite.config.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig((env) => {
  const sandbox = sandboxConfig(env);
  return {
    ...sandbox,
    root: here("."),
    build: {
      ...sandbox.build,
      outDir: here(`../tmp/bench-${env.mode}`),
      // Minifying changes nothing the benchmarks measure and takes seconds.
      minify: false,
      rollupOptions: { input: { bench: here("./index.html") } },
    },
  };
});
