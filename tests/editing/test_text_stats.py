from redaksi.editing.text_stats import count_words, text_stats


def test_reduplication_and_numbers_count_once():
    assert count_words("anak-anak membawa 6.000 liter air, kata Sutarno (54).") == 8


def test_reading_time_rounds_up():
    text = " ".join(["kata"] * 401)
    stats = text_stats(text, words_per_minute=200)
    assert stats.words == 401
    assert stats.minutes == 3


def test_empty_text_takes_no_time():
    assert text_stats("  \n ").minutes == 0
