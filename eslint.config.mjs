import DiscourseRecommended from "@discourse/lint-configs/eslint";
import tseslint from "typescript-eslint";

// Discourse's own rules, plus the TypeScript parser for .ts files (.gts files
// are parsed by ember-eslint-parser, which Discourse's config already sets).
export default [
  ...DiscourseRecommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tseslint.parser },
  },
  {
    files: ["**/*.ts", "**/*.gts"],
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      // The base rule does not understand type-only uses of a name.
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": "error",
    },
  },
  {
    files: ["script/**/*", "bin/**/*", "cli/**/*", "bench/**/*"],
    rules: {
      // Command-line tools talk to their user on the terminal.
      "no-console": "off",
    },
  },
  { ignores: ["tmp/**", "node_modules/**"] },
];
