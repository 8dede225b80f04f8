import QUnit from "qunit";
import {
  countFacets,
  type FilterablePosting,
  filterPostings,
} from "../../assets/javascripts/discourse/lib/board-facets.ts";
import {
  DEFAULT_FILTERS,
  filtersFromQuery,
  filtersToQuery,
  isDefaultFilters,
} from "../../assets/javascripts/discourse/lib/board-filters.ts";
import { DEFAULT_VOCABULARIES } from "../../assets/javascripts/discourse/lib/posting/vocabularies.ts";

QUnit.module("board-filters | the URL query", () => {
  QUnit.test("an empty query is the default board: open postings", (assert) => {
    const { filters, problems } = filtersFromQuery({}, DEFAULT_VOCABULARIES);
    assert.deepEqual(filters, { role: null, contract: null, status: "open" });
    assert.deepEqual(problems, []);
    assert.true(isDefaultFilters(filters));
  });

  QUnit.test("reads the three parameters", (assert) => {
    const { filters } = filtersFromQuery(
      { job_role: "coach", job_contract: "freelance", job_status: "all" },
      DEFAULT_VOCABULARIES
    );
    assert.deepEqual(filters, {
      role: "coach",
      contract: "freelance",
      status: "all",
    });
  });

  QUnit.test("unknown values are ignored and reported", (assert) => {
    const { filters, problems } = filtersFromQuery(
      { job_role: "astronaut", job_contract: "cdi", job_status: "maybe" },
      DEFAULT_VOCABULARIES
    );
    assert.deepEqual(filters, { role: null, contract: "cdi", status: "open" });
    assert.deepEqual(problems, [
      { param: "job_role", value: "astronaut" },
      { param: "job_status", value: "maybe" },
    ]);
  });

  QUnit.test(
    "writing a query clears unused parameters and omits the default status",
    (assert) => {
      assert.deepEqual(filtersToQuery(DEFAULT_FILTERS), {
        job_role: null,
        job_contract: null,
        job_status: null,
      });
      assert.deepEqual(
        filtersToQuery({ role: "data", contract: null, status: "closed" }),
        { job_role: "data", job_contract: null, job_status: "closed" }
      );
    }
  );

  QUnit.test("a query read back gives the same filters", (assert) => {
    const filters = { role: "design", contract: "cdd", status: "all" } as const;
    const query = filtersToQuery(filters);
    assert.deepEqual(
      filtersFromQuery(query, DEFAULT_VOCABULARIES).filters,
      filters
    );
  });
});

const POSTINGS: FilterablePosting[] = [
  { role: "developpement", contracts: ["freelance"], state: "open" },
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

  QUnit.test("closed gathers expired, filled and closed postings", (assert) => {
    const closed = filterPostings(POSTINGS, {
      ...DEFAULT_FILTERS,
      status: "closed",
    });
    assert.deepEqual(
      closed.map((posting) => posting.state),
      ["expired", "filled", "closed"]
    );
  });

  QUnit.test(
    "a contract filter matches any of a posting's contracts",
    (assert) => {
      const found = filterPostings(POSTINGS, {
        role: null,
        contract: "fonctionnaire",
        status: "all",
      });
      assert.deepEqual(found, [POSTINGS[1]]);
    }
  );

  QUnit.test(
    "each facet is counted with the other filters applied",
    (assert) => {
      const counts = countFacets(POSTINGS, {
        role: "developpement",
        contract: null,
        status: "open",
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
      assert.deepEqual(counts.status, { open: 2, closed: 0, all: 2 });
    }
  );

  QUnit.test("a contract named twice counts once", (assert) => {
    const counts = countFacets(POSTINGS, { ...DEFAULT_FILTERS, status: "all" });
    assert.strictEqual(counts.contracts.cdi, 1);
    assert.strictEqual(counts.contracts.freelance, 3);
  });
});
