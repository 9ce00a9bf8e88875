from redaksi.editing.conflict import conflict_copy
from redaksi.story.model import Paragraph, Story


def test_copy_is_a_new_story_linked_to_the_original():
    mine = Story(headline="Rob", paragraphs=[Paragraph("Versi saya.")], id=7, version=3, slug="rob")
    copy = conflict_copy(mine, 7, "Rob (salinan)")
    assert (copy.id, copy.version, copy.slug) == (None, 0, "")
    assert copy.uuid != mine.uuid
    assert copy.headline == "Rob (salinan)"
    assert copy.paragraphs == mine.paragraphs and copy.paragraphs is not mine.paragraphs
    assert copy.extra["copy_of"] == 7
    assert mine.id == 7 and "copy_of" not in mine.extra
