import QUnit from "qunit";
import {
  countFacets,
  type FilterablePosting,
  filterPostings,
} from "../../assets/javascripts/discourse/lib/board-facets.ts";
import {
  activeFilterCount,
  activeFilters,
  DEFAULT_FILTERS,
  filtersFromQuery,
  filtersToQuery,
  isDefaultFilters,
} from "../../assets/javascripts/discourse/lib/board-filters.ts";
import { searchIndex } from "../../assets/javascripts/discourse/lib/board-search.ts";
import { DEFAULT_VOCABULARIES } from "../../assets/javascripts/discourse/lib/posting/vocabularies.ts";

QUnit.module("board-filters | the URL query", () => {
  QUnit.test("an empty query is the default board: open postings", (assert) => {
    const { filters, problems } = filtersFromQuery({}, DEFAULT_VOCABULARIES);
    assert.deepEqual(filters, {
      q: "",
      role: null,
      contracts: [],
      place: null,
      remote: null,
      status: "open",
      sort: "newest",
    });
    assert.deepEqual(problems, []);
    assert.true(isDefaultFilters(filters));
  });

  QUnit.test("reads the seven parameters", (assert) => {
    const { filters, problems } = filtersFromQuery(
      {
        job_q: "  développeur   Rouen ",
        job_role: "coach",
        job_contract: "freelance",
        job_place: "dep-76",
        job_remote: "partial",
        job_status: "closing_soon",
        job_sort: "closing",
      },
      DEFAULT_VOCABULARIES
    );
    assert.deepEqual(filters, {
      q: "développeur Rouen",
      role: "coach",
      contracts: ["freelance"],
      place: "dep-76",
      remote: "partial",
      status: "closing_soon",
      sort: "closing",
    });
    assert.deepEqual(problems, []);
  });

  QUnit.test("every state of issue 12 is a status filter", (assert) => {
    for (const status of [
      "open",
      "closing_soon",
      "upcoming",
      "expired",
      "filled",
      "closed",
      "all",
    ]) {
      assert.strictEqual(
        filtersFromQuery({ job_status: status }, DEFAULT_VOCABULARIES).filters
          .status,
        status
      );
    }
  });

  QUnit.test("unknown values are ignored and reported", (assert) => {
    const { filters, problems } = filtersFromQuery(
      {
        job_role: "astronaut",
        job_contract: "cdi",
        job_place: "reg-99",
        job_remote: "sometimes",
        job_status: "maybe",
        job_sort: "oldest",
      },
      DEFAULT_VOCABULARIES
    );
    assert.deepEqual(filters, { ...DEFAULT_FILTERS, contracts: ["cdi"] });
    assert.deepEqual(problems, [
      { param: "job_role", value: "astronaut" },
      { param: "job_place", value: "reg-99" },
      { param: "job_remote", value: "sometimes" },
      { param: "job_status", value: "maybe" },
      { param: "job_sort", value: "oldest" },
    ]);
  });

  QUnit.test(
    "writing a query clears unused parameters and omits the default status",
    (assert) => {
      assert.deepEqual(filtersToQuery(DEFAULT_FILTERS), {
        job_q: null,
        job_role: null,
        job_contract: null,
        job_place: null,
        job_remote: null,
        job_status: null,
        job_sort: null,
      });
      assert.deepEqual(
        filtersToQuery({
          ...DEFAULT_FILTERS,
          q: " data ",
          role: "data",
          status: "closed",
          sort: "questions",
        }),
        {
          job_q: "data",
          job_role: "data",
          job_contract: null,
          job_place: null,
          job_remote: null,
          job_status: "closed",
          job_sort: "questions",
        }
      );
    }
  );

  QUnit.test("a query read back gives the same filters", (assert) => {
    const filters = {
      q: "chef de projet",
      role: "design",
      contracts: ["cdd", "freelance"],
      place: "reg-53",
      remote: "full",
      status: "all",
      sort: "closing",
    } as const;
    const query = filtersToQuery(filters);
    assert.strictEqual(query.job_contract, "cdd,freelance");
    assert.deepEqual(
      filtersFromQuery(query, DEFAULT_VOCABULARIES).filters,
      filters
    );
  });

  QUnit.test(
    "several contracts: comma-separated, in the vocabulary's order, unknown ones reported",
    (assert) => {
      const { filters, problems } = filtersFromQuery(
        { job_contract: "freelance, cdd,interim,cdd," },
        DEFAULT_VOCABULARIES
      );
      assert.deepEqual(
        filters.contracts,
        ["cdd", "freelance"],
        "one URL for one choice, whatever order the link gave"
      );
      assert.deepEqual(problems, [{ param: "job_contract", value: "interim" }]);
      assert.strictEqual(filtersToQuery(filters).job_contract, "cdd,freelance");
      assert.false(isDefaultFilters(filters));
    }
  );

  QUnit.test(
    "the phone's count: the menus' filters, not the words nor the order",
    (assert) => {
      assert.strictEqual(activeFilterCount(DEFAULT_FILTERS), 0);
      assert.strictEqual(
        activeFilterCount({
          ...DEFAULT_FILTERS,
          q: "data",
          contracts: ["cdd", "cdi"],
          status: "all",
          sort: "closing",
        }),
        2
      );
    }
  );
});

const POSTINGS: FilterablePosting[] = [
  {
    role: "developpement",
    contracts: ["freelance"],
    state: "open",
    closingSoon: true,
  },
  { role: "developpement", contracts: ["cdd", "fonctionnaire"], state: "open" },
  { role: "design", contracts: ["freelance"], state: "expired" },
  { role: "coach", contracts: ["freelance"], state: "filled" },
  { role: "coach", contracts: [], state: "closed" },
  { role: "data", contracts: ["cdi", "cdi"], state: "open" },
];

