"""The newsroom conventions the recogniser knows, as regular expressions.

Kept apart from the recognition logic so a desk editor reading this file sees every form
Redaksi understands: datelines, photo captions, related-story lines, credits, end marks
and the boilerplate that web pages wrap around a story.
"""

from __future__ import annotations

import re

DASH = r"(?:-{1,2}|–|—|‒|―)"
SENTENCE_END = re.compile(r"[.!?…][\"”’']?$")

# --- datelines -------------------------------------------------------------------------
_CAP_WORD = r"[A-Z0-9][\w.'’&-]*"
_DOMAIN = r"[A-Za-z0-9-]+(?:\.[A-Za-z]{2,})+"
_NAME_WORD = rf"(?:{_DOMAIN}|{_CAP_WORD})"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"

# "Denpasar (ANTARA) -", "JAKARTA (Reuters) -"
DATELINE_PAREN = re.compile(
    rf"(?P<place>{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,3}})[ \t]*\([ \t]*"
    rf"(?P<outlet>[^()\n]{{2,40}}?)[ \t]*\)[ \t]*{DASH}[ \t]*"
)
# "JAKARTA, KOMPAS.com -", "TEMPO.CO, Jakarta -", "Bisnis.com, JAKARTA -"
DATELINE_PAIR = re.compile(rf"(?P<a>{_NAME})[ \t]*,[ \t]*(?P<b>{_NAME})[ \t]*{DASH}[ \t]*")
# "KOMPAS.com -" (outlet alone)
DATELINE_OUTLET = re.compile(rf"(?P<outlet>{_DOMAIN})[ \t]*{DASH}[ \t]*")
# "SURABAYA -" (place alone, in capitals; weak: also how photo captions start)
DATELINE_PLACE = re.compile(
    rf"(?P<place>[A-Z][A-Z'’.]+(?:[ \t]+[A-Z][A-Z'’.]+){{0,2}})(?:[ \t]+{DASH}[ \t]*|{DASH}[ \t]+)"
)
# "Lumajang -" (place alone in title case, spaced dash; weak)
DATELINE_PLACE_TITLE = re.compile(
    rf"(?P<place>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{0,2}})[ \t]+{DASH}[ \t]+(?=\S)"
)
# "MATA ANGINIslamic State ...": an outlet in capitals glued to the lead's first word.
DATELINE_GLUED = re.compile(r"(?P<outlet>[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,3})(?=[A-Z][a-z])")

_OUTLET_NAMES = (
    "antara|kompas|tempo|tribun|detik|cnn|liputan6|republika|reuters|afp|ap|bisnis|kontan|"
    "katadata|medcom|okezone|sindonews|suara|jawa pos|jpnn|media indonesia|beritasatu|inews|"
    "viva|idn times|kumparan|tirto|kbr|rri|tvri|metro|mata angin|bbc|voa|xinhua|bernama|"
    "pikiran rakyat|radar|harian|koran|pos|times|news|post|online"
)
OUTLET_HINT = re.compile(rf"{_DOMAIN}|\b(?:{_OUTLET_NAMES})\b", re.IGNORECASE)

