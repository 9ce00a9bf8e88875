<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
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
        <location filename="../../src/redaksi/gui/main_actions.py" line="23"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="23"/>
        <source>Simpan ke pustaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="24"/>
        <source>&amp;Pulihkan tulisan yang belum tersimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="25"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="26"/>
        <source>&amp;Urungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="27"/>
        <source>&amp;Ulangi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="28"/>
        <source>&amp;Cari…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="29"/>
        <source>Cari dan &amp;ganti…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="30"/>
        <source>&amp;Tebal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="30"/>
        <source>Cetak tebal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="32"/>
        <source>&amp;Miring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="32"/>
        <source>Cetak miring (untuk kata asing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="34"/>
        <source>Tau&amp;tan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="34"/>
        <source>Sisipkan tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="35"/>
        <source>&amp;Kutipan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="35"/>
        <source>Blok kutipan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="37"/>
        <source>&amp;Subjudul dalam teks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="37"/>
        <source>Subjudul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="40"/>
        <source>&amp;Temuan berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="40"/>
        <source>Ke temuan berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="42"/>
        <source>&amp;Periksa ulang seluruh berita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="43"/>
        <source>Periksa &amp;sambil menulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="44"/>
        <source>Per&amp;besar teks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="45"/>
        <source>Per&amp;kecil teks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="46"/>
        <source>&amp;Ukuran asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="48"/>
        <source>Mode &amp;fokus (layar penuh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="51"/>
        <source>&amp;Pustaka berita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="53"/>
        <source>Berkas &amp;terbaru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="86"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="94"/>
        <source>&amp;Sunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="98"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="102"/>
        <source>&amp;Periksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="106"/>
        <source>&amp;Tampilan</source>
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
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/find_replace.py" line="143"/>
        <source>%n ditemukan</source>
        <translation type="unfinished">
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
        <location filename="../../src/redaksi/gui/finding_menu.py" line="39"/>
        <source>(hapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="46"/>
        <source>Tidak ada saran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="51"/>
        <source>Tambahkan ke kamus redaksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="54"/>
        <source>Abaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="55"/>
        <source>Abaikan di berita ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="59"/>
        <source>Abaikan semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/finding_menu.py" line="60"/>
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
        </translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/findings_panel.py" line="88"/>
        <source>Tidak ada temuan. Tulisan bersih.</source>
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
    <name>MainActions</name>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="139"/>
        <source>Alat sunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="145"/>
        <source>Baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="146"/>
        <source>Mode fokus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="147"/>
        <source>Subjudul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="148"/>
        <source>Temuan ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="149"/>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_actions.py" line="150"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="112"/>
        <source>Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="351"/>
        <source>Tidak dapat membuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="370"/>
        <source>Pindahkan ke tempat sampah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="371"/>
        <source>Pindahkan berita ini ke tempat sampah? Berita dapat dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="382"/>
        <source>Gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="392"/>
        <source>Judul kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="392"/>
        <source>Beri judul berita sebelum menyimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="401"/>
        <source>Gagal menyimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="413"/>
        <source>Tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="432"/>
        <source>%1 (salinan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="464"/>
        <source>Perubahan belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="465"/>
        <source>(tanpa judul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="466"/>
        <source>Simpan perubahan pada “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="467"/>
        <source>Jika tidak disimpan, perubahan Anda akan hilang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="473"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="474"/>
        <source>Jangan simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="475"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="489"/>
        <source>Pemulihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="489"/>
        <source>Tidak ada tulisan yang perlu dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/main_window.py" line="538"/>
        <source>%n kata</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/redaksi/gui/main_window.py" line="539"/>
        <source>± %n menit baca</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="555"/>
        <source>Tautan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="556"/>
        <source>Alamat (https://…), kosongkan untuk menghapus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="590"/>
        <source>Impor berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="590"/>
        <source>Berkas berita (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="602"/>
        <source>Impor gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="610"/>
        <source>Diimpor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="641"/>
        <source>Berita baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="644"/>
        <source>Belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="649"/>
        <source>Belum pernah disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="652"/>
        <source>Versi %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="654"/>
        <source>tanpa rubrik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="658"/>
        <source>Cadangan otomatis tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/redaksi/gui/main_window.py" line="661"/>
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
</TS>
