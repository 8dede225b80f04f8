// Dates and the moderator's status, from the keys of both schemas.

import type { PostingStatus } from "../posting-status.ts";
import { readDate } from "./dates.ts";
import {
  type FieldEntries,
  type FieldEntry,
  valueIssue,
} from "./normalise-entries.ts";
import { readBoolean, readStatus } from "./normalise-values.ts";
import { describeValue } from "./text.ts";
import type { PostingIssue } from "./types.ts";

function present(entries: FieldEntry[] | undefined): FieldEntry[] {
  return (entries ?? []).filter(
    (entry) =>
      entry.value !== null && entry.value !== undefined && entry.value !== ""
  );
}

function firstDay(
  field: "opens_at" | "closes_at",
  entries: FieldEntry[] | undefined,
  warnings: PostingIssue[]
): string | null {
  for (const entry of present(entries)) {
    const reading = readDate(entry.value);
    const params = { value: describeValue(entry.value), key: entry.key };
    if (reading.kind === "day") {
      return reading.day;
    }
    if (reading.kind === "incomplete") {
      warnings.push({
        code: "date_incomplete",
        field,
        line: entry.line,
        params: { ...params, day: reading.day },
      });
      return reading.day;
    }
    warnings.push({ code: "invalid_date", field, line: entry.line, params });
  }
  return null;
}

export function normaliseDates(
  entries: FieldEntries,
  warnings: PostingIssue[]
): { opens_at: string | null; closes_at: string | null } {
  return {
    opens_at: firstDay("opens_at", entries.opens_at, warnings),
    closes_at: firstDay("closes_at", entries.closes_at, warnings),
  };
}

/**
 * Filled wins over everything (« poste_pourvu: true » even beside
 * « status: open »); then any sign of closing; then open, the default.
 */
export function normaliseStatus(
  entries: FieldEntries,
  warnings: PostingIssue[]
): PostingStatus {
  const statuses: PostingStatus[] = [];
  for (const entry of present(entries.status)) {
    const status = readStatus(entry.value);
    if (status === null) {
      warnings.push(valueIssue("invalid_status", "status", entry));
    } else {
      statuses.push(status);
    }
  }
  const booleanOf = (list: FieldEntry[] | undefined, code: string) =>
    present(list).flatMap((entry) => {
      const value = readBoolean(entry.value);
      if (value === null) {
        warnings.push(valueIssue(code, "status", entry, { key: entry.key }));
        return [];
      }
      return [value];
    });
  const filled = booleanOf(entries.filled, "invalid_boolean");
  const open = booleanOf(entries.open, "invalid_boolean");
  if (filled.includes(true) || statuses.includes("filled")) {
    return "filled";
  }
  if (statuses.includes("closed") || open.includes(false)) {
    return "closed";
  }
  return "open";
}