# --- photo captions --------------------------------------------------------------------
# "Warga melintas di ... (FOTO: ANTARA/Budi)"; the caption may be empty (credit alone).
CAPTION_FOTO = re.compile(
    r"(?P<caption>.*?)[ \t]*\([ \t]*(?P<label>foto|photo|ft)[ \t]*:[ \t]*"
    r"(?P<credit>[^()\n]+?)[ \t]*\)[ \t]*",
    re.IGNORECASE | re.DOTALL,
)
# "Warga melintas di .... Foto: Dok. Humas"
CAPTION_FOTO_BARE = re.compile(
    r"(?P<caption>.+?[.!?”\"])[ \t]+(?P<label>Foto|FOTO|Photo)[ \t]*:[ \t]*"
    r"(?P<credit>[^:()\n]{2,80}?)[ \t]*",
    re.DOTALL,
)
# "Foto: Dok. Humas" on a line of its own.
LONE_FOTO = re.compile(
    r"\(?[ \t]*(?P<label>foto|photo|ft)[ \t]*:[ \t]*(?P<credit>[^()\n]{2,80}?)[ \t]*\)?",
    re.IGNORECASE,
)
_AGENCY = (
    r"ANTARA[ \t]+FOTO|ANTARA/|(?:REUTERS|AFP|AP|EPA|EPA-EFE|XINHUA)(?:[ \t]+Photo)?/|"
    r"Getty[ \t]+Images|Dok(?:umentasi)?\.|Dok[ \t]|Istimewa|Ist\.|Tangkapan[ \t]+layar|"
    r"Screenshot|Shutterstock"
)
# "... di Jakarta, Senin (23/11). (ANTARA FOTO/Budi Santoso/foc.)"
CAPTION_AGENCY = re.compile(
    rf"(?P<caption>.*?)[ \t]*\((?P<credit>(?:{_AGENCY})[^()\n]*?)\)[ \t]*", re.DOTALL
)
# "... di Jakarta. (SHUTTERSTOCK/Andri)", "(KOMPAS.com/Rina)": SOURCE/Name credits.
CAPTION_SLASH = re.compile(
    r"(?P<caption>.*?)[ \t]*\((?P<credit>(?P<source>[A-Za-z][\w.&' -]{1,30}?)/[^()\n]+?)\)[ \t]*",
    re.DOTALL,
)
# "BOMBARDIR - Pesawat ... (Twitter Mustafa Bali)"
CAPTION_KEYWORD = re.compile(
    rf"(?P<caption>[A-Z0-9][A-Z0-9'’&.]*(?:[ \t]+[A-Z0-9][A-Z0-9'’&.]*){{0,3}}[ \t]*{DASH}"
    rf"[ \t]*\S.*?)[ \t]*\((?P<credit>[^()\n]{{2,80}})\)[ \t]*",
    re.DOTALL,
)
CREDIT_HINT = re.compile(
    r"foto|photo|dok\b|dok\.|istimewa|\bist\b|twitter|instagram|facebook|youtube|tiktok|"
    r"tangkapan|screenshot|/|reuters|afp|antara|getty|\bepa\b|\bap\b|humas|kompas|tribun|"
    r"detik|tempo|shutterstock|unsplash|pixabay|\.com|\.id\b",
    re.IGNORECASE,
)
NAME_LIKE = re.compile(r"[A-Z@][\w.'’@-]*(?:[ \t]+(?:[A-Z@][\w.'’@-]*|dan|bin|binti|van|de)){0,5}")

# --- related-story lines ---------------------------------------------------------------
RELATED = re.compile(
    r"(?P<label>(?:baca|lihat|simak|cek)[ \t]+(?:juga|pula)|artikel[ \t]+terkait|"
    r"berita[ \t]+terkait)[ \t]*:[ \t]*(?P<rest>.*)"
    # "BACA JUGA Judul" without a colon only in capitals: "Lihat juga bagaimana..." is prose.
    r"|(?P<caps>(?-i:BACA[ \t]+JUGA|LIHAT[ \t]+JUGA))[ \t]+(?P<rest2>\S.*)"
    # "Baca Juga" alone on its line, the title on the next.
    r"|(?P<alone>(?:baca|lihat|simak)[ \t]+juga)",
    re.IGNORECASE | re.DOTALL,
)
WEB_URL = re.compile(r"https?://\S+$", re.IGNORECASE)
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()]+[^\s<>\"'().,;:!?]")