QUnit.module("board-facets | filtering and counts", () => {
  QUnit.test("the default board lists open postings only", (assert) => {
    assert.strictEqual(filterPostings(POSTINGS, DEFAULT_FILTERS).length, 3);
  });

  QUnit.test("each closed state is its own filter", (assert) => {
    for (const status of ["expired", "filled", "closed"] as const) {
      const found = filterPostings(POSTINGS, { ...DEFAULT_FILTERS, status });
      assert.deepEqual(
        found.map((posting) => posting.state),
        [status]
      );
    }
  });

  QUnit.test(
    "a contract filter matches any of a posting's contracts",
    (assert) => {
      const found = filterPostings(POSTINGS, {
        ...DEFAULT_FILTERS,
        contracts: ["fonctionnaire"],
        status: "all",
      });
      assert.deepEqual(found, [POSTINGS[1]]);
    }
  );

  QUnit.test(
    "several contracts: a posting with any of them matches",
    (assert) => {
      const found = filterPostings(POSTINGS, {
        ...DEFAULT_FILTERS,
        contracts: ["fonctionnaire", "cdi"],
        status: "all",
      });
      assert.deepEqual(found, [POSTINGS[1], POSTINGS[5]]);
      const counts = countFacets(POSTINGS, {
        ...DEFAULT_FILTERS,
        contracts: ["fonctionnaire", "cdi"],
        status: "all",
      });
      assert.strictEqual(counts.status.all, 2, "the states count both");
      assert.deepEqual(
        counts.contracts,
        { freelance: 3, cdd: 1, fonctionnaire: 1, cdi: 1 },
        "each contract says what ticking it would add: the contract filter is left out"
      );
    }
  );

  QUnit.test(
    "each facet is counted with the other filters applied",
    (assert) => {
      const counts = countFacets(POSTINGS, {
        ...DEFAULT_FILTERS,
        role: "developpement",
      });
      assert.deepEqual(
        counts.roles,
        { developpement: 2, data: 1 },
        "roles ignore the role filter"
      );
      assert.deepEqual(
        counts.contracts,
        { freelance: 1, cdd: 1, fonctionnaire: 1 },
        "contracts of open development postings"
      );
      assert.deepEqual(counts.status, {
        open: 2,
        closing_soon: 1,
        upcoming: 0,
        expired: 0,
        filled: 0,
        closed: 0,
        all: 2,
      });
    }
  );

  QUnit.test("a contract named twice counts once", (assert) => {
    const counts = countFacets(POSTINGS, { ...DEFAULT_FILTERS, status: "all" });
    assert.strictEqual(counts.contracts.cdi, 1);
    assert.strictEqual(counts.contracts.freelance, 3);
  });
});

const PLACED: FilterablePosting[] = [
  {
    role: "data",
    contracts: ["cdi"],
    state: "open",
    place: "dep-76",
    remote: "none",
    searchIndex: searchIndex(["Développeur·se data", "Rouen"]),
  },
  {
    role: "data",
    contracts: ["cdd"],
    state: "upcoming",
    place: "dep-33",
    remote: "full",
    searchIndex: searchIndex(["Analyste", "Bordeaux"]),
  },
  {
    role: "design",
    contracts: ["cdi"],
    state: "open",
    place: "abroad",
    remote: "partial",
    searchIndex: searchIndex(["Designer", "Bruxelles"]),
  },
];

QUnit.module("board-facets | search, place and remote work", () => {
  QUnit.test("the search keeps postings with every word", (assert) => {
    const found = (q: string) =>
      filterPostings(PLACED, { ...DEFAULT_FILTERS, q, status: "all" }).map(
        (posting) => posting.place
      );
    assert.deepEqual(found("développeuse"), ["dep-76"]);
    assert.deepEqual(found("DEVELOPPEUR rouen"), ["dep-76"]);
    assert.deepEqual(found("développeur bordeaux"), []);
    assert.deepEqual(found(""), ["dep-76", "dep-33", "abroad"]);
  });

  QUnit.test(
    "every facet is counted within the search, place and remote filters",
    (assert) => {
      const counts = countFacets(PLACED, {
        ...DEFAULT_FILTERS,
        remote: "partial",
        status: "all",
      });
      assert.deepEqual(counts.roles, { data: 1, design: 1 });
      assert.strictEqual(counts.status.upcoming, 1);
      assert.strictEqual(counts.status.open, 1, "the on-site one is left out");
      assert.deepEqual(counts.remote, { partial: 2, full: 1 });
      assert.deepEqual(
        counts.places,
        { "reg-75": 1, abroad: 1 },
        "Bordeaux counts under Nouvelle-Aquitaine"
      );
    }
  );

  QUnit.test("a search narrows the counts too", (assert) => {
    const counts = countFacets(PLACED, {
      ...DEFAULT_FILTERS,
      q: "analyste",
      status: "all",
    });
    assert.deepEqual(counts.roles, { data: 1 });
    assert.strictEqual(counts.status.all, 1);
    assert.deepEqual(counts.places, { "reg-75": 1 });
  });

  QUnit.test("only filters that narrow the list are active", (assert) => {
    assert.deepEqual(
      activeFilters({ ...DEFAULT_FILTERS, sort: "closing" }),
      []
    );
    assert.deepEqual(
      activeFilters({ ...DEFAULT_FILTERS, q: "data", place: "abroad" }),
      ["q", "place"]
    );
  });
});
