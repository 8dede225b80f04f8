// Small readers for single values: booleans, status words, e-mail, URL,
// remote mode. Each returns null when the value says nothing usable.

import type { PostingStatus } from "../posting-status.ts";
import { trimEdges } from "./bounds.ts";
import { fold, scalarText } from "./text.ts";
import type { RemoteMode } from "./types.ts";
import { isEmail, isHttpUrl } from "./wire-text.ts";

// The front end reads the address and link rules from here too.
export { isEmail, isHttpUrl };

const TRUE_WORDS = new Set(["true", "yes", "oui", "vrai", "1", "y", "o"]);
const FALSE_WORDS = new Set(["false", "no", "non", "faux", "0", "n"]);

/** Longer than any of the words below: not read as one. */
const MAX_WORD_LENGTH = 40;

/** A one-word value folded, or null when too long to be one of ours. */
function word(value: unknown): string | null {
  const text = scalarText(value);
  return text === null || text.length > MAX_WORD_LENGTH ? null : fold(text);
}

export function readBoolean(value: unknown): boolean | null {
  if (typeof value === "boolean") {
    return value;
  }
  const folded = word(value);
  if (folded === null) {
    return null;
  }
  return TRUE_WORDS.has(folded) ? true : FALSE_WORDS.has(folded) ? false : null;
}

// Maps, not object literals: `status: constructor` or `remote: __proto__`
// must not find Object.prototype's members.
const STATUS_WORDS = new Map<string, PostingStatus>(
  Object.entries({
    open: "open",
    opened: "open",
    ouvert: "open",
    ouverte: "open",
    active: "open",
    filled: "filled",
    pourvu: "filled",
    pourvue: "filled",
    closed: "closed",
    close: "closed",
    clos: "closed",
    ferme: "closed",
    fermee: "closed",
    cloture: "closed",
    cloturee: "closed",
    archived: "closed",
    archive: "closed",
  } satisfies Record<string, PostingStatus>)
);

export function readStatus(value: unknown): PostingStatus | null {
  const folded = word(value);
  return folded === null ? null : (STATUS_WORDS.get(folded) ?? null);
}

const REMOTE_WORDS = new Map<string, RemoteMode>(
  Object.entries({
    none: "none",
    non: "none",
    aucun: "none",
    no: "none",
    false: "none",
    presentiel: "none",
    partial: "partial",
    partiel: "partial",
    hybride: "partial",
    hybrid: "partial",
    full: "full",
    total: "full",
    complet: "full",
    true: "full",
    oui: "full",
    yes: "full",
  } satisfies Record<string, RemoteMode>)
);

export function readRemote(value: unknown): RemoteMode | null {
  const folded = word(value);
  return folded === null ? null : (REMOTE_WORDS.get(folded) ?? null);
}

// What ends an address's local part inside text, read backwards from its
// "@" (an apostrophe does not: « o'brien@… » is one address).
const LOCAL_DELIMITER = /[\s\p{Cc}\p{Cf}@<>()[\]\\,;:"]/u;
/** What a host is made of (isHostName): reading forwards stops at anything else. */
const HOST_CHARACTER = /[a-zA-Z0-9.-]/;
/** Quotes around an address: « 'jobs@x.fr' ». */
const QUOTE = /['‘’]/;
/** RFC 5321's limit on a whole address bounds each side of an "@". */
const MAX_ADDRESS_LENGTH = 254;

// The address around the "@" at `at`, read outwards: back to the first
// delimiter, forwards to the first character no host holds (« ?bcc= »,
// « / », « > »). Each "@" costs at most twice the address limit, so a long
// contact value with no address in it is read in linear time (an unanchored
// regular expression took seconds on 50,000 characters).
function addressAround(text: string, at: number): string {
  let start = at;
  while (
    start > 0 &&
    at - start < MAX_ADDRESS_LENGTH &&
    !LOCAL_DELIMITER.test(text[start - 1])
  ) {
    start--;
  }
  while (start < at && QUOTE.test(text[start])) {
    start++;
  }
  let end = at + 1;
  while (
    end < text.length &&
    end - at < MAX_ADDRESS_LENGTH &&
    HOST_CHARACTER.test(text[end])
  ) {
    end++;
  }
  return trimEdges(text.slice(start, end), /\./, "end");
}

/** The e-mail address in a contact value (« Nom <a@b.fr> », « mailto:a@b.fr »). */
export function readEmail(value: unknown): string | null {
  const text = scalarText(value);
  if (text === null) {
    return null;
  }
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    const candidate = addressAround(text, at);
    if (isEmail(candidate)) {
      return candidate;
    }
  }
  return null;
}

export function readUrl(value: unknown): string | null {
  const text = scalarText(value);
  return text !== null && isHttpUrl(text) ? text : null;
}
