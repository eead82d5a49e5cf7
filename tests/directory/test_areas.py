"""Service areas resolved offline: councils, counties, postcode districts, and towns and
villages placed by the gazetteer, with warnings where a place cannot be found."""

from __future__ import annotations

import pytest

from directory.areas import (
    LOCALITY_KM,
    PLACE_KM,
    UNRESOLVED,
    default_councils,
    near_point,
    residence_area,
    resolve_area,
    resolve_areas,
)
from directory.council_names import default_council_names
from directory.gazetteer import Gazetteer, Place, default_gazetteer, km_between
from directory.geography import PostcodeDirectory

SHROPSHIRE = "E06000051"
LUDLOW = (52.3743, -2.7131)
WEM = (52.8584, -2.7183)
#: A venue in Keynsham (Bath and North East Somerset).
KEYNSHAM = (51.4139, -2.4978)


def points(codes: tuple[str, ...], km: float | None = None) -> list[tuple[float, float]]:
    out = []
    for code in codes:
        point = near_point(code)
        assert point is not None, code
        assert km is None or point[2] == km, code
        out.append(point[:2])
    return out


def test_the_shipped_gazetteer_holds_uk_towns_and_villages() -> None:
    gazetteer = default_gazetteer()
    assert len(gazetteer) > 3000
    (ludlow,) = gazetteer.named("Ludlow")
    assert ludlow.county == "Shropshire"
    assert km_between((ludlow.lat, ludlow.lon), LUDLOW) < 2
    assert gazetteer.named("bishops castle") == gazetteer.named("Bishop's Castle") != ()
    assert gazetteer.named("Online") == gazetteer.named("Countywide") == ()


def test_an_extent_of_villages_becomes_the_area_around_each() -> None:
    area = {"name": "South Shropshire", "extent": "Ludlow, Church Stretton and Craven Arms"}
    resolved = resolve_area(area, [], default_councils())
    assert resolved.warning is None
    found = points(resolved.codes, PLACE_KM)
    assert len(found) == 3
    assert min(km_between(p, LUDLOW) for p in found) < 2


def test_a_name_for_several_places_takes_the_one_near_the_venue() -> None:
    resolved = resolve_area({"name": "Whitchurch"}, [WEM], default_councils())
    ((lat, lon),) = points(resolved.codes)
    assert resolved.warning is None
    assert 5 < km_between((lat, lon), WEM) < 20  # Whitchurch, Shropshire, not Bath's
    far = resolve_area({"name": "Whitchurch"}, [KEYNSHAM], default_councils())
    assert km_between(points(far.codes)[0], KEYNSHAM) < 10


def test_a_name_for_several_places_is_placed_by_the_county_of_its_list() -> None:
    listed = resolve_area(
        {"name": "North Shropshire", "extent": "Whitchurch, Wem, Market Drayton"},
        [],
        default_councils(),
    )
    assert listed.warning is None
    assert all(km_between(p, LUDLOW) < 80 for p in points(listed.codes))
    alone = resolve_area({"name": "Whitchurch"}, [], default_councils())
    assert alone.codes == (UNRESOLVED,)  # ambiguous, no venue: never guessed
    assert alone.warning


def test_names_that_cannot_be_placed_add_the_venues_and_warn() -> None:
    resolved = resolve_area(
        {"name": "Clun valley", "extent": "Ludlow, Nowheresville Parva"},
        [(52.42, -3.03)],
        default_councils(),
    )
    assert len(points(resolved.codes[:1], PLACE_KM)) == len(points(resolved.codes[1:], LOCALITY_KM))
    assert resolved.warning is not None and "Nowheresville Parva" in resolved.warning


def test_councils_and_codes_still_win_over_places() -> None:
    assert resolve_area({"name": "Shropshire"}, [], default_councils()).codes == (SHROPSHIRE,)
    coded = resolve_area({"name": "Ludlow", "uri": SHROPSHIRE}, [], default_councils())
    assert coded.codes == (SHROPSHIRE,)


