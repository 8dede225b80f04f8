// How the sandbox compiles the plugin's .ts/.gts: the same steps as
// Discourse's plugin compiler (Babel type stripping and template
// compilation), plus the macros that the Ember test helpers need.
const { buildMacros } = require("@embroider/macros/babel");

const macros = buildMacros();

module.exports = {
  plugins: [
    [
      "@babel/plugin-transform-typescript",
      {
        allExtensions: true,
        // Imports used only in templates must survive type stripping.
        onlyRemoveTypeImports: true,
        allowDeclareFields: true,
      },
    ],
    [
      "babel-plugin-ember-template-compilation",
      {
        transforms: [...macros.templateMacros],
      },
    ],
    [
      "module:decorator-transforms",
      {
        runtime: {
          import: require.resolve("decorator-transforms/runtime-esm"),
        },
      },
    ],
    ...macros.babelMacros,
  ],
  generatorOpts: { compact: false },
};
