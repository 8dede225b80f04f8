// The front matter's YAML, read by js-yaml 4 (the YAML library Discourse
// exposes to plugins) with its CORE schema: timestamps stay text, so that
// « 2021-02-30 » is reported instead of silently becoming 2 March (js-yaml's
// Date rolls over). `json: true` lets a repeated key override the earlier
// one instead of throwing; parse-entries.ts reports the repeats.

import { CORE_SCHEMA, load } from "js-yaml";
import type { FrontMatter } from "./front-matter.ts";
import type { ParseError } from "./types.ts";

interface YamlMark {
  line?: number;
  column?: number;
}

export function loadYaml(
  frontMatter: FrontMatter
): { ok: true; data: unknown } | { ok: false; error: ParseError } {
  try {
    return {
      ok: true,
      data: load(frontMatter.yaml, { schema: CORE_SCHEMA, json: true }),
    };
  } catch (caught) {
    const exception = caught as {
      reason?: unknown;
      mark?: YamlMark;
      message?: unknown;
    };
    const markLine =
      typeof exception.mark?.line === "number" ? exception.mark.line : 0;
    const line = Math.min(
      frontMatter.openLine + 1 + markLine,
      frontMatter.closeLine
    );
    const reason = String(
      exception.reason ?? exception.message ?? "unreadable YAML"
    );
    return {
      ok: false,
      error: {
        code: "invalid_yaml",
        line,
        message: `The front matter is not valid YAML (line ${line}): ${reason}.`,
        params: { reason, column: (exception.mark?.column ?? 0) + 1 },
      },
    };
  }
}

export function isMapping(data: unknown): data is Record<string, unknown> {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
