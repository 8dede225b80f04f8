import { fileURLToPath } from "node:url";
import QUnit from "qunit";
import { checkImports, formatProblem } from "../../script/check-imports.ts";
import { runScript, withTree } from "../support/file-tree.ts";

const CLI = fileURLToPath(
  new URL("../../script/check-imports.ts", import.meta.url)
);
const LIB = "assets/javascripts/discourse/lib";
const COMPONENTS = "assets/javascripts/discourse/components";

const STATUS_TS = `import type { Moment } from "moment-timezone";
import { type Dayjs } from "dayjs";
export type { Temporal } from "temporal-polyfill";
import { i18n } from "discourse-i18n";

export function label(open: boolean, closesAt?: Moment, day?: Dayjs): string {
  return open ? i18n("js.discourse_job_board.status.open") : String(closesAt ?? day);
}
`;

// A good tree: Discourse modules, the plugin's own modules, relative imports
// with extensions, and type-only imports of packages Discourse lacks.
const GOOD: Record<string, string> = {
  [`${LIB}/status.ts`]: STATUS_TS.replace(
    'import { type Dayjs } from "dayjs";',
    'import type { Dayjs } from "dayjs";'
  ),
  [`${COMPONENTS}/badge.gts`]: `import Component from "@glimmer/component";
import { service } from "@ember/service";
import type { PluginApi } from "discourse/lib/plugin-api";
import DButton from "discourse/ui-kit/d-button";
import { label } from "../lib/status.ts";
import { other } from "discourse/plugins/discourse-job-board/discourse/lib/other";

export default class Badge extends Component<{ Args: { open: boolean } }> {
  @service router;

  get text(): string {
    return label(this.args.open);
  }

  <template>
    <span class="job-board-badge">{{this.text}} import x from "lodash";</span>
    <DButton @label="x" />
  </template>
}
export type { PluginApi };
`,
  "admin/assets/javascripts/discourse/admin-thing.js": `export default async function load() {
  return (await import("discourse/lib/ajax")).ajax;
}
`,
};

function problemsFor(overrides: Record<string, string>): string[] {
  let problems: string[] = [];
  withTree({ ...GOOD, ...overrides }, (root) => {
    problems = checkImports(root).problems.map(formatProblem);
  });
  return problems;
}

QUnit.module("check-imports", () => {
  QUnit.test(
    "passes on Discourse modules, relative files and type-only imports",
    (assert) => {
      let filesChecked = 0;
      withTree(GOOD, (root) => {
        const report = checkImports(root);
        filesChecked = report.filesChecked;
        assert.deepEqual(report.problems.map(formatProblem), []);
      });
      assert.strictEqual(filesChecked, 3, "looks in assets/ and admin/assets/");
    }
  );

  QUnit.test("refuses a package Discourse lacks in a .ts file", (assert) => {
    const source = `import { a } from "discourse/lib/ajax";\n\nimport debounce from "lodash/debounce";\n`;
    assert.deepEqual(problemsFor({ [`${LIB}/x.ts`]: source }), [
      `${LIB}/x.ts:3: "lodash/debounce" is not provided by Discourse at run time`,
    ]);
  });

  QUnit.test(
    "refuses it in a .gts file, on the right line after a template",
    (assert) => {
      const source = `const Early = <template>
  one
  two
</template>;
import { format } from "date-fns";
export default Early;
`;
      assert.deepEqual(problemsFor({ [`${COMPONENTS}/y.gts`]: source }), [
        `${COMPONENTS}/y.gts:5: "date-fns" is not provided by Discourse at run time`,
      ]);
    }
  );

  QUnit.test(
    "refuses a dynamic import and re-exports, like static ones",
    (assert) => {
      const source = `export async function chart() {
  return import("chart.js");
}
export { Chart } from "chart.js/auto";
export function computed(name: string) {
  return import(name);
}
`;
      assert.deepEqual(problemsFor({ [`${LIB}/chart.ts`]: source }), [
        `${LIB}/chart.ts:2: "chart.js" is not provided by Discourse at run time`,
        `${LIB}/chart.ts:4: "chart.js/auto" is not provided by Discourse at run time`,
        `${LIB}/chart.ts:6: import() with a computed module name cannot be checked: use a string literal`,
      ]);
    }
  );

  QUnit.test("refuses require", (assert) => {
    const source = `const yaml = require("js-yaml");\nexport default yaml;\n`;
    assert.deepEqual(problemsFor({ [`${LIB}/r.js`]: source }), [
      `${LIB}/r.js:1: require("js-yaml") is not available in Discourse's module loader: use import`,
    ]);
  });

  QUnit.test(
    "refuses a relative import without its extension, and suggests it",
    (assert) => {
      const source = `import { label } from "../lib/status";\nexport { label };\n`;
      assert.deepEqual(problemsFor({ [`${COMPONENTS}/z.ts`]: source }), [
        `${COMPONENTS}/z.ts:1: "../lib/status" needs its file extension (.js, .gjs, .ts, .gts) (write "../lib/status.ts")`,
      ]);
    }
  );

  QUnit.test(
    "refuses a relative import of a missing file or outside the front end",
    (assert) => {
      const source = `import a from "./missing.ts";\nimport b from "../../../../lib/tool.ts";\nexport { a, b };\n`;
      assert.deepEqual(
        problemsFor({ [`${LIB}/w.ts`]: source, "lib/tool.ts": "" }),
        [
          `${LIB}/w.ts:1: "./missing.ts" does not resolve to a file`,
          `${LIB}/w.ts:2: "../../../../lib/tool.ts" points outside assets/javascripts, which Discourse does not compile with this file`,
        ]
      );
    }
  );

  QUnit.test(
    "import { type A } still loads the module, so it is refused",
    (assert) => {
      assert.deepEqual(problemsFor({ [`${LIB}/status.ts`]: STATUS_TS }), [
        `${LIB}/status.ts:2: "dayjs" is not provided by Discourse at run time (import { type … } still loads it: write import type { … })`,
      ]);
    }
  );

  QUnit.test("reports a file that does not parse", (assert) => {
    const problems = problemsFor({
      [`${LIB}/broken.js`]: `let x: number = 1;\n`,
    });
    assert.deepEqual(problems, [
      `${LIB}/broken.js:1: does not parse, so its imports cannot be checked: Type annotations can only be used in TypeScript files.`,
    ]);
  });

  QUnit.test(
    "the CLI exits 1 with the report, 0 when all is well",
    (assert) => {
      const bad = { ...GOOD, [`${LIB}/x.ts`]: `import _ from "lodash";\n` };
      withTree(bad, (root) => {
        const run = runScript(CLI, root);
        assert.strictEqual(run.status, 1, run.stderr);
        assert.true(
          run.stderr.includes(`${LIB}/x.ts:1: "lodash" is not provided`),
          run.stderr
        );
      });
      withTree(GOOD, (root) => {
        const run = runScript(CLI, root);
        assert.strictEqual(run.status, 0, run.stderr);
        assert.strictEqual(run.stdout.trim(), "check-imports: OK (3 file(s))");
      });
    }
  );
});
