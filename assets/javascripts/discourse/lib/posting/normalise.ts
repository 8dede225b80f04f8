// From the front matter's entries (already sorted by key precedence) and
// the body to a posting. Every guess leaves a trace in `source` and, when a
// moderator should check it, a warning.

import type { KeyTarget } from "./keys.ts";
import {
  contractsFromBody,
  normaliseContracts,
  normaliseContractValue,
} from "./normalise-contracts.ts";
import { guessLocation, guessRemote } from "./normalise-place.ts";
import { normaliseRole } from "./normalise-role.ts";
import { normaliseDates, normaliseStatus } from "./normalise-state.ts";
import { normaliseTitle } from "./normalise-title.ts";
import {
  readBoolean,
  readEmail,
  readRemote,
  readUrl,
} from "./normalise-values.ts";
import { describeValue, scalarText } from "./text.ts";
import type {
  Posting,
  PostingField,
  PostingIssue,
  SourceValue,
  Vocabularies,
} from "./types.ts";

export interface FieldEntry {
  key: string;
  value: unknown;
  line: number | null;
}

export type FieldEntries = Partial<Record<KeyTarget, FieldEntry[]>>;

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

function texts(
  entries: FieldEntry[] | undefined
): Array<FieldEntry & { text: string }> {
  return (entries ?? []).flatMap((entry) => {
    const value = Array.isArray(entry.value) ? entry.value[0] : entry.value;
    const text = scalarText(value);
    return text === null ? [] : [{ ...entry, text }];
  });
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
  const guessed = (field: PostingField, value: string, line: number) => {
    fields[field] = [{ key: "body", value, line: bodyLine + line }];
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

  // Contracts: the contract field when present, else what the role or title
  // names (« Stage … »), else lines of the body that state it.
  note("contracts", entries.contracts);
  let contracts: string[] = [];
  const contractEntry = entries.contracts?.find(
    (entry) => entry.value !== null && entry.value !== undefined
  );
  if (contractEntry) {
    contracts = normaliseContractValue(contractEntry.value, vocabularies);
    if (contracts.length === 0 && scalarText(contractEntry.value) !== null) {
      warnings.push({
        code: "contract_not_recognised",
        field: "contracts",
        line: contractEntry.line,
        params: { value: describeValue(contractEntry.value) },
      });
    }
  } else if (!entries.contracts) {
    for (const candidate of [...roleTexts, ...titleTexts]) {
      contracts = normaliseContracts(candidate.text, vocabularies);
      if (contracts.length > 0) {
        fields.contracts = [
          { key: candidate.key, value: candidate.text, line: candidate.line },
        ];
        break;
      }
    }
    if (contracts.length === 0) {
      const fromBody = contractsFromBody(body, vocabularies);
      if (fromBody.codes.length > 0 && fromBody.line !== null) {
        contracts = fromBody.codes;
        guessed(
          "contracts",
          body.split("\n")[fromBody.line].trim().slice(0, 200),
          fromBody.line
        );
        warnings.push({
          code: "contracts_from_body",
          field: "contracts",
          line: bodyLine + fromBody.line,
          params: { value: contracts.join(", ") },
        });
      }
    }
  }

  note("team", entries.team);
  const team = texts(entries.team)[0]?.text ?? null;

  note("location", entries.location);
  let location: string | null = null;
  if (entries.location) {
    location = texts(entries.location)[0]?.text ?? null;
  } else {
    const guess = guessLocation(body);
    if (guess) {
      location = guess.value;
      guessed("location", guess.value, guess.line);
    }
  }

  note("remote", entries.remote);
  let remote = null;
  if (entries.remote) {
    const entry = entries.remote.find(
      (item) => scalarText(item.value) !== null
    );
    remote = entry ? readRemote(entry.value) : null;
    if (entry && remote === null) {
      warnings.push({
        code: "invalid_remote",
        field: "remote",
        line: entry.line,
        params: { value: describeValue(entry.value) },
      });
    }
  } else {
    const guess = guessRemote(body);
    if (guess) {
      remote = guess.value;
      guessed(
        "remote",
        body.split("\n")[guess.line].trim().slice(0, 200),
        guess.line
      );
    }
  }

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
    warnings.push({
      code: "invalid_boolean",
      field: "junior",
      line: juniorEntry.line,
      params: { value: describeValue(juniorEntry.value) },
    });
  }

  const posting: Posting | null =
    title === ""
      ? null
      : {
          title,
          role,
          contracts,
          team,
          location,
          remote,
          opens_at: dates.opens_at,
          closes_at: dates.closes_at,
          status,
          contact,
          apply_url: applyUrl,
          junior: junior ?? false,
          body,
        };
  return { posting, fields, warnings };
}
