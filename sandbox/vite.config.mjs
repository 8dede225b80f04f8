// One Vite build for the sandbox app: the browser tests (tests/index.html)
// and the demo (index.html). Discourse modules that the plugin imports are
// mapped to the small stand-ins in ./stand-ins; everything else is the real
// plugin code under ../assets/javascripts.
import { ember, extensions } from "@embroider/vite";
import { babel } from "@rollup/plugin-babel";
import yaml from "js-yaml";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const standIn = (file) => here(`./stand-ins/${file}`);

// Each Discourse module the plugin imports at run time, and the stand-in
// that plays its part outside Discourse.
const DISCOURSE_STAND_INS = {
  "discourse-i18n": standIn("discourse-i18n.ts"),
  "discourse/ui-kit/helpers/d-icon": standIn("d-icon.ts"),
  "discourse/lib/icon-library": standIn("icon-library.ts"),
  "discourse/ui-kit/d-button": standIn("d-button.gts"),
  "discourse/ui-kit/d-conditional-loading-spinner": standIn(
    "d-conditional-loading-spinner.gts"
  ),
  "discourse/float-kit/components/d-menu": standIn("d-menu.gts"),
  "discourse/lib/ajax": standIn("ajax.ts"),
  "discourse/lib/ajax-error": standIn("ajax-error.ts"),
  "discourse/lib/get-url": standIn("get-url.ts"),
  "discourse/lib/api": standIn("api.ts"),
  "discourse/lib/plugin-api": standIn("plugin-api.ts"),
  "discourse/models/composer": standIn("composer-model.ts"),
};

function exact(name) {
  return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`);
}

// Lets the i18n stand-in read the real config/locales/*.yml.
function yamlModules() {
  return {
    name: "job-board-yaml",
    transform(code, id) {
      if (!/\.ya?ml$/.test(id)) {
        return null;
      }
      return {
        code: `export default ${JSON.stringify(yaml.load(code))};`,
        map: null,
      };
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: here("."),
  resolve: {
    alias: [
      {
        find: /^discourse\/plugins\/discourse-job-board\/(.*)$/,
        replacement: `${here("../assets/javascripts")}/$1`,
      },
      ...Object.entries(DISCOURSE_STAND_INS).map(([name, file]) => ({
        find: exact(name),
        replacement: file,
      })),
    ],
  },
  plugins: [
    yamlModules(),
    ember(),
    babel({
      babelHelpers: "inline",
      extensions,
      configFile: here("./babel.config.cjs"),
    }),
  ],
  server: {
    port: Number(process.env.PORT) || 4200,
    strictPort: true,
    fs: { allow: [here("..")] },
  },
  build: {
    outDir: here(`../tmp/sandbox-${mode}`),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        demo: here("./index.html"),
        tests: here("./tests/index.html"),
      },
    },
  },
}));
