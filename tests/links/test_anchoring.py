"""Placement arithmetic of inline links and the link list the body keeps, without Qt."""

from __future__ import annotations

import pytest

from redaksi.links.anchoring import (
    TOP,
    arrange,
    block_for_paragraph,
    owner_block,
    paragraph_index,
    settle,
)
from redaksi.links.link_state import KeyedLink, decode_state, encode_state
from redaksi.links.related import AFTER_LEAD, find_link
from redaksi.story.model import Paragraph, RelatedLink, Story

# Blocks: paragraph, blank line, paragraph, paragraph, blank line.
BLANK = [False, True, False, False, True]


@pytest.mark.parametrize(
    ("block", "after"),
    [(TOP, AFTER_LEAD), (0, 0), (1, 0), (2, 1), (3, 2), (4, 2)],
)
def test_a_block_is_after_the_paragraphs_written_up_to_it(block: int, after: int) -> None:
    assert paragraph_index(block, BLANK) == after


def test_blank_blocks_before_any_paragraph_mean_after_the_lead() -> None:
    assert paragraph_index(0, [True, False]) == AFTER_LEAD
    assert owner_block(0, [True, False]) == TOP


@pytest.mark.parametrize(("after", "block"), [(AFTER_LEAD, TOP), (0, 0), (1, 2), (2, 3)])
def test_paragraphs_map_back_to_their_blocks(after: int, block: int) -> None:
    assert block_for_paragraph(after, BLANK) == block
    assert paragraph_index(block, BLANK) == after


@pytest.mark.parametrize("after", [3, 10, -2])
def test_missing_paragraphs_have_no_block(after: int) -> None:
    assert block_for_paragraph(after, BLANK) is None


def test_a_drop_on_an_empty_line_lands_after_the_paragraph_above() -> None:
    assert owner_block(1, BLANK) == 0
    assert owner_block(4, BLANK) == 3
    assert owner_block(3, BLANK) == 3
    assert owner_block(99, BLANK) == 3


def test_arrange_orders_keys_by_link_order_and_skips_the_impossible() -> None:
    arrangement = arrange([7, 3, 5, 9], {3: 1, 7: 1, 5: TOP, 9: 12}, 3)
    assert arrangement.top == (5,)
    assert arrangement.blocks == ((), (7, 3), ())
    assert arrangement.where() == {5: TOP, 7: 1, 3: 1}


def test_a_split_paragraph_keeps_its_link_after_the_last_half_with_text() -> None:
    # Enter at the end of paragraph 0: both halves carry key 1; the new one is blank.
    settled = settle([1], set(), [(1,), (1,), ()], [False, True, False], lost_to=TOP)
    assert settled.blocks == ((1,), (), ())
    # Enter in the middle: the link follows the end of the text.
    settled = settle([1], set(), [(1,), (1,)], [False, False], lost_to=TOP)
    assert settled.blocks == ((), (1,))
    # Enter at the start: the blank line above gives the link up.
    settled = settle([1], set(), [(1,), (1,)], [True, False], lost_to=TOP)
    assert settled.blocks == ((), (1,))
    # Both halves blank: the first keeps it.
    settled = settle([1], set(), [(1,), (1,)], [True, True], lost_to=TOP)
    assert settled.blocks == ((1,), ())


def test_links_of_a_deleted_paragraph_go_where_the_editor_says() -> None:
    settled = settle([1, 2, 3], set(), [(1,), (3,)], [False, False], lost_to=0)
    assert settled.blocks == ((1, 2), (3,))
    settled = settle([2], set(), [()], [False], lost_to=TOP)
    assert settled.top == (2,) and settled.blocks == ((),)


def test_links_after_the_lead_stay_there_and_strangers_are_dropped() -> None:
    settled = settle([4, 1], {4}, [(4, 1, 99)], [False], lost_to=0)
    assert settled.top == (4,)
    assert settled.blocks == ((1,),)


def test_the_link_list_round_trips_through_its_json() -> None:
    items = [
        KeyedLink(1, RelatedLink("Pompa baru", story_id=12, placement="inline")),
        KeyedLink(2, RelatedLink("Kronologi", url="https://contoh.id/k", placement="inline",
                                 after_paragraph=AFTER_LEAD)),
        KeyedLink(5, RelatedLink("Peta “rob”", url="https://contoh.id/p")),
    ]  # fmt: skip
    text = encode_state(items)
    assert "“rob”" in text  # readable, not escaped
    assert decode_state(text) == items


@pytest.mark.parametrize("text", ["", "{}", "[1]", '[{"title": "x"}]', "bukan json"])
def test_malformed_link_lists_are_refused(text: str) -> None:
    assert decode_state(text) is None


def test_find_link_matches_library_stories_and_urls() -> None:
    story = Story(
        paragraphs=[Paragraph("Satu.")],
        related=[RelatedLink("A", story_id=3), RelatedLink("B", url="https://contoh.id/b/")],
    )
    assert find_link(story, RelatedLink("judul lain", story_id=3)) == 0
    assert find_link(story, RelatedLink("B", url="https://contoh.id/b")) == 1
    assert find_link(story, RelatedLink("C", story_id=4)) is None
