// Status badges understandable without colour: each says its state in
// words and has its own icon, and axe's colour rules pass on them.
import type { Page } from "playwright-core";
import type { Report } from "./report.ts";

interface Badge {
  state: string | null;
  kind: string;
  label: string;
  icon: string | null;
  iconDrawn: boolean;
  hidden: string;
}

export async function checkBadges(page: Page, url: string, report: Report) {
  for (const [locale, suffix] of [
    ["fr", ""],
    ["en", "&locale=en"],
  ]) {
    await page.goto(`${url}?job_status=all${suffix}`);
    await page.waitForSelector(".job-board-badge");
    const badges: Badge[] = await page.$$eval(".job-board-badge", (elements) =>
      elements.map((badge) => {
        const use = badge.querySelector("svg.d-icon use");
        const icon = use?.getAttribute("href") ?? null;
        return {
          state: badge.getAttribute("data-job-state"),
          kind:
            Array.from(badge.classList).find((name) => name.startsWith("--")) ??
            "",
          label:
            badge
              .querySelector(".job-board-badge__label")
              ?.textContent?.trim() ?? "",
          icon,
          iconDrawn:
            icon !== null && document.querySelector(`symbol${icon}`) !== null,
          hidden: badge.querySelector(".sr-only")?.textContent?.trim() ?? "",
        };
      })
    );
    const kinds = new Map<string, Badge>();
    for (const badge of badges) {
      kinds.set(badge.kind, badge);
    }
    report.check(
      `badges (${locale}): ${badges.length} badges of ${kinds.size} kinds, each with words and a drawn icon`,
      badges.length > 0 &&
        badges.every(
          (badge) =>
            badge.label !== "" && badge.iconDrawn && badge.hidden !== ""
        ),
      JSON.stringify(
        badges.filter(
          (badge) => !badge.label || !badge.iconDrawn || !badge.hidden
        )
      )
    );
    const labels = new Set([...kinds.values()].map((badge) => badge.label));
    const icons = new Set([...kinds.values()].map((badge) => badge.icon));
    report.check(
      `badges (${locale}): each kind its own words and icon (${[
        ...kinds.values(),
      ]
        .map((badge) => `${badge.label} ${badge.icon}`)
        .join(", ")})`,
      kinds.size >= 3 &&
        labels.size === kinds.size &&
        icons.size === kinds.size,
      `${kinds.size} kinds, ${labels.size} labels, ${icons.size} icons`
    );
    await page.addScriptTag({
      path: (await import("node:module"))
        .createRequire(import.meta.url)
        .resolve("axe-core/axe.min.js"),
    });
    const colour = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (...args: unknown[]) => Promise<{
              violations: Array<{ id: string; nodes: unknown[] }>;
              passes: Array<{ id: string; nodes: unknown[] }>;
            }>;
          };
        }
      ).axe;
      const result = await axe.run(
        { include: [[".job-board-badge"]] },
        {
          runOnly: {
            type: "rule",
            values: ["color-contrast", "link-in-text-block"],
          },
        }
      );
      return {
        violations: result.violations.map(
          (v) => `${v.id} on ${v.nodes.length}`
        ),
        passes: result.passes.reduce((sum, pass) => sum + pass.nodes.length, 0),
      };
    });
    report.check(
      `badges (${locale}): axe's colour rules pass on ${colour.passes} badge nodes`,
      colour.violations.length === 0 && colour.passes > 0,
      colour.violations.join("\n")
    );
  }
}