# --- credits, bylines, end marks -------------------------------------------------------
CREDIT_LABEL = re.compile(
    r"\b(?:(?P<key>Pewarta|Editor|Penulis|Reporter|Redaktur|Penyunting|Fotografer|Kontributor|"
    r"Wartawan|Videografer|Penerjemah|Penyelaras(?:[ \t]+bahasa)?)[ \t]*:|"
    r"(?P<by>Laporan[ \t]+oleh)[ \t]*:?)",
    re.IGNORECASE,
)
# "Penulis Ayu | Editor Dimas": labels without colons, only on a line of several credits.
CREDIT_LABEL_LOOSE = re.compile(
    r"\b(?P<key>Pewarta|Editor|Penulis|Reporter|Redaktur|Penyunting|Fotografer|Kontributor)\b"
    r"[ \t]*:?"
)
BYLINE = re.compile(
    r"(?P<label>Oleh[ \t]*:?|OLEH[ \t]*:?|Laporan[ \t]+(?:[Ww]artawan|[Rr]eporter|[Kk]ontributor))"
    r"[ \t]+(?P<name>[A-Z][\w.,'’-]*(?:[ \t]+(?:[A-Z][\w.,'’-]*|dan|bin|binti)){0,6})"
)
END_MARK = re.compile(r"\([ \t]*\*{1,3}[ \t]*\)|\[\*\]|\([a-z]{2,6}(?:/[a-z]{2,6}){0,3}\)")
TRAILING_END_MARK = re.compile(
    r"(?<=[.!?”\"’'])[ \t]*(?P<mark>\([ \t]*\*{1,3}[ \t]*\)|\([a-z]{2,6}(?:/[a-z]{2,6}){0,3}\))$"
)
TAGS = re.compile(r"(?P<label>tags?|topik|label)[ \t]*:[ \t]*(?P<rest>\S.*)", re.IGNORECASE)
TAG_SEPARATOR = re.compile(r"[,;|#]+")
MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+")

