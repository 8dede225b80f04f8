// What became of each file in an import, in the report's order.

export type FileStatus =
  | "created"
  | "updated"
  | "unchanged"
  | "failed"
  | "skipped"
  | "pending";

export const STATUSES: FileStatus[] = [
  "created",
  "updated",
  "unchanged",
  "failed",
  "skipped",
  "pending",
];
