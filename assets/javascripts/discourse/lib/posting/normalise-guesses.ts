// Contracts, location and remote work: fields that, when the front matter
// says nothing, are guessed from the role, the title or the body, leaving
// a trace in `fields` and, when a moderator should check, a warning.

import {
  contractsFromBody,
  normaliseContracts,
  normaliseContractValue,
} from "./normalise-contracts.ts";
import type { NormaliseContext, TextEntry } from "./normalise-entries.ts";
import { texts, valueIssue } from "./normalise-entries.ts";
import { guessLocation, guessRemote } from "./normalise-place.ts";
import { readRemote } from "./normalise-values.ts";
import { placeOfText, remoteOfText } from "./place-text.ts";
import { scalarText } from "./text.ts";
import type { RemoteMode } from "./types.ts";

/**
 * The contract field when present, else what the role or title names
 * (« Stage … »), else lines of the body that state it.
 */
export function contractsOf(
  context: NormaliseContext,
  candidates: TextEntry[]
): string[] {
  const { entries, body, bodyLine, vocabularies, fields, warnings } = context;
  let contracts: string[] = [];
  const contractEntry = entries.contracts?.find(
    (entry) => entry.value !== null && entry.value !== undefined
  );
  if (contractEntry) {
    contracts = normaliseContractValue(contractEntry.value, vocabularies);
    if (contracts.length === 0 && scalarText(contractEntry.value) !== null) {
      warnings.push(
        valueIssue("contract_not_recognised", "contracts", contractEntry)
      );
    }
    return contracts;
  }
  if (entries.contracts) {
    return contracts;
  }
  for (const candidate of candidates) {
    contracts = normaliseContracts(candidate.text, vocabularies);
    if (contracts.length > 0) {
      fields.contracts = [
        { key: candidate.key, value: candidate.text, line: candidate.line },
      ];
      return contracts;
    }
  }
  const fromBody = contractsFromBody(body, vocabularies, context.bodyLines());
  if (fromBody.codes.length > 0 && fromBody.line !== null) {
    contracts = fromBody.codes;
    context.guessed(
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
  return contracts;
}

/** The location field when present, else a place the body names. */
export function locationOf(context: NormaliseContext): string | null {
  const { entries, body } = context;
  if (entries.location) {
    return texts(entries.location)[0]?.text ?? null;
  }
  const guess = guessLocation(body, context.plainBody());
  if (guess) {
    context.guessed("location", guess.value, guess.line);
    return guess.value;
  }
  return null;
}

/**
 * The remote field when present, else what the location's text says of it
 * (« Lyon ou à distance »), else what the body says.
 */
export function remoteOf(
  context: NormaliseContext,
  location: string | null = null
): RemoteMode | null {
  const { entries, body, warnings } = context;
  if (entries.remote) {
    const entry = entries.remote.find(
      (item) => scalarText(item.value) !== null
    );
    const remote = entry ? readRemote(entry.value) : null;
    if (entry && remote === null) {
      warnings.push(valueIssue("invalid_remote", "remote", entry));
    }
    return remote;
  }
  const stated = location
    ? remoteOfText(location, placeOfText(location) !== null)
    : null;
  if (stated) {
    return stated;
  }
  const guess = guessRemote(body, context.bodyLines());
  if (guess) {
    context.guessed(
      "remote",
      body.split("\n")[guess.line].trim().slice(0, 200),
      guess.line
    );
    return guess.value;
  }
  return null;
}
