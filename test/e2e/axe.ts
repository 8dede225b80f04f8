// axe-core on each page of the demo, in French and English: a serious or
// critical violation fails; the others are printed for information.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import type { Report } from "./report.ts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (...args: unknown[]) => Promise<{ violations: Violation[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({
        target: target.map(String),
        failureSummary,
      })),
    }));
  });
}

export function judgeViolations(
  report: Report,
  name: string,
  violations: Violation[]
) {
  const blocking = violations.filter(
    ({ impact }) => impact === "serious" || impact === "critical"
  );
  for (const { id, impact, help, nodes } of violations) {
    if (!blocking.some((violation) => violation.id === id)) {
      report.note(
        `${name}: ${impact} ${id} (${help}) on ${nodes.length} node(s)`
      );
    }
  }
  report.check(
    `axe: no serious or critical violation on ${name}`,
    blocking.length === 0,
    blocking
      .map(
        ({ id, impact, help, nodes }) =>
          `${impact} ${id}: ${help}\n${nodes
            .slice(0, 5)
            .map(
              (node) =>
                `  ${node.target.join(" ")}: ${node.failureSummary ?? ""}`
            )
            .join("\n")}`
      )
      .join("\n")
  );
}

/** Every page in both languages; `screen` names the viewport ("phone"). */
export async function checkAxe(
  page: Page,
  url: string,
  report: Report,
  screen = ""
) {
  const on = screen ? `, ${screen}` : "";
  for (const locale of ["fr", "en"]) {
    const suffix = locale === "en" ? "&locale=en" : "";
    await page.goto(`${url}?job_status=all${suffix}`);
    await page.waitForSelector(".job-board-demo-row");
    judgeViolations(
      report,
      `the board (${locale}${on})`,
      await axeViolations(page)
    );
    // A filter's menu open (its grouped states), or on a phone the
    // « Filtres » panel.
    const opened = screen ? "the « Filtres » panel" : "the status menu";
    await page.click(
      screen ? ".job-board-filters-panel-trigger" : ".job-board-status-trigger"
    );
    await page.waitForSelector("[data-content]");
    judgeViolations(
      report,
      `the board with ${opened} open (${locale}${on})`,
      await axeViolations(page)
    );
    // An open posting, and one whose banner says why it is not.
    const ids = [
      await page.getAttribute(".job-board-demo-row.--open", "data-posting-id"),
      await page.getAttribute(
        ".job-board-demo-row:not(.--open)",
        "data-posting-id"
      ),
    ];
    for (const id of ids) {
      await page.goto(`${url}?posting=${id}${suffix}`);
      await page.waitForSelector(".job-board-card");
      const state = await page.getAttribute(".job-board-card", "class");
      judgeViolations(
        report,
        `a posting page, ${state?.replace(/.*--/, "")} (${locale}${on})`,
        await axeViolations(page)
      );
    }
    await page.goto(`${url}?compose=1${suffix}`);
    await page.waitForSelector(".job-board-form");
    judgeViolations(
      report,
      `the composer (${locale}${on})`,
      await axeViolations(page)
    );
    // With every message showing: errors are where contrast slips.
    await page.click(".job-board-demo__publish-posting");
    await page.click(".job-board-import__toggle");
    await page.waitForSelector(".job-board-form__message.--error");
    judgeViolations(
      report,
      `the composer with its errors (${locale}${on})`,
      await axeViolations(page)
    );
  }
}
