// Whether a revision in a post's history changed a posting field: the
// post-revisions connector asks it on every revision shown, so it stays in
// the main bundle while the wording of the changes (revision-fields.ts)
// loads with the component that shows them. core:
// app/serializers/post_revision_serializer.rb adds `<field>_changes` only
// for a field whose value changed.
import { POSTING_FIELD_NAMES } from "./posting/types.ts";

/** Whether a revision carries any posting field (the connector's gate). */
export function hasRevisionFieldChanges(
  revision: Record<string, unknown> | null | undefined
): boolean {
  return Boolean(
    revision &&
    POSTING_FIELD_NAMES.some((name) => revision[`job_${name}_changes`])
  );
}
