import QUnit from "qunit";
import {
  countPlaces,
  matchesPlaceFilters,
  NO_PLACE_FILTERS,
  type PlacedPosting,
  placeFiltersFromQuery,
  placeFiltersToQuery,
} from "../../assets/javascripts/discourse/lib/place-filters.ts";

const TOULOUSE: PlacedPosting = { place: "dep-31", remote: null };
const OCCITANIE_PARTIAL: PlacedPosting = { place: "reg-76", remote: "partial" };
const PARIS_FULL: PlacedPosting = { place: "dep-75", remote: "full" };
const BRUSSELS: PlacedPosting = { place: "abroad", remote: "none" };
const NOWHERE_FULL: PlacedPosting = { place: null, remote: "full" };
const ALL = [TOULOUSE, OCCITANIE_PARTIAL, PARIS_FULL, BRUSSELS, NOWHERE_FULL];

const matching = (filters: Parameters<typeof matchesPlaceFilters>[1]) =>
  ALL.filter((posting) => matchesPlaceFilters(posting, filters));

QUnit.module("place filters | matching", () => {
  QUnit.test("a région lists its départements and itself", (assert) => {
    assert.deepEqual(matching({ place: "reg-76", remote: null }), [
      TOULOUSE,
      OCCITANIE_PARTIAL,
    ]);
  });

  QUnit.test("abroad lists abroad only", (assert) => {
    assert.deepEqual(matching({ place: "abroad", remote: null }), [BRUSSELS]);
  });

  QUnit.test("partial remote work lists partial and full", (assert) => {
    assert.deepEqual(matching({ place: null, remote: "partial" }), [
      OCCITANIE_PARTIAL,
      PARIS_FULL,
      NOWHERE_FULL,
    ]);
  });

  QUnit.test(
    "asked for full remote work, a fully remote posting matches every place",
    (assert) => {
      assert.deepEqual(matching({ place: "reg-76", remote: "full" }), [
        PARIS_FULL,
        NOWHERE_FULL,
      ]);
      assert.deepEqual(
        matching({ place: "reg-76", remote: "partial" }),
        [OCCITANIE_PARTIAL],
        "only when full remote work is asked for"
      );
    }
  );

  QUnit.test("no filter lists everything", (assert) => {
    assert.deepEqual(matching(NO_PLACE_FILTERS), ALL);
  });
});

QUnit.module("place filters | counts and the URL", () => {
  QUnit.test("each choice counts what picking it would show", (assert) => {
    const counts = countPlaces(ALL, NO_PLACE_FILTERS);
    assert.strictEqual(counts.places["reg-76"], 2);
    assert.strictEqual(counts.places["reg-11"], 1);
    assert.strictEqual(counts.places.abroad, 1);
    assert.deepEqual(counts.remote, { partial: 3, full: 2 });

    for (const place of ["reg-76", "reg-11", "abroad"]) {
      assert.strictEqual(
        matching({ place, remote: null }).length,
        counts.places[place],
        place
      );
    }
    const inOccitanie = countPlaces(ALL, { place: "reg-76", remote: null });
    assert.deepEqual(inOccitanie.remote, {
      partial: matching({ place: "reg-76", remote: "partial" }).length,
      full: matching({ place: "reg-76", remote: "full" }).length,
    });
  });

  QUnit.test("the query reads known values and ignores others", (assert) => {
    assert.deepEqual(
      placeFiltersFromQuery({ job_place: "reg-76", job_remote: "full" }),
      { place: "reg-76", remote: "full" }
    );
    assert.deepEqual(
      placeFiltersFromQuery({ job_place: "dep-31", job_remote: "yes" }),
      NO_PLACE_FILTERS,
      "members pick régions; remote is partial or full"
    );
    assert.deepEqual(placeFiltersToQuery({ place: "abroad", remote: null }), {
      job_place: "abroad",
      job_remote: null,
    });
  });
});