# --- web boilerplate -------------------------------------------------------------------
_SOCIAL = r"facebook|twitter|x|whatsapp|wa|telegram|line|linkedin|pinterest|e-?mail|threads"
BOILERPLATE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), reason)
    for pattern, reason in (
        (r"be the first to comment(?: on .*)?\.?", "kolom komentar"),
        (r"leave a (?:reply|comment)(?:[ \t]+cancel reply)?", "kolom komentar"),
        (r"cancel reply|post comment|submit comment|log in to reply|reply|balas", "kolom komentar"),
        (
            r"your email address will not be published\.?(?:[ \t]*required fields are marked"
            r"[ \t]*\*)?",
            "kolom komentar",
        ),
        (r"required fields are marked[ \t]*\*", "kolom komentar"),
        (
            r"(?:comment|name|email|website|nama|komentar|situs web|situs)[ \t]*\*?:?",
            "kolom komentar",
        ),
        (
            r"save my name, email, and website in this browser for the next time i comment\.?",
            "kolom komentar",
        ),
        (r"(?:kirim|tulis|beri(?:kan)?)[ \t]+komentar(?:[ \t]+anda)?", "kolom komentar"),
        (r"\d+[ \t]+(?:comments?|komentar|tanggapan)", "kolom komentar"),
        (r"no comments?(?: yet)?\.?|belum ada komentar\.?", "kolom komentar"),
        (r"jadilah yang pertama (?:berkomentar|mengomentari)\.?", "kolom komentar"),
        (r"tinggalkan (?:balasan|komentar)", "kolom komentar"),
        (r"alamat email anda tidak akan (?:dipublikasikan|ditampilkan)\..*", "kolom komentar"),
        (
            r"share(?: this(?: article)?)?:?|bagikan(?: artikel(?: ini)?| berita(?: ini)?)?:?",
            "tombol berbagi",
        ),
        (
            rf"(?:share|bagikan)(?:[ \t]+(?:on|ke|to|via|lewat))?[ \t]+(?:{_SOCIAL})",
            "tombol berbagi",
        ),
        (rf"(?:{_SOCIAL}|copy link|salin tautan|salin link|print|cetak|tweet)", "tombol berbagi"),
        (
            rf"(?:share(?: this)?|bagikan)[ \t]*:?[ \t]*(?:(?:{_SOCIAL}|copy link|salin tautan|"
            r"tweet)[ \t,|·/]*)+",
            "tombol berbagi",
        ),
        (
            r"(?:\d+[ \t]*)?shares?[ \t]*\d*|like this:?|suka ini:?|loading\.*|memuat\.*",
            "tombol berbagi",
        ),
        (
            r"advertisement|iklan|sponsored|konten sponsor|ads|"
            r"scroll to continue(?: with content)?",
            "iklan",
        ),
        (
            r"(?:dapatkan|simak)[ \t]+(?:update|berita|breaking news|informasi).*",
            "ajakan berlangganan",
        ),
        (
            r"ikuti[ \t]+(?:kami|berita|saluran|akun).*(?:google news|whatsapp|telegram|instagram|"
            r"twitter|facebook|tiktok|youtube).*",
            "ajakan berlangganan",
        ),
        (r"baca berita (?:lainnya|menarik lainnya|terbaru) (?:di|dari) .*", "ajakan berlangganan"),
        (
            r"(?:follow us|download|unduh)[ \t].*(?:app|aplikasi|google news|instagram).*",
            "ajakan berlangganan",
        ),
        (r"(?:home|beranda)(?:[ \t]*[»>›/|][ \t]*\S.*)?", "navigasi situs"),
        (r"pilih saluran andalanmu.*", "ajakan berlangganan"),
        (r"simak video.*|\[gambas:[^\]]*\]|video terkait:?", "video sisipan"),
        (
            r"halaman[ \t]*:?[ \t]*(?:\d+[ \t]*)+.*|(?:halaman[ \t]+)?(?:selanjutnya|sebelumnya|"
            r"berikutnya)|tampilkan semua|lihat semua|show all",
            "navigasi situs",
        ),
        (
            r"[←→«»‹›<>]*[ \t]*(?:previous|next|older|newer)[ \t]+(?:post|article|story|entry)"
            r"(?:[ \t]*:.*)?[ \t]*[←→«»‹›<>]*",
            "navigasi situs",
        ),
        (
            r"(?:artikel|berita)[ \t]+(?:sebelumnya|selanjutnya|berikutnya)(?:[ \t]*:.*)?",
            "navigasi situs",
        ),
        (
            r"related(?: posts| articles| stories)?:?|you (?:may|might) also like:?",
            "navigasi situs",
        ),
        (
            r"kategori[ \t]*:.*|(?:posted in|filed under)[ \t]*:?.*",
            "navigasi situs",
        ),
        (r"(?:copyright|hak cipta)[ \t]*(?:©|\(c\))?.*|©.*|all rights reserved\.?", "hak cipta"),
        (r"[*•·]+", "tanda bintang lepas"),
        (
            r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad),?[ \t]+\d{1,2}[ \t]+"
            r"[a-z]+[ \t]+\d{4}(?:[ \t]*[,|-]?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:wib|wita|wit))?)?",
            "waktu tayang halaman",
        ),
        (
            rf"(?:{_DOMAIN}[ \t]*{DASH}[ \t]*)?\d{{1,2}}/\d{{1,2}}/\d{{2,4}},?[ \t]+\d{{1,2}}[:.]"
            r"\d{2}(?:[ \t]*(?:wib|wita|wit))?",
            "waktu tayang halaman",
        ),
        (
            r"(?:diperbarui|updated|published|dipublikasikan|diterbitkan)[ \t]*:?[ \t]*.{0,40}\d{4}"
            r".{0,20}",
            "waktu tayang halaman",
        ),
    )
)
BOILERPLATE_MAX_WORDS = 30
# All boilerplate forms in one expression (one pass in C per line); group ``b<i>`` names
# the entry of :data:`BOILERPLATE` that matched.
BOILERPLATE_ANY = re.compile(
    "|".join(f"(?P<b{i}>{pattern.pattern})" for i, (pattern, _) in enumerate(BOILERPLATE)),
    re.IGNORECASE,
)
