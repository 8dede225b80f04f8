// Reading the plugin's site settings on the client, the way the server reads
// them (lib/discourse_job_board/vocabulary.rb): vocabularies are list
// settings whose items are "code;fr;en" (contracts add ";EMPLOYMENT_TYPE"),
// and a value with any problem falls back to the defaults, so a bad edit
// never empties the board. Pure.

import type {
  ContractEntry,
  RoleEntry,
  Vocabularies,
} from "./posting/types.ts";
import {
  DEFAULT_CONTRACTS,
  DEFAULT_ROLES,
  FALLBACK_ROLE,
} from "./posting/vocabularies.ts";

const CODE = /^[a-z0-9_]{1,50}$/;
const LABEL_MAX = 100;
const EMPLOYMENT_TYPES = [
  "FULL_TIME",
  "PART_TIME",
  "CONTRACTOR",
  "TEMPORARY",
  "INTERN",
  "VOLUNTEER",
  "PER_DIEM",
  "OTHER",
];

function items(value: unknown): string[] {
  return String(value ?? "")
    .split("|")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function validLabel(label: string): boolean {
  return label !== "" && label.length <= LABEL_MAX;
}

function readEntries(
  value: unknown,
  kind: "roles" | "contracts"
): ContractEntry[] | null {
  const entries: ContractEntry[] = [];
  const seen = new Set<string>();
  for (const item of items(value)) {
    const parts = item.split(";").map((part) => part.trim());
    if (parts.length !== (kind === "contracts" ? 4 : 3)) {
      return null;
    }
    const [code, fr, en, employmentType = ""] = parts;
    if (
      !CODE.test(code) ||
      seen.has(code) ||
      !validLabel(fr) ||
      !validLabel(en)
    ) {
      return null;
    }
    if (kind === "contracts" && !EMPLOYMENT_TYPES.includes(employmentType)) {
      return null;
    }
    seen.add(code);
    entries.push({ code, fr, en, employmentType });
  }
  if (entries.length === 0) {
    return null;
  }
  if (kind === "roles" && !seen.has(FALLBACK_ROLE)) {
    return null;
  }
  return entries;
}

export function vocabulariesFromSettings(
  roles: unknown,
  contracts: unknown
): Vocabularies {
  const roleEntries: RoleEntry[] = readEntries(roles, "roles")?.map(
    ({ code, fr, en }) => ({ code, fr, en })
  ) ?? [...DEFAULT_ROLES];
  return {
    roles: roleEntries,
    contracts: readEntries(contracts, "contracts") ?? [...DEFAULT_CONTRACTS],
  };
}

/** The ids in a category_list setting ("12|34"). */
export function categoryIdsFromSetting(value: unknown): number[] {
  return items(value)
    .map(Number)
    .filter((id) => Number.isInteger(id) && id > 0);
}