def test_prose_naming_towns_narrows_a_council_wide_area() -> None:
    codes, warnings = resolve_areas(
        [{"name": "Bath and North East Somerset"}],
        [],
        default_councils(),
        "For families living in Keynsham and Saltford with children under 5.",
    )
    assert len(points(codes, PLACE_KM)) == 2 and not warnings
    assert all(km_between(p, KEYNSHAM) < 10 for p in points(codes))


def test_prose_naming_no_place_leaves_the_area() -> None:
    said = residence_area("For parents of children in Year 7.", [], default_councils())
    assert said.codes == ()


@pytest.mark.parametrize("label", ["Online", "Countywide", "Surrounding villages"])
def test_labels_that_name_no_place_are_not_placed(label: str) -> None:
    gazetteer = Gazetteer([Place("Ludlow", *LUDLOW, "Shropshire")])
    resolved = resolve_area({"name": label}, [], default_councils(), gazetteer)
    assert resolved.codes == (UNRESOLVED,)


def test_prose_naming_the_towns_it_works_in_narrows_only_when_all_are_places() -> None:
    codes, _ = resolve_areas(
        [{"name": "Bath and North East Somerset"}],
        [],
        default_councils(),
        "Adults experiencing abuse in the Midsomer Norton, Radstock, Paulton and surrounding area.",
    )
    assert len(points(codes, PLACE_KM)) == 3
    for prose in ("Sessions in English and Polish.", "For pupils in Year 7 and Year 8."):
        said = residence_area(prose, [], default_councils())
        assert said.codes == (), prose


def test_the_councils_made_in_2023_are_the_ones_families_live_in() -> None:
    """The ONS lookup read is of 2021; the postcode directory places families in Somerset,
    North Yorkshire, Cumberland and Westmorland and Furness as they are now."""
    councils = default_councils()
    postcodes = PostcodeDirectory()
    taunton, carlisle = postcodes.lookup("TA1 1HE"), postcodes.lookup("CA1 1AA")
    assert taunton is not None and carlisle is not None
    for area in ({"name": "Somerset"}, {"name": "Somerset", "uri": "E10000027"}):
        assert taunton.la_code in resolve_area(area, [], councils).codes
    assert carlisle.la_code in resolve_area({"name": "Cumbria"}, [], councils).codes
    assert resolve_area({"name": "Cumberland"}, [], councils).codes == (carlisle.la_code,)
    assert councils.named("North Yorkshire") == ["E06000065"]
    assert default_council_names().name(taunton.la_code) == "Somerset"


def test_an_abolished_district_is_never_taken_for_a_council() -> None:
    councils = default_councils()
    coded = resolve_area({"name": "Mendip", "uri": "E07000187"}, [], councils)
    assert coded.codes == (UNRESOLVED,)
    assert coded.warning and "abolished in April 2023" in coded.warning
    assert "Somerset E06000066" in coded.warning
    # By name, a former district that is a town is that town, not the council it was.
    harrogate = resolve_area({"name": "Harrogate"}, [], councils)
    assert harrogate.warning is None
    assert all(km_between(p, (53.99, -1.54)) < 3 for p in points(harrogate.codes, PLACE_KM))


def test_prose_naming_a_place_we_cannot_resolve_is_never_a_silent_pass() -> None:
    """Families must live somewhere we cannot place, and there is no venue to stand in: held
    to the service area when there is one, else offered to no family until an editor sets
    it, with a warning that says so."""
    prose = "Only for families living in Upper Brackenthwaite."
    alone, warnings = resolve_areas([], [], default_councils(), prose)
    assert alone == (UNRESOLVED,)
    assert warnings and "Upper Brackenthwaite" in warnings[0] and "editor" in warnings[0]
    council, _ = resolve_areas(
        [{"name": "Bath and North East Somerset"}], [], default_councils(), prose
    )
    assert council == ("E06000022",)
