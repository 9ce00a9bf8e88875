<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name></name>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="21"/>
        <source>&amp;Berita baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="21"/>
        <source>Mulai berita baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="22"/>
        <source>&amp;Impor berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="22"/>
        <source>Impor berkas teks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="24"/>
        <source>&amp;Tempel sebagai berita baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="26"/>
        <source>Kenali naskah dari papan klip (halaman web, pengolah kata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="28"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="28"/>
        <source>Simpan ke pustaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="30"/>
        <source>&amp;Ekspor HTML siap terbit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="30"/>
        <source>Ekspor berita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="33"/>
        <source>Terbitkan ke &amp;WordPress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="35"/>
        <source>Kirim berita yang disetujui ke situs WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="38"/>
        <source>Situs W&amp;ordPress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="38"/>
        <source>Alamat situs, pengguna dan kata sandi aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="40"/>
        <source>&amp;Pulihkan tulisan yang belum tersimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="41"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="42"/>
        <source>&amp;Urungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="43"/>
        <source>&amp;Ulangi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="44"/>
        <source>&amp;Cari…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="45"/>
        <source>Cari dan &amp;ganti…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="46"/>
        <source>&amp;Tebal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="46"/>
        <source>Cetak tebal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="48"/>
        <source>&amp;Miring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="48"/>
        <source>Cetak miring (untuk kata asing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="50"/>
        <source>Tau&amp;tan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="50"/>
        <source>Sisipkan tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="51"/>
        <source>&amp;Kutipan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="51"/>
        <source>Blok kutipan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="53"/>
        <source>&amp;Subjudul dalam teks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="53"/>
        <source>Subjudul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="56"/>
        <source>&amp;Temuan berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="56"/>
        <source>Ke temuan berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="58"/>
        <source>&amp;Periksa ulang seluruh berita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="60"/>
        <source>&amp;Gaya selingkung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="60"/>
        <source>Atur aturan gaya dan padanan redaksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="62"/>
        <source>Periksa &amp;sambil menulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="63"/>
        <source>Per&amp;besar teks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="64"/>
        <source>Per&amp;kecil teks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="65"/>
        <source>&amp;Ukuran asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="67"/>
        <source>Mode &amp;fokus (layar penuh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="70"/>
        <source>&amp;Pustaka berita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="72"/>
        <source>Berkas &amp;terbaru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="105"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="115"/>
        <source>&amp;Sunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="119"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="123"/>
        <source>&amp;Periksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="128"/>
        <source>&amp;Tampilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/export_flow.py" line="66"/>
        <source>Tidak dapat mengekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_settings_dialog.py" line="126"/>
        <source>Isi alamat situs dan pengguna lebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_settings_dialog.py" line="128"/>
        <source>Administrator belum mengatur situs WordPress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_settings_dialog.py" line="135"/>
        <source>Kata sandi tersimpan akan dihapus saat Anda menekan Simpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_settings_dialog.py" line="137"/>
        <source>Belum ada kata sandi tersimpan untuk %1 di situs ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_settings_dialog.py" line="139"/>
        <source>Kata sandi aplikasi untuk %1 tersimpan di keyring sistem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_settings_dialog.py" line="141"/>
        <source>Kata sandi aplikasi untuk %1 diingat sampai Redaksi ditutup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="62"/>
        <source>Tampilkan yang selesai</source>
        <extracomment>Emitted with an :class:`Anchor` when the user clicks a comment&apos;s quoted text. Emitted after a comment, reply, resolve or reopen changed the threads.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="74"/>
        <source>Batal membalas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="82"/>
        <source>Tulis komentar… (Ctrl+Enter untuk mengirim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="84"/>
        <source>Kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="146"/>
        <source>%1 terbuka, %2 selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="153"/>
        <source>Buka sebuah berita untuk melihat komentarnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="155"/>
        <source>Semua komentar sudah selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="157"/>
        <source>Belum ada komentar. Pilih teks di editor untuk mengomentarinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="220"/>
        <source>Klik untuk memilih teks ini di editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="236"/>
        <source>Selesai · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="242"/>
        <source>Buka lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="245"/>
        <source>Balas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="249"/>
        <source>Selesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="287"/>
        <source>Membalas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="292"/>
        <source>Mengomentari %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/comments_panel.py" line="295"/>
        <source>Komentar untuk seluruh berita</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/redaksi/gui/conflict_dialog.py" line="35"/>
        <source>Berita ini sudah disimpan orang lain (versi %1) sejak Anda membukanya (versi %2). Tulisan Anda tidak akan menimpa versi mereka: simpan tulisan Anda sebagai berita salinan, atau buang tulisan Anda dan muat versi tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="8"/>
        <source>Berita sudah diubah orang lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="20"/>
        <source>Versi tersimpan (milik rekan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="28"/>
        <source>Versi Anda (belum tersimpan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="46"/>
        <source>Kembali menyunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="51"/>
        <source>Buang versi saya, muat versi tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="56"/>
        <source>Simpan versi saya sebagai salinan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditLockBar</name>
    <message>
        <location filename="../../src/redaksi/gui/edit_lock_bar.py" line="56"/>
        <source>Ambil alih</source>
        <extracomment>Whether this desk may edit the open story now. Our lock was taken over by another desk while the story was open. Another desk holds the open story&apos;s lock (not merely its status forbids edits).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/edit_lock_bar.py" line="59"/>
        <source>Coba lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/edit_lock_bar.py" line="123"/>
        <source>Kunci sunting diambil alih oleh %1. Perubahan yang belum disimpan tidak akan ditimpakan; simpan sebagai salinan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/edit_lock_bar.py" line="168"/>
        <source>Sedang disunting oleh %1 sejak %2. Anda membukanya hanya-baca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/edit_lock_bar.py" line="169"/>
        <source>desk lain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../src/redaksi/gui/export_flow.py" line="78"/>
        <source>Ekspor ke folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/export_flow.py" line="83"/>
        <source>Tulis alasan bila tetap diekspor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/export_flow.py" line="101"/>
        <source>Mengekspor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/export_flow.py" line="116"/>
        <source>Diekspor ke %1 (%2 berkas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/export_flow.py" line="122"/>
        <source>Ekspor selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/export_flow.py" line="131"/>
        <source>Ekspor gagal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../src/redaksi/gui/find_replace.py" line="78"/>
        <source>Tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/find_replace.py" line="125"/>
        <source>%n diganti</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/find_replace.py" line="143"/>
        <source>%n ditemukan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="17"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="19"/>
        <source>Teks yang dicari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="25"/>
        <source>Ganti dengan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="26"/>
        <source>Teks pengganti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="31"/>
        <source>Aa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="32"/>
        <source>Bedakan huruf besar dan kecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="37"/>
        <source>▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="38"/>
        <location filename="../../ui/find_replace_bar.ui" line="39"/>
        <source>Sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="44"/>
        <source>▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="45"/>
        <source>Berikutnya (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="46"/>
        <source>Berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="51"/>
        <source>Ganti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="56"/>
        <source>Ganti semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="66"/>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_replace_bar.ui" line="67"/>
        <source>Tutup (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingMenu</name>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="41"/>
        <source>(hapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="49"/>
        <source>Perbaiki semua (%1×) → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="54"/>
        <source>Ganti setiap temuan aturan ini untuk kata yang sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="59"/>
        <source>Tidak ada saran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="64"/>
        <source>Tambahkan ke kamus redaksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="67"/>
        <source>Abaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="68"/>
        <source>Abaikan di berita ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="72"/>
        <source>Abaikan semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="73"/>
        <source>Abaikan kata ini di semua berita Anda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsController</name>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/findings_controller.py" line="52"/>
        <source>%n temuan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/findings_controller.py" line="57"/>
        <source>Pemeriksaan bahasa gagal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/findings_controller.py" line="69"/>
        <source>Kamus redaksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/findings_controller.py" line="73"/>
        <source>“%1” ditambahkan ke kamus redaksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/findings_panel.py" line="86"/>
        <source>%n temuan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/findings_panel.py" line="88"/>
        <source>Tidak ada temuan. Tulisan bersih.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="73"/>
        <source>Riwayat revisi</source>
        <extracomment>Below this width the list and the diff are stacked; side by side each would be unreadable. Emitted with the saved :class:`Story` after a revision was restored.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="83"/>
        <source>Rev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="84"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="85"/>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="86"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="87"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="103"/>
        <source>Pilih satu revisi untuk melihat perubahannya, atau dua untuk membandingkannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="114"/>
        <source>Tampilkan bagian yang tidak berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="122"/>
        <source>Pulihkan revisi ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="125"/>
        <source>Simpan isi revisi terpilih sebagai revisi baru; riwayat tetap utuh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="187"/>
        <source>Tidak ada berita terbuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="240"/>
        <source>Revisi %1 dipulihkan sebagai revisi %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="251"/>
        <source>Pulihkan revisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="252"/>
        <source>Pulihkan isi revisi %1? Isi sekarang tetap tersimpan di riwayat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="296"/>
        <source>Tidak ada revisi dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="299"/>
        <source>Revisi %1 (versi pertama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="303"/>
        <source>Revisi %1 → revisi %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="324"/>
        <source>Tidak ada perubahan teks di antara kedua revisi ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/history_panel.py" line="333"/>
        <source>(tanpa nama)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseStyleDialog</name>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="49"/>
        <source>Gaya selingkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="56"/>
        <source>Aturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="57"/>
        <source>Padanan redaksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="61"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="62"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="70"/>
        <source>Perubahan berlaku untuk semua meja redaksi pada pemeriksaan berikutnya. Matikan set atau aturan yang tidak dipakai, ubah tingkatnya, atau tambahkan padanan khas redaksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="84"/>
        <source>Set / aturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="84"/>
        <source>Tingkat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="84"/>
        <source>Norma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="121"/>
        <source>Ditulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="121"/>
        <source>Seharusnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="121"/>
        <source>Pesan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="127"/>
        <source>mis. Pemkot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="129"/>
        <source>mis. Pemerintah Kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="130"/>
        <source>Tambah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="132"/>
        <source>Hapus yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/house_style_dialog.py" line="152"/>
        <source>Isi bentuk yang ditulis dan penggantinya (berbeda).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStrip</name>
    <message>
        <location filename="../../src/redaksi/gui/link_markers.py" line="95"/>
        <source>Baca juga setelah teras</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../src/redaksi/gui/library_view.py" line="60"/>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/library_view.py" line="60"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/library_view.py" line="60"/>
        <source>Penulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/library_view.py" line="60"/>
        <source>Diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/library_view.py" line="96"/>
        <source>(tanpa judul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/library_view.py" line="123"/>
        <source>kemarin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../src/redaksi/gui/library_view.py" line="171"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/library_view.py" line="209"/>
        <source>%n berita</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/library_view.py" line="233"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/library_view.py" line="236"/>
        <source>Pindahkan ke tempat sampah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_view.ui" line="16"/>
        <source>Pustaka berita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_view.ui" line="24"/>
        <source>Cari judul, teras, atau penulis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_view.ui" line="26"/>
        <source>Cari berita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_view.ui" line="31"/>
        <source>Saring menurut status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_view.ui" line="47"/>
        <source>Daftar berita</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkMarkers</name>
    <message>
        <location filename="../../src/redaksi/gui/link_markers.py" line="326"/>
        <source>lepas di sini untuk menaruhnya tepat setelah teras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/link_markers.py" line="329"/>
        <source>Setelah teras: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/link_markers.py" line="385"/>
        <source>Pilih di panel Berita terkait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/link_markers.py" line="391"/>
        <source>Pindahkan ke akhir berita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/link_markers.py" line="395"/>
        <source>Hapus tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/link_markers.py" line="410"/>
        <source>Klik untuk memilih, seret untuk memindahkan, klik kanan untuk menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="161"/>
        <source>Alat sunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="167"/>
        <source>Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="168"/>
        <source>Mode fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="169"/>
        <source>Subjudul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="170"/>
        <source>Temuan ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="171"/>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="172"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="175"/>
        <source>Ekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="176"/>
        <source>Terbitkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="140"/>
        <source>Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="441"/>
        <source>Tidak dapat membuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="460"/>
        <source>Pindahkan ke tempat sampah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="461"/>
        <source>Pindahkan berita ini ke tempat sampah? Berita dapat dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="472"/>
        <source>Gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="531"/>
        <source>Judul kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="531"/>
        <source>Beri judul berita sebelum menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="542"/>
        <location filename="../../src/redaksi/gui/main_window.py" line="576"/>
        <source>Gagal menyimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="649"/>
        <source>Tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="568"/>
        <source>%1 (salinan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="686"/>
        <source>Perubahan belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="687"/>
        <source>(tanpa judul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="688"/>
        <source>Simpan perubahan pada “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="689"/>
        <source>Jika tidak disimpan, perubahan Anda akan hilang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="695"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="696"/>
        <source>Jangan simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="558"/>
        <location filename="../../src/redaksi/gui/main_window.py" line="697"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="496"/>
        <source>Gaya selingkung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="552"/>
        <source>Tidak dapat menyimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="555"/>
        <source>Tulisan Anda tidak hilang: simpan sebagai berita baru (salinan) untuk Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="557"/>
        <source>Simpan sebagai salinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="602"/>
        <source>Berita sudah berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="604"/>
        <source>Desk lain menyimpan berita ini setelah Anda membukanya. Berita dimuat ulang; periksa perubahannya lalu ulangi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="611"/>
        <source>Status tidak dapat diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="616"/>
        <source>Status berita: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="711"/>
        <source>Pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="711"/>
        <source>Tidak ada tulisan yang perlu dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/main_window.py" line="768"/>
        <source>%n kata</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/main_window.py" line="769"/>
        <source>± %n menit baca</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="785"/>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="786"/>
        <source>Alamat (https://…), kosongkan untuk menghapus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="820"/>
        <source>Impor berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="820"/>
        <source>Berkas berita (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="832"/>
        <location filename="../../src/redaksi/gui/main_window.py" line="840"/>
        <source>Impor gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="846"/>
        <source>Diimpor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="859"/>
        <location filename="../../src/redaksi/gui/main_window.py" line="867"/>
        <source>Tempel gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="872"/>
        <source>Naskah tempelan dikenali; %1 bagian halaman web dibuang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="904"/>
        <source>Berita baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="907"/>
        <source>Belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="912"/>
        <source>Belum pernah disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="915"/>
        <source>Versi %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="917"/>
        <source>tanpa rubrik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="921"/>
        <source>Cadangan otomatis tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="924"/>
        <source>Cadangan otomatis GAGAL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>Redaksi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoFields</name>
    <message>
        <location filename="../../src/redaksi/gui/photo_fields.py" line="52"/>
        <source>KATA KUNCI – Siapa, sedang apa, di mana, kapan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_fields.py" line="55"/>
        <source>FOTO: ANTARA/Nama Pewarta Foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_fields.py" line="58"/>
        <source>Apa yang terlihat di foto, untuk pembaca tunanetra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_fields.py" line="65"/>
        <source>Foto utama berita ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_fields.py" line="95"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_fields.py" line="96"/>
        <source>Kredit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_fields.py" line="97"/>
        <source>Teks alternatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_fields.py" line="98"/>
        <source>Fotografer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_fields.py" line="99"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_fields.py" line="160"/>
        <source>Ganti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="130"/>
        <source>Tambah foto…</source>
        <extracomment>The workstation listens for this to mark the story as changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="131"/>
        <source>Tempel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="132"/>
        <source>Jadikan foto utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="133"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="139"/>
        <source>Tempel foto dari papan klip (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="154"/>
        <source>Belum ada foto.
Seret foto ke sini, tempel dengan Ctrl+V, atau klik “Tambah foto…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="299"/>
        <source>Papan klip tidak berisi foto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="318"/>
        <source>tanpa nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="319"/>
        <source>Foto “%1” dihapus dari berita ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/photo_panel.py" line="400"/>
        <source>%n foto</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="408"/>
        <source>(belum ada keterangan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="411"/>
        <source>Kredit belum diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="419"/>
        <source>UTAMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="453"/>
        <source>Memuat pratinjau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="453"/>
        <source>Tidak ada foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="477"/>
        <source>Berkas asli memuat lokasi GPS; lokasi tidak ikut diterbitkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="549"/>
        <source>Foto “%1” tidak ditambahkan: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="622"/>
        <source>Tambah foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_panel.py" line="624"/>
        <source>Foto (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPreviewDialog</name>
    <message>
        <location filename="../../src/redaksi/gui/photo_preview.py" line="25"/>
        <source>Pratinjau foto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/photo_preview.py" line="37"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="48"/>
        <source>Terbitkan ke WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="64"/>
        <source>Batalkan pengiriman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="65"/>
        <source>Coba lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="66"/>
        <source>Buka di peramban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="67"/>
        <source>Kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="68"/>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="152"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="101"/>
        <source>Simpan sebagai &amp;draf di WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="102"/>
        <source>&amp;Terbitkan langsung untuk pembaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="116"/>
        <source>Anda boleh terus menulis; jendela ini boleh ditutup selama pengiriman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="152"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="173"/>
        <source>Berita ini sudah pernah dikirim: %1&lt;br&gt;Tulisan itu akan diperbarui, tidak digandakan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="178"/>
        <source>Pengiriman sebelumnya terhenti; %n berkas foto sudah ada di situs dan tidak diunggah lagi.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="184"/>
        <source>Berita ini akan dikirim sebagai tulisan baru, lengkap dengan fotonya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="199"/>
        <source>Menyiapkan foto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="211"/>
        <source>Mengunggah berkas foto %1 dari %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="221"/>
        <source>Mengirim tulisan ke situs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="237"/>
        <source>Terbit di situs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="237"/>
        <source>Tersimpan sebagai draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="242"/>
        <source>Tulisan baru dibuat (ID %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="244"/>
        <source>Tulisan ID %1 diperbarui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="246"/>
        <source>%n berkas foto diunggah</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="247"/>
        <source>detik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="251"/>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="251"/>
        <source>Pengiriman gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="259"/>
        <source>Tulisan di Redaksi tetap utuh. Foto yang sudah terunggah dicatat pada berita, jadi Coba lagi melanjutkan dari titik terhenti tanpa mengunggah ulang atau menggandakan tulisan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="270"/>
        <source>ke %1 sebagai %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_publish_dialog.py" line="278"/>
        <source>Membatalkan setelah unggahan yang sedang berjalan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessGate</name>
    <message>
        <location filename="../../src/redaksi/gui/readiness_gate.py" line="48"/>
        <source>Berita belum siap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/readiness_gate.py" line="50"/>
        <source>Berita belum siap diterbitkan:
%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/readiness_gate.py" line="55"/>
        <source>Tetap lanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/readiness_gate.py" line="56"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/redaksi/gui/recovery_dialog.py" line="27"/>
        <source>(tanpa judul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/recovery_dialog.py" line="30"/>
        <source>%n kata</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="8"/>
        <source>Pulihkan tulisan yang belum tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="13"/>
        <source>Redaksi tidak ditutup dengan benar. Tulisan berikut belum tersimpan dan dapat dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="32"/>
        <source>Buang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="43"/>
        <source>Nanti saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="48"/>
        <source>Pulihkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="120"/>
        <source>Berita terkait</source>
        <extracomment>The workstation listens for this to mark the story as changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="128"/>
        <source>Cari di pustaka…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="136"/>
        <source>Saran dan hasil pencarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="143"/>
        <source>Letak tautan baru atau tautan yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="145"/>
        <source>Tambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="150"/>
        <location filename="../../src/redaksi/gui/related_panel.py" line="155"/>
        <source>Tautan di berita ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="160"/>
        <source>Naik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="162"/>
        <source>Turun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="164"/>
        <source>Pindahkan ke letak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="166"/>
        <source>Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="174"/>
        <source>https://… (tautan luar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="176"/>
        <source>Judul tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="177"/>
        <source>Tambah tautan luar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="473"/>
        <source>Buka berita untuk melihat saran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="475"/>
        <source>Hasil pencarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="478"/>
        <source>Saran untuk draf ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="486"/>
        <source>Di akhir berita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="487"/>
        <source>Setelah teras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="490"/>
        <source>Setelah paragraf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="505"/>
        <source>Pilih berita dari daftar saran atau hasil pencarian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="596"/>
        <source>di akhir berita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="598"/>
        <source>setelah teras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="599"/>
        <source>setelah paragraf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/related_panel.py" line="605"/>
        <source>pustaka</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="58"/>
        <source>Meja redaksi</source>
        <extracomment>Emitted with a story id when the user asks to open it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="61"/>
        <source>Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="73"/>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="74"/>
        <source>Penulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="75"/>
        <source>Rubrik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="76"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="77"/>
        <source>Menunggu sejak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="92"/>
        <source>Tidak ada berita yang menunggu disunting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="129"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="132"/>
        <source>Mulai sunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="134"/>
        <source>Ubah status menjadi Disunting lalu buka beritanya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="180"/>
        <source>Diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="180"/>
        <source>Disunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="182"/>
        <source>%1 oleh %2 · %3 · penulis %4 · versi %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="211"/>
        <source>Antrean sunting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="215"/>
        <source>Dikembalikan ke saya (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="223"/>
        <source>(tanpa judul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="233"/>
        <source>Catatan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="255"/>
        <source>Buka untuk diperbaiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="264"/>
        <source>Dikembalikan oleh %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="265"/>
        <source>redaktur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="267"/>
        <source>tanpa rubrik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/review_queue.py" line="274"/>
        <source>Tidak ada berita yang dikembalikan kepada Anda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryEditor</name>
    <message>
        <location filename="../../src/redaksi/gui/story_editor.py" line="73"/>
        <location filename="../../ui/story_editor.ui" line="108"/>
        <source>Rubrik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="36"/>
        <source>Draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="54"/>
        <source>Judul berita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="55"/>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="60"/>
        <source>Subjudul (tidak wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="61"/>
        <source>Subjudul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="69"/>
        <source>Tempat (dateline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="70"/>
        <source>Tempat dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="75"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="76"/>
        <source>Media dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="81"/>
        <source>Penulis (byline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="82"/>
        <source>Penulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="89"/>
        <source>Teras berita: siapa, apa, kapan, di mana, mengapa, bagaimana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="90"/>
        <source>Teras berita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="98"/>
        <source>Isi berita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="99"/>
        <source>Tulis isi berita di sini…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="114"/>
        <source>Tag, pisahkan dengan koma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/story_editor.ui" line="115"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordPressFlow</name>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_flow.py" line="98"/>
        <source>Situs WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_flow.py" line="113"/>
        <location filename="../../src/redaksi/gui/wordpress_flow.py" line="233"/>
        <source>Terbitkan ke WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_flow.py" line="135"/>
        <source>Tidak dapat menerbitkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_flow.py" line="143"/>
        <source>Kata sandi aplikasi untuk %1 di %2 belum tersimpan di komputer ini. Isi sekarang?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_flow.py" line="164"/>
        <source>Memeriksa kesiapan berita…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_flow.py" line="172"/>
        <source>Situs WordPress belum diatur. Buka pengaturan situs sekarang?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_flow.py" line="180"/>
        <source>Tulis alasan bila tetap dikirim ke situs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_flow.py" line="185"/>
        <source>Pemeriksaan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_flow.py" line="234"/>
        <source>Buka lagi berita «%1» untuk mencoba mengirimnya lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_flow.py" line="256"/>
        <source>Terkirim ke WordPress: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordPressSettingsDialog</name>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_settings_dialog.py" line="53"/>
        <source>Draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_settings_dialog.py" line="53"/>
        <source>Terbit langsung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_settings_dialog.py" line="57"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_settings_dialog.py" line="58"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/wordpress_settings_dialog.py" line="162"/>
        <source>Menguji koneksi ke %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="8"/>
        <source>Situs WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="14"/>
        <source>Berita yang sudah disetujui dikirim ke situs ini melalui REST API WordPress, lengkap dengan foto, kategori, dan tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="19"/>
        <source>Situs (berlaku untuk semua meja redaksi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="24"/>
        <source>&amp;Alamat situs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="30"/>
        <source>https://situs.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="35"/>
        <source>&amp;Pengguna WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="41"/>
        <source>nama login di WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="46"/>
        <source>&amp;Kategori bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="52"/>
        <source>dipakai bila berita tidak berkategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="57"/>
        <source>&amp;Status bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="67"/>
        <source>Hanya administrator yang dapat mengubah bagian ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="75"/>
        <source>Kata sandi aplikasi (hanya di komputer ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="85"/>
        <source>Keyring sistem tidak tersedia di komputer ini: kata sandi hanya diingat sampai Redaksi ditutup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="93"/>
        <source>isi untuk menyimpan atau mengganti kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="98"/>
        <source>&amp;Hapus yang tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="106"/>
        <source>Buat kata sandi aplikasi di WordPress: Pengguna › Profil › Kata Sandi Aplikasi. Kata sandi disimpan di keyring sistem operasi, tidak pernah di basis data redaksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wordpress_settings_dialog.ui" line="116"/>
        <source>&amp;Uji koneksi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <location filename="../../src/redaksi/gui/workflow_bar.py" line="40"/>
        <source>Lainnya</source>
        <extracomment>(move, note): the desk chose ``move``; ``note`` is empty unless the move needs one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/workflow_bar.py" line="41"/>
        <source>Langkah lain untuk berita ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/workflow_bar.py" line="61"/>
        <source>Ubah status menjadi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/workflow_bar.py" line="79"/>
        <source>Catatan untuk penulis (apa yang perlu diperbaiki):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
