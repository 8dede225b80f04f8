// From the front matter's entries (already sorted by key precedence) and
// the body to a posting. Every guess leaves a trace in `source` and, when a
// moderator should check it, a warning.

import { inLineChunks } from "./bounds.ts";
import {
  type FieldEntries,
  type FieldEntry,
  type NormaliseContext,
  texts,
  valueIssue,
} from "./normalise-entries.ts";
import { contractsOf, locationOf, remoteOf } from "./normalise-guesses.ts";
import { payOf } from "./normalise-pay.ts";
import { plain } from "./normalise-place.ts";
import { placeOf } from "./normalise-place-code.ts";
import { normaliseRole } from "./normalise-role.ts";
import { normaliseDates, normaliseStatus } from "./normalise-state.ts";
import { normaliseTitle } from "./normalise-title.ts";
import { readBoolean, readEmail, readUrl } from "./normalise-values.ts";
import { describeValue, foldLines } from "./text.ts";
import type {
  Posting,
  PostingField,
  PostingIssue,
  SourceValue,
  Vocabularies,
} from "./types.ts";

export interface NormaliseInput {
  entries: FieldEntries;
  body: string;
  /** File line of the body's first line, to locate guesses. */
  bodyLine: number;
  vocabularies: Vocabularies;
}

export interface NormaliseOutput {
  /** Null when nothing gives the posting a title. */
  posting: Posting | null;
  fields: Partial<Record<PostingField, SourceValue[]>>;
  warnings: PostingIssue[];
}

export function normaliseEntries(input: NormaliseInput): NormaliseOutput {
  const { entries, body, bodyLine, vocabularies } = input;
  const warnings: PostingIssue[] = [];
  const fields: Partial<Record<PostingField, SourceValue[]>> = {};
  const note = (field: PostingField, list: FieldEntry[] | undefined) => {
    if (list && list.length > 0) {
      fields[field] = list.map((entry) => ({
        key: entry.key,
        value: describeValue(entry.value),
        line: entry.line,
      }));
    }
  };
  // Reading and folding a long body is a good part of the parser's time:
  // the guesses from the body share one of each.
  let plainBody: string | undefined;
  let bodyLines: readonly string[] | undefined;
  const context: NormaliseContext = {
    ...input,
    fields,
    warnings,
    guessed: (field, value, line) => {
      fields[field] = [{ key: "body", value, line: bodyLine + line }];
    },
    plainBody: () => {
      plainBody ??= inLineChunks(body, (chunk) => [plain(chunk)]).join("\n");
      return plainBody;
    },
    bodyLines: () => {
      bodyLines ??= inLineChunks(context.plainBody(), foldLines);
      return bodyLines;
    },
  };

  const titleTexts = texts(entries.title);
  const roleTexts = texts(entries.role);
  const titleSource = titleTexts[0] ?? roleTexts[0];
  note("title", entries.title ?? entries.role);
  const title = titleSource ? normaliseTitle(titleSource.text) : "";

  // Role: the role fields first, the title when they name nothing.
  note("role", entries.role);
  let role: string | null = null;
  for (const candidate of [...roleTexts, ...titleTexts]) {
    const reading = normaliseRole(candidate.text, vocabularies);
    if (reading.recognised) {
      role = reading.code;
      break;
    }
  }
  if (role === null) {
    role = normaliseRole("", vocabularies).code;
    const raw = roleTexts[0] ?? titleTexts[0];
    warnings.push({
      code: "role_not_recognised",
      field: "role",
      line: raw?.line ?? null,
      params: { value: raw?.text ?? "" },
    });
  }

  note("contracts", entries.contracts);
  const contracts = contractsOf(context, [...roleTexts, ...titleTexts]);

  note("team", entries.team);
  const team = texts(entries.team)[0]?.text ?? null;

  note("location", entries.location);
  const location = locationOf(context);

  note("place", entries.place);
  const place = placeOf(context, location);

  note("remote", entries.remote);
  const remote = remoteOf(context, location);

  const dates = normaliseDates(entries, warnings);
  note("opens_at", entries.opens_at);
  note("closes_at", entries.closes_at);
  const status = normaliseStatus(entries, warnings);
  note("status", [
    ...(entries.status ?? []),
    ...(entries.open ?? []),
    ...(entries.filled ?? []),
  ]);

  note("contact", entries.contact);
  const contactEntry = texts(entries.contact)[0];
  const contact = contactEntry ? readEmail(contactEntry.text) : null;
  if (contactEntry && contact === null) {
    warnings.push({
      code: "contact_not_email",
      field: "contact",
      line: contactEntry.line,
      params: { value: contactEntry.text },
    });
  }

  note("apply_url", entries.apply_url);
  const urlEntry = texts(entries.apply_url)[0];
  const applyUrl = urlEntry ? readUrl(urlEntry.text) : null;
  if (urlEntry && applyUrl === null) {
    warnings.push({
      code: "invalid_url",
      field: "apply_url",
      line: urlEntry.line,
      params: { value: urlEntry.text },
    });
  }

  note("junior", entries.junior);
  const juniorEntry = entries.junior?.find(
    (entry) => entry.value !== null && entry.value !== undefined
  );
  const junior = juniorEntry ? readBoolean(juniorEntry.value) : null;
  if (juniorEntry && junior === null) {
    warnings.push(valueIssue("invalid_boolean", "junior", juniorEntry));
  }

  note("pay_min", entries.pay_min ?? entries.pay ?? entries.tjm);
  note("pay_max", entries.pay_max ?? entries.pay ?? entries.tjm);
  note("pay_period", entries.pay_period);
  const pay = payOf(context);

  const posting: Posting | null =
    title === ""
      ? null
      : {
          title,
          role,
          contracts,
          team,
          location,
          place,
          remote,
          opens_at: dates.opens_at,
          closes_at: dates.closes_at,
          status,
          contact,
          apply_url: applyUrl,
          junior: junior ?? false,
          ...pay,
          body,
        };
  return { posting, fields, warnings };
}
