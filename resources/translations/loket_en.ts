<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="+431"/>
        <source>Tentang Loket</source>
        <translation>About Loket</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aplikasi front office DPMPTSP: penerimaan berkas, alur back office, pencetakan SK, survei kepuasan dan penyerahan.</source>
        <translation>Front-office application of a DPMPTSP licensing office: intake, back-office flow, permit printing, satisfaction survey and handover.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder data: {data}&lt;br&gt;Log: {log}&lt;br&gt;Python {py} · Qt for Python {qt} · {os}</source>
        <translation>Data folder: {data}&lt;br&gt;Log: {log}&lt;br&gt;Python {py} · Qt for Python {qt} · {os}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/pages/worklist.py" line="+225"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batal</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../ui/search.py" line="+68"/>
        <source>Posisi berkas</source>
        <translation>Where files are</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Posisi berkas per status</source>
        <translation>Files per state</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+58"/>
        <location line="+84"/>
        <source>Semua permohonan</source>
        <translation>All applications</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Daftar permohonan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Hasil untuk “{q}” · status {state}</source>
        <translation>Results for “{q}” · state {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hasil untuk “{q}”</source>
        <translation>Results for “{q}”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak ada permohonan yang cocok dengan “{q}”.</source>
        <translation>No application matches “{q}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum ada permohonan.</source>
        <translation>No applications yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} permohonan ditampilkan · gulir ke bawah untuk memuat berikutnya</source>
        <translation>{n} applications shown · scroll down to load more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} permohonan</source>
        <translation>{n} applications</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ui/pages/worklist.py" line="+238"/>
        <source>Naskah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surat penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naskah izin (SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ketentuan</source>
        <translation type="unfinished">Conditions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alasan</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opsional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setujui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/admin_audit.py" line="+43"/>
        <source>Log audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No. permohonan / tanda terima / SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per&amp;mohonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Periksa rantai audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Semua petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Memuat…</source>
        <translation type="unfinished">Loading…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (dibatasi {n}; persempit saringan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memeriksa rantai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RUSAK: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rantai utuh: {n} catatan dari {k} workstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/login.py" line="+271"/>
        <source>Ganti kata sandi — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kata sandi Anda diatur oleh administrator. Pilih kata sandi Anda sendiri (minimal {n} karakter) sebelum mulai bekerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kata sandi baru minimal {n} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kata sandi &amp;saat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ulangi kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batal</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../ui/pages/intake_checklist.py" line="+196"/>
        <source>Daftar persyaratan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <location filename="../../ui/pages/complaints.py" line="+32"/>
        <source>Pengaduan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mis. antrean lama, informasi biaya, sikap petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Isi pengaduan sebagaimana disampaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>telepon / surel (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nomor permohonan bila terkait (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catat pengaduan (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saluran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pokok:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permohonan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cari tiket, pokok, isi, kontak (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Daftar pengaduan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tanggapan / penyelesaian yang disampaikan kepada pengadu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan tindak lanjut (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengaduan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status baru:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggapan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{m}: {n} (selesai {d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengaduan per bulan — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kontak: {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pengaduan dicatat dengan nomor tiket {t}. Sampaikan nomor ini kepada pengadu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tindak lanjut pengaduan {t} disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counter4Page</name>
    <message>
        <location filename="../../ui/pages/counter4.py" line="+46"/>
        <source>Pindai QR tanda terima, atau ketik nomor tanda terima / nomor permohonan, lalu Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+175"/>
        <source>Belum ada berkas dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cetak SK (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alasan cetak ulang, mis. kertas macet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak ulang (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> salinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legalisir (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salinan legalisir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Riwayat cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cetak SK… (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Pindai QR tanda terima atau ketik nomornya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membuka…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>elektronik (TTE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>basah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF bertanda tangan elektronik, dicetak apa adanya (SHA-256 diperiksa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dibuat dari templat jenis izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SK {n} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Buka berkas dulu (pindai QR tanda terima).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tuliskan alasan cetak ulang (paling sedikit 5 huruf).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counter5Page</name>
    <message>
        <location filename="../../ui/pages/counter5.py" line="+369"/>
        <source>Penyerahan SK (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengaduan (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laporan SKM (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/detail.py" line="+384"/>
        <source>Memuat permohonan…</source>
        <translation>Loading the application…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Permohonan</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langkah berikutnya</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>Persyaratan</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+135"/>
        <source>Wajib</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+131"/>
        <source>Ada</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+136"/>
        <source>Asli</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Lembar</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Permohonan tidak dapat dibuka</source>
        <translation>The application cannot be opened</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Jatuh tempo {date}</source>
        <translation>Due {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — terlambat</source>
        <translation> — late</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standar pelayanan {n} hari kerja</source>
        <translation>Service standard {n} working days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sejak {time}</source>
        <translation>Since {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · di {holder}</source>
        <translation> · at {holder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No. permohonan</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis izin</source>
        <translation>Permit type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis permohonan</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. izin lama</source>
        <translation>Previous permit no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterima lengkap</source>
        <translation>Received complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. tanda terima</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standar pelayanan</source>
        <translation>Service standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hari kerja</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, dengan kajian teknis</source>
        <translation>, with technical review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lokasi izin</source>
        <translation>Permit location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. SK</source>
        <translation>Permit no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik</source>
        <translation>SiCantik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tempat, tgl lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>NPWP</source>
        <translation>Tax no. (NPWP)</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+10"/>
        <source>Surel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>NIB</source>
        <translation>Business no. (NIB)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tidak ada langkah lagi.</source>
        <translation>No further steps.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tidak ada</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilihan</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belum diperiksa</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salinan</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perlu asli</source>
        <translation>original needed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Riwayat ({n})</source>
        <translation>History ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persyaratan ({done}/{n} diperiksa)</source>
        <translation>Requirements ({done}/{n} checked)</translation>
    </message>
</context>
<context>
    <name>DetailWindow</name>
    <message>
        <location line="+33"/>
        <source>Permohonan {no}</source>
        <translation>Application {no}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} · Loket</source>
        <translation>{title} · Loket</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../ui/pages/worklist.py" line="-65"/>
        <source>Buat naskah izin / surat penolakan</source>
        <translation type="unfinished">Draft permit / rejection letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dikembalikan oleh {by}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Jenis naskah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} bulan sejak ditandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selama usaha/kegiatan berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masa berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satu ketentuan per baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ketentuan</source>
        <translation type="unfinished">Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satu alasan per baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alasan penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan</source>
        <translation type="unfinished">Note</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../ui/login.py" line="-265"/>
        <source>Pesan kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePanel</name>
    <message>
        <location filename="../../ui/pages/worklist.py" line="+205"/>
        <source>Pilih berkas di daftar kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dikembalikan oleh {by} ({when}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tidak ada tindakan untuk Anda pada status ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kajian teknis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>belum dijadwalkan (standar {n} hari kerja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rekomendasi / BAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Naskah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor izin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <location filename="../../ui/pages/counter5.py" line="-327"/>
        <source>Pindai QR tanda terima, atau ketik nomor tanda terima / nomor permohonan, lalu Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Belum ada berkas dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1. Survei Kepuasan Masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mulai survei di layar pemohon (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alasan pemohon menolak mengisi SKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catat penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>2. Penyerahan SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diambil sendiri oleh pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dikuasakan (surat kuasa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>nomor pada identitas yang diperlihatkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serahkan SK dan arsipkan (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nama penerima:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis identitas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor identitas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor surat kuasa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal surat kuasa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Alasan: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Survei sedang diisi pemohon di layarnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+25"/>
        <source>Tanda terima penyerahan — {no}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/pages/intake.py" line="+150"/>
        <source>Loket 2 — Penerimaan Berkas</source>
        <translation type="unfinished">Counter 2 — Intake</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waktu pemeriksaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nomor permohonan, NIK, nama, nomor tanda terima — atau pindai QR/kode batang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cari berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in baru (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register harian (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ekspor CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Pindai QR tanda terima atau kode batang nomor permohonan — di mana pun kursor berada — atau ketik nomor/NIK/nama lalu Enter.
Belum terdaftar? Ctrl+N untuk permohonan walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nomor permohonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <source>Pemohon</source>
        <translation type="unfinished">Applicant</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>NIK</source>
        <translation type="unfinished">NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Jenis izin</source>
        <translation type="unfinished">Permit type</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Status</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Perusahaan</source>
        <translation type="unfinished">Company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permohonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat</source>
        <translation type="unfinished">Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Persyaratan (* wajib) — Spasi: ada/tidak ada · Spasi di kolom Bentuk: asli/salinan · angka: lembar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Semua ADA (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Catatan pengembalian (opsional), mis. berkas tidak terbaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan pengembalian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kembalikan berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terima — cetak tanda terima (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+204"/>
        <source>Lihat/cetak ulang tanda terima (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Hari ini: {a} diterima · {r} dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Standar pemeriksaan: {m} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waktu pemeriksaan {mm:02d}:{ss:02d} / {std} menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — melewati standar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“{text}” tidak ada di basis data lokal; mencari di SiCantik…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>kode QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” tidak ditemukan. Ctrl+N untuk mendaftarkan permohonan walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} berkas cocok — pilih dengan panah, Enter untuk membuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{n} hari kerja</source>
        <translation type="unfinished">{n} working days</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ NIK ini juga punya permohonan jenis izin yang sama yang masih berjalan: {no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas ini pernah dikembalikan; pemeriksaan sebelumnya sudah terisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lihat/cetak ulang bukti pengembalian (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Berkas {no} dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas {no} sudah melewati Loket 2 ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Draf pendaftaran yang belum selesai dipulihkan; periksa lalu Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pendaftaran walk-in: isi data pemohon; waktu pemeriksaan berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Permohonan walk-in {no} terdaftar. Periksa persyaratannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>✔ Semua persyaratan wajib ada. Ctrl+Enter untuk menerima berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum lengkap: {n} persyaratan wajib belum terpenuhi{u}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ({k} belum diperiksa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Belum dapat diterima: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+49"/>
        <source>Tanda terima {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Bukti pengembalian {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Berkas {no} diterima; tanda terima {number}. Ctrl+P untuk mencetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas {no} dikembalikan; bukti {number}. Ctrl+P untuk mencetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Dicetak (cetak ulang — SALINAN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>sudah dicetak {n}×; cetak berikutnya SALINAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Register harian Loket 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ekspor register harian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register diekspor ke {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="+308"/>
        <source>Loket — layar terkunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Layar terkunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} · {ws} · sejak {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pekerjaan yang sedang dikerjakan tetap tersimpan. Masukkan kata sandi {name} untuk melanjutkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kata sandi {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ganti petugas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buka kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Masuk sebagai petugas lain. Jendela {name} disembunyikan, tidak ditutup: isiannya muncul lagi saat {name} masuk kembali di layar ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sesi lain yang terbuka: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Masuk sebagai petugas ini</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="+95"/>
        <source>Masuk — Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Masuk ke Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keluar</source>
        <translation type="unfinished">Quit</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location line="-62"/>
        <source>mis. budi.santoso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="-390"/>
        <source>Loket — Pelayanan Perizinan</source>
        <translation>Loket — Licensing Services</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cari permohonan — nomor, NIK, nama, atau no. tanda terima   (Ctrl+F)</source>
        <translation>Search applications — number, NIK, name or receipt no.   (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+216"/>
        <source>Cari permohonan</source>
        <translation>Search applications</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Permohonan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Halaman “{title}” tidak dapat dibuka karena kesalahan teknis.
Rincian dicatat di {log}.</source>
        <translation>The page “{title}” cannot be opened because of a technical fault.
Details are in {log}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Basis data: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workstation: {name}</source>
        <translation>Workstation: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sinkronisasi: menunggu…</source>
        <translation>Sync: waiting…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinkronisasi: hanya lokal</source>
        <translation>Sync: local only</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hanya baca</source>
        <translation>read only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} peran</source>
        <translation>{n} roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas: {name} — {roles}</source>
        <translation>Officer: {name} — {roles}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tersinkron {time}</source>
        <translation>In sync {time}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tersambung ke pusat</source>
        <translation>Connected to the central database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Luring — bekerja lokal</source>
        <translation>Offline — working locally</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · {n} menunggu dikirim</source>
        <translation> · {n} waiting to be sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinkronisasi: {text}</source>
        <translation>Sync: {text}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tentang Loket</source>
        <translation>About Loket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../ui/pages/admin_officers.py" line="+30"/>
        <source>Tambah petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah petugas {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mis. budi.santoso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>18 digit; kosongkan bila bukan ASN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama &amp;lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;oket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minimal {n} karakter; petugas wajib menggantinya saat masuk pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kata sandi &amp;awal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batal</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <location line="+81"/>
        <source>Petugas dan peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tambah petugas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ubah / peran…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Nonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Buka kunci akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atur ulang kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Daftar petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert: tambah · Enter: ubah · Petugas yang ditambahkan wajib mengganti kata sandinya saat masuk pertama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>terkunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wajib ganti sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Aktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nonaktifkan {name} ({u})? Petugas ini tidak dapat masuk lagi sampai diaktifkan kembali; catatannya tetap ada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueBadge</name>
    <message>
        <location filename="../../ui/pages/worklist.py" line="+303"/>
        <source>⚠ {n} berkas terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas yang menunggu Anda dan sudah melewati batas waktu pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak ada berkas terlambat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="+55"/>
        <source>Pratinjau dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cetak… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpan PDF… (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup (Esc)</source>
        <translation type="unfinished">Close (Esc)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cetak {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/pages/admin_officers.py" line="-162"/>
        <source>Atur ulang kata sandi {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Petugas wajib mengganti kata sandi ini saat masuk berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kata sandi &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ulangi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batal</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/pages/worklist.py" line="-705"/>
        <source>Catat rekomendasi / BAP</source>
        <translation type="unfinished">Record recommendation / inspection report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jadwal</source>
        <translation type="unfinished">Scheduled</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rekomendasi</source>
        <translation type="unfinished">Recommendation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor BAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tanggal BAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>(tidak ada lampiran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Lampirkan berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lampiran BAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF atau gambar (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Berkas lampiran tidak dapat dibaca: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location line="-84"/>
        <source>Jadwalkan kajian teknis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tanggal dan jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ruang rapat / lokasi peninjauan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satu nama per baris, mis. Ir. Bambang (Dinas PUPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anggota tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standar kajian untuk jenis izin ini: {n} hari kerja.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/search_model.py" line="+42"/>
        <source>No. Permohonan</source>
        <translation>Application No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis Izin</source>
        <translation>Permit Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jatuh Tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. Tanda Terima</source>
        <translation>Receipt No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Melewati standar waktu pelayanan</source>
        <translation>Past the service standard</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../ui/pages/worklist.py" line="+159"/>
        <source>Berkas kembali ke {role}, kepada petugas yang meneruskannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apa yang harus diperbaiki? (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan pengembalian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kembalikan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/login.py" line="+77"/>
        <source>Administrator pertama — Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selamat datang di Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum ada petugas di basis data ini. Buat akun &lt;b&gt;administrator&lt;/b&gt; pertama: administrator menambahkan petugas loket lain dan mengatur perannya. Loket tidak memiliki kata sandi bawaan; pilih kata sandi minimal {n} karakter, misalnya beberapa kata yang mudah Anda ingat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>mis. admin.siti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>18 digit; kosongkan bila bukan ASN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minimal {n} karakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama &amp;lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buat administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keluar</source>
        <translation type="unfinished">Quit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/pages/worklist.py" line="+14"/>
        <location line="+29"/>
        <source>Tandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Naskah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surat penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Naskah izin (SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda tangan elektronik (TTE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda tangan basah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>(belum ada berkas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Pilih PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF TTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Penandatangan</source>
        <translation type="unfinished">Signed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor {what} diberikan saat disimpan; PDF harus memuat nomor permohonan {no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PDF hasil TTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pilih berkas PDF hasil TTE terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berkas PDF tidak dapat dibaca: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyReportPanel</name>
    <message>
        <location filename="../../ui/pages/survey_report.py" line="+42"/>
        <source>Hitung IKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laporan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pilih periode lalu tekan “Hitung IKM”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsur pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tanggal awal setelah tanggal akhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>IKM {ikm} — mutu {g} ({label}); {n} responden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Laporan SKM {a} s.d. {b}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <location filename="../../ui/survey.py" line="+65"/>
        <location line="+25"/>
        <source>Survei Kepuasan Masyarakat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Jenis kelamin Anda?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berapa umur Anda (tahun)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pendidikan terakhir Anda?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pekerjaan utama Anda?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saran dan masukan untuk kami (boleh dikosongkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Umur dalam tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saran dan masukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Terima kasih atas penilaian Anda.
Silakan kembali ke petugas Loket 5 untuk menerima dokumen Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>← Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <location line="+8"/>
        <source>Lanjut →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Pertanyaan {i} dari {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tentang Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tekan angka 1–{n} atau sentuh jawaban.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ketik umur Anda, lalu tekan Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tekan Ctrl+Enter atau “Kirim” bila selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kirim ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Silakan pilih salah satu jawaban.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Umur harus angka antara {a} dan {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Tekan Esc sekali lagi untuk membatalkan survei.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/detail.py" line="-304"/>
        <source>Belum ada riwayat.</source>
        <translation>No history yet.</translation>
    </message>
</context>
<context>
    <name>TrackingPage</name>
    <message>
        <location filename="../../ui/pages/tracking.py" line="+370"/>
        <source>Pelacakan berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nomor permohonan, nomor tanda terima, atau pindai QR — Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor permohonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lacak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingView</name>
    <message>
        <location line="-299"/>
        <source>Posisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik</source>
        <translation type="unfinished">SiCantik</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Durasi / std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Riwayat proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cetak lembar kendali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lembar kendali proses (PDF, satu halaman) — Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Pilih berkas untuk melihat pelacakannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{state} — {holder}, sejak {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>belum ditetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{d} · selesai {n} hari kerja {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lebih awal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{d} · TERLAMBAT {n} hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{d} · batas waktu hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{d} · sisa {n} hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} · standar {n} hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} langkah, {late} terlambat, {back} kali dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tidak sesuai: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tidak ada data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Durasi dihitung dalam jam kerja pada hari kerja (tanpa libur nasional, cuti bersama dan hari tutup kantor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>TERLAMBAT (+{over})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+41"/>
        <source>menunggu pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+41"/>
        <source>sedang berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+41"/>
        <source>tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Mulai {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Menyiapkan lembar kendali…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lembar kendali {no}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/pages/worklist.py" line="-286"/>
        <source>Entri data &amp; verifikasi</source>
        <translation type="unfinished">Data entry &amp; verification</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jenis izin ini tidak punya isian data teknis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hasil verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wajib bila tidak memenuhi syarat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation type="unfinished">Note</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../ui/pages/intake_form.py" line="+115"/>
        <source>Pendaftaran permohonan walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Isian bertanda * wajib. Tab: isian berikutnya · Ctrl+S: daftarkan · Esc: batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Permohonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis izin *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis permohonan *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baru</source>
        <translation type="unfinished">New</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Perpanjangan</source>
        <translation type="unfinished">Renewal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan</source>
        <translation type="unfinished">Amendment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor izin lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipe pemohon *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perorangan</source>
        <translation type="unfinished">Individual</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Perusahaan</source>
        <translation type="unfinished">Company</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Lokasi izin</source>
        <translation type="unfinished">Permit location</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alamat lokasi kegiatan/usaha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wilayah lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pemohon</source>
        <translation type="unfinished">Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis identitas *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>16 digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama lengkap *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempat lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HH-BB-TTTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis kelamin</source>
        <translation type="unfinished">Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laki-laki</source>
        <translation type="unfinished">Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Perempuan</source>
        <translation type="unfinished">Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pekerjaan</source>
        <translation type="unfinished">Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPWP</source>
        <translation type="unfinished">Tax no. (NPWP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jalan, nomor, RT/RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kode pos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kontak pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor HP *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telepon</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surel</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama perusahaan *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIB *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>13 digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPWP perusahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat perusahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telepon perusahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surel perusahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Batal (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daftarkan &amp;&amp; periksa berkas (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>pilih jenis izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Tetap daftarkan permohonan baru?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../ui/pages/worklist.py" line="-213"/>
        <source>No. Permohonan</source>
        <translation type="unfinished">Application No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pemohon</source>
        <translation type="unfinished">Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis Izin</source>
        <translation type="unfinished">Permit Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sejak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Jatuh Tempo</source>
        <translation type="unfinished">Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sisa (hk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pemegang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Terlambat {n} hari kerja dari batas waktu {d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <location line="+620"/>
        <location line="+65"/>
        <source>Daftar kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Semua berkas yang menunggu Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saring: nomor permohonan, tanda terima, NIK, atau nama pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saring daftar kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hanya yang terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Termasuk berkas rekan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tampilkan juga berkas yang sedang dipegang petugas lain di unit Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pelacakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{n} berkas terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tidak ada berkas terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{shown} dari {total} berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak ada berkas yang menunggu Anda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="app_strings.py" line="+17"/>
        <source>Tanggal awal sesudah tanggal akhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workstation {ws}, catatan #{seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ujung rantai tidak cocok dengan catatan terakhir: diubah di luar aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nomor urut ganda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>isi catatan diubah atau urutannya ditukar (hash tidak cocok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catatan terakhir #{seq} hilang (dihapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catatan #{a}–#{b} di akhir rantai hilang (dihapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catatan #{seq} hilang (dihapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catatan #{a}–#{b} hilang (dihapus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catatan pertama menunjuk ke catatan sebelumnya yang tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidak tersambung ke catatan #{prev}: catatan sebelumnya diubah, diganti atau dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi terlalu mudah ditebak: hampir semua karakternya sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi tidak boleh memuat nama pengguna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi tidak boleh memuat NIP atau tanggal lahir dari NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi dari angka saja minimal 13 digit; lebih baik gunakan kalimat pendek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi terlalu mirip dengan nama lengkap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi minimal {n} karakter (terisi {k}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi maksimal {n} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loket — aplikasi front office DPMPTSP. Tanpa subperintah: membuka aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder data (bawaan: LOKET_DATA_DIR atau folder data pengguna)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buka jendela utama, tunggu sampai tergambar dengan data, cetak waktunya, keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log audit: periksa rantai, tampilkan catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>periksa rantai hash setiap workstation; keluar 1 bila ada yang rusak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catatan audit terbaru (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hanya petugas ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nomor permohonan, tanda terima atau SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator yang membaca (kata sandinya dari stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RUSAK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rantai audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rantai audit utuh: {n} catatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belum ada: buka aplikasi untuk membuat administrator pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ws}: {n} catatan, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rantai audit rusak: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} catatan, utuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RUSAK — {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} akun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>basis data pusat kantor: buat/perbarui skema, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buat atau perbarui skema basis data pusat (Alembic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL basis data pusat (bawaan: pengaturan central.url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>versi skema dan isi basis data pusat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data pusat {url}: skema {rev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data pusat {url}: skema {rev}, {n} transaksi sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pengaturan (bukan rahasia): get, set, list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tampilkan nilai satu pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ubah nilai satu pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semua pengaturan dengan nilainya dan keterangannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>basis data lokal: upgrade skema, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terapkan migrasi (salinan cadangan dibuat lebih dulu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>versi skema basis data lokal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data {path}: skema {rev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skema {rev}, terbaru {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data belum ada: {path} (jalankan: loket db upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>isi basis data dengan data contoh yang realistis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hanya bila belum ada permohonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>periksa folder data, basis data, keyring, koneksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terbaru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terbaru: {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cari permohonan: nomor, NIK, nama atau nomor tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nomor permohonan, NIK, awal nama, atau nomor tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hanya status ini (mis. RECEIVED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satu objek JSON per baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak ada permohonan yang cocok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terkunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PENGGUNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LOKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PERAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas {u} dinonaktifkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas {u} aktif kembali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunci akun {u} dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>petugas: tambah, daftar, nonaktifkan, peran, kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tambah petugas; kata sandi dibaca dari stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP 18 digit (boleh kosong untuk tenaga non-ASN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peran (boleh berulang): LOKET2 BACKOFFICE KASI KABID KADIN LOKET4 LOKET5 ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loket, mis. &quot;Loket 2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit kerja / bidang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daftar petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nonaktifkan petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aktifkan kembali petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buka kunci akun setelah salah kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ganti peran petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ganti kata sandi sendiri (lama, baru dari stdin) atau atur ulang dengan --as ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan petugas memerlukan administrator: tambahkan --as NAMA_ADMIN (kata sandinya dibaca dari baris pertama stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum ada petugas. Buat administrator pertama: loket officer add NAMA --name … --role ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nama pengguna administrator yang melakukan perubahan (kata sandinya: baris pertama stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi petugas baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran {u}: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi {u} diganti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kedua isian tidak sama; tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas {u} dibuat ({roles}); kata sandinya wajib diganti saat masuk pertama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} tidak terbaca dari stdin (satu per baris).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator pertama {u} dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi {u} diatur ulang; wajib diganti saat masuk berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi {label}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tulis dokumen (tanda terima, register, …) ke berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>berkas tujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>petugas yang mencetak (bawaan: sistem workstation ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditulis: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nomor permohonan atau nomor tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alasan cetak ulang (dicatat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanggal (bawaan: hari ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nomor permohonan, nomor tanda terima, atau isi QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Petugas {u} tidak ditemukan atau tidak aktif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal tidak sah: {d} (format YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rahasia di keyring OS: set, list, delete (nilai tidak pernah ditampilkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simpan rahasia; nilainya dibaca dari stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nama rahasia dan apakah sudah diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hapus rahasia dari keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belum diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{k} dari {n} terisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rahasia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} disimpan di keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; belum: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} dihapus dari keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} memang belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nilai {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impor permohonan dan status proses dari SiCantik Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tarik permohonan: satu nomor, rentang tanggal, atau (tanpa opsi) sejak tanda air terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satu nomor permohonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanggal awal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanggal akhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>petakan jenis izin SiCantik ke jenis izin Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kode jenis izin Loket, mis. SIP-DOK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jenis_izin_id di SiCantik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nama jenis_izin di SiCantik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daftar pemetaan jenis izin SiCantik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>penarikan terakhir dan baris yang gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih --no atau --from/--to, tidak keduanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--from dan --to harus diisi bersama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik: {summary} ({pages} halaman)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum ada pemetaan; jenis izin dicocokkan dengan nama atau kode jenis izin Loket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik</source>
        <translation type="unfinished">SiCantik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidak dikonfigurasi (sicantik.base_url kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SiCantik rahasia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>SiCantik tarikan terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  gagal {no}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jenis izin SiCantik {what} → {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda air penarikan terjadwal: {wm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAGAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berjalan/terputus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{flag} harus tanggal YYYY-MM-DD, bukan “{v}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SiCantik tidak mengenal permohonan {no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>belum diisi: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>baru {new}, diperbarui {updated}, tetap {unchanged}, gagal {failed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    gagal {no}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GAGAL: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survei Kepuasan Masyarakat: indeks (IKM) dan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hitung NRR per unsur, IKM dan mutu pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hitung dari CSV (kolom U1…U9) alih-alih basis data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satu objek JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>laporan SKM (PDF) untuk satu periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tanggal awal (zona waktu kantor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanggal akhir (termasuk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bobot unsur: exact = 1/9 (bawaan), atau 0.111 / 0.11 seperti laporan lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKM — {src}; {n} responden; bobot {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IKM {ikm} — mutu {grade} ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--from ({a}) setelah --to ({b}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--csv tidak dapat digabung dengan --from/--to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>basis data, {a} s.d. {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{flag}: tanggal tidak sah “{v}” (format YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sinkronkan dengan basis data pusat kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sekali saja, lalu keluar (bawaan: terus, tiap sync.interval_seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baris per transaksi kirim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workstation baru: ambil berkas N hari terakhir (dan semua yang masih berjalan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>komputer ini menggantikan workstation lama dengan nama yang sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>antrekan ulang semua data lokal (aman: yang sudah ada di pusat tidak berubah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perubahan yang menunggu dikirim, sinkronisasi terakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nilai yang tertimpa dan perubahan yang ditolak pusat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambil satu berkas lama dari pusat (nomor permohonan/tanda terima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workstation baru: data awal diambil dari pusat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak ada konflik sinkronisasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naik: {n} perubahan terkirim ({parts}); {same} sudah ada di pusat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turun: {n} baris ({parts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menunggu dikirim: {n}. Selesai dalam {s:.1f} detik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation: {ws}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menunggu dikirim: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinkronisasi terakhir berhasil: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas {n} diambil dari pusat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digabung: {m} baris; {c} nilai kalah tercatat (loket sync conflicts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DITOLAK pusat: {table} {id}: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} baris menunggu: perubahan lokal dikirim lebih dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} baris diantrekan ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>belum pernah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gagal masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akun dikunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data petugas diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas dinonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas diaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunci akun dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi diganti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rahasia disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rahasia dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Tambahkan permohonan contoh: nama, NIK, alamat dan perusahaan yang realistis, tersebar di semua status alur kerja dengan riwayat yang konsisten. Sanggup 1.000.000 permohonan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jumlah permohonan (bawaan 300)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>benih acak: benih sama, data sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tanpa laporan kemajuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudah ada permohonan; data contoh tidak ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>harus bilangan bulat 0 atau lebih: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} permohonan contoh dibuat dalam {s:.1f} detik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source> dari {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>halaman {page}{of}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Templat SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jenis izin tanpa templat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urutan unsur SKM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} templat sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} perubahan menunggu, terakhir berhasil: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data pusat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinkronisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tidak dipakai (hanya lokal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Berkas {n} tidak ada di basis data pusat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{err} — {n} perubahan tetap tersimpan di workstation ini dan dikirim pada sinkronisasi berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}  DITOLAK LOKAL  {table} {id}: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}  DITOLAK  {table} {id} dari {ws}: {msg} {lost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when}  {table}.{field} {id}: dipakai “{kept}” ({kws}), kalah “{lost}” ({lws})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>periksa keaslian kode QR dokumen (isi hasil pindai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teks hasil pindai kode QR, mis. LKT1.TT.…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>keluaran JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SAH — {kind} nomor {number}, tanggal {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor permohonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pemohon</source>
        <translation type="unfinished">Applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis izin</source>
        <translation type="unfinished">Permit type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permohonan {no} belum ada di basis data workstation ini (belum tersinkron).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perkiraan selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan: dokumen {number} belum ada di basis data ini (belum tersinkron).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} harus salah satu dari: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunci pengaturan tidak dikenal: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} harus ya/tidak (true/false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} harus bilangan bulat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REGISTER HARIAN PENERIMAAN BERKAS — LOKET 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak ada berkas yang diterima atau dikembalikan pada hari ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterima: {a} berkas · Dikembalikan: {r} berkas · Jumlah: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasil</source>
        <translation type="unfinished">Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. permohonan</source>
        <translation type="unfinished">Application no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. tanda terima / bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dicetak oleh,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register harian Loket 2 {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register harian Loket 2 · {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas: {name} — diterima {a}, dikembalikan {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{city}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baru</source>
        <translation type="unfinished">New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpanjangan</source>
        <translation type="unfinished">Renewal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan</source>
        <translation type="unfinished">Amendment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation type="unfinished">NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. Paspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. KITAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda terima ini WAJIB dibawa pada saat pengambilan izin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persyaratan</source>
        <translation type="unfinished">Requirement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bentuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lembar</source>
        <translation type="unfinished">Sheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas penerima,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pemohon,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIDAK ADA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asli</source>
        <translation type="unfinished">Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salinan</source>
        <translation type="unfinished">Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TANDA TERIMA BERKAS PERMOHONAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal dan jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis permohonan</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standar pelayanan</source>
        <translation type="unfinished">Service standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pindai untuk membuka berkas dan memeriksa keaslian tanda terima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pindai: buka berkas, cek keaslian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>izin lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat</source>
        <translation type="unfinished">Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telepon / surel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perusahaan</source>
        <translation type="unfinished">Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lokasi izin</source>
        <translation type="unfinished">Permit location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kelengkapan persyaratan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>* wajib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIB / NPWP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat perusahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hari kerja sejak berkas lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda terima berkas {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BUKTI PENGEMBALIAN BERKAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas dikembalikan karena persyaratan berikut belum dipenuhi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silakan lengkapi persyaratan di atas, lalu bawa kembali berkas beserta bukti ini ke Loket 2. Permohonan Anda tetap tercatat; pemeriksaan tidak diulang dari awal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak ada / belum dilampirkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan / yang harus dilengkapi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bukti pengembalian berkas {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(tidak wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menimbang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mengingat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepada Yth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>di tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tembusan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditandatangani secara elektronik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pindai untuk memeriksa keaslian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama templat tidak sah: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templat {name}: jenis harus &quot;keputusan&quot; atau &quot;surat&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditetapkan di</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pada tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor</source>
        <translation type="unfinished">Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templat {name}, {where}: kurung kurawal tidak seimbang ({err}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templat {name}, {where}: tempat penampung {{{field}}} tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templat {name} tidak ada ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templat {name} tidak dapat dibaca: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templat {name}: bagian “{key}” tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templat {name}: diktum {i} tanpa teks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templat {name}: diktum {i}: daftar hanya boleh &quot;ketentuan&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belum ada batas waktu (berkas belum diterima lengkap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batas waktu hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <source>sisa {n} hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>LEMBAR KENDALI PROSES PERMOHONAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{state} — pada {holder} sejak {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas lengkap diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posisi berkas</source>
        <translation type="unfinished">Where files are</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} langkah, {late} terlambat, {back} kali dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riwayat proses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langkah / status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dicetak {when} oleh {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lembar kendali proses permohonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selesai terlambat {n} hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-120"/>
        <source>TERLAMBAT {n} hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Nomor izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status di SiCantik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>menunggu pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selesai {n} hari kerja sebelum batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor permohonan {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hari kerja</source>
        <translation type="unfinished">{n} working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TERLAMBAT (+{over})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sedang berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durasi dihitung dalam jam kerja ({hours}) pada hari kerja, tanpa hari libur nasional, cuti bersama dan hari tutup kantor. 1 hk = 1 hari kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lembar kendali {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIDAK SESUAI: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format nomor tidak sah: {fmt} ({err})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kode QR tidak sah: bukan dokumen yang diterbitkan kantor ini, atau telah diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data {path} dibuat oleh versi Loket yang lebih baru (skema {rev}). Perbarui aplikasi Loket; basis data tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunci QR kantor harus 32 byte: 64 digit heksadesimal atau base64 (mis. hasil `openssl rand -base64 32`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aman ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIDAK AMAN ({name}): rahasia akan tersimpan tanpa perlindungan; Loket menolak menyimpan rahasia di sini. Aktifkan Windows Credential Manager, macOS Keychain, atau GNOME Keyring/KWallet (Secret Service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIDAK ADA penyimpanan rahasia ({name}): koneksi ke basis data pusat dan SiCantik serta kunci QR kantor tidak dapat disimpan. Aktifkan Windows Credential Manager, macOS Keychain, atau GNOME Keyring/KWallet (Secret Service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penyimpanan rahasia tidak tersedia atau tidak aman — {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama rahasia tidak dikenal: {name}. Yang dikenal: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nilai rahasia {name} kosong; tidak disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nilai rahasia {name} terlalu panjang (maks. {n} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nilai rahasia {name} berisi lebih dari satu baris; tidak disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rahasia {name} disimpan di keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rahasia {name} dihapus dari keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring gagal membaca {name} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring menolak menyimpan {name} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyring gagal menghapus {name} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permohonan {no} tidak ditemukan.</source>
        <translation>Application {no} not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor permohonan {no} sudah ada.</source>
        <translation>Application number {no} already exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor izin lama wajib diisi untuk permohonan {kind}.</source>
        <translation>The previous permit number is required for a {kind} application.</translation>
    </message>
    <message>
        <location line="+326"/>
        <source>“{action}” untuk permohonan {no} sudah dicatat lebih dulu di {ws} pada {at}; yang dicatat di workstation ini tidak berlaku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Status tidak dikenal: {state}. Pilihan: {states}</source>
        <translation>Unknown state: {state}. Choices: {states}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Daftar kerja hanya untuk Back Office, Kepala Seksi, Kepala Bidang dan Kepala Dinas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasil verifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis kajian</source>
        <translation type="unfinished">Review kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anggota tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekomendasi</source>
        <translation type="unfinished">Recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor BAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis naskah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan pengembalian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas yang dilampirkan bukan PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit Anda ({unit}) tidak menangani jenis izin mana pun; periksa data petugas atau unit pada jenis izin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal dan jam kajian wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>akhir pekan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anggota tim kajian wajib diisi (minimal satu orang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal BAP wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal BAP tidak boleh di masa depan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ketentuan</source>
        <translation type="unfinished">Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tulis alasan pengembalian yang jelas (minimal 5 karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF terkunci kata sandi; Loket tidak dapat membaca isinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih salah satu: lampirkan PDF hasil TTE, atau catat tanda tangan basah dengan nama penandatangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama penandatangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas {no} ditangani {unit}, bukan unit Anda ({mine}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} terlalu panjang (maks. {n} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} harus salah satu dari: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verifikasi {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lampiran harus berkas PDF, JPEG atau PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BAP {no}, {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasil verifikasi: tidak memenuhi syarat. Buat surat penolakan, bukan naskah izin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan penolakan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dikembalikan: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tulis nama lengkap penandatangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ditandatangani ({sig}), nomor {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status tidak dikenal: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data teknis tidak dikenal untuk {pt}: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data teknis belum lengkap: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{d} bukan hari kerja ({why}); pilih tanggal lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jadwal kajian tidak boleh sebelum berkas diterima ({d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF rusak atau tidak dapat dibaca ({err}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal BAP ({b}) sebelum jadwal kajian ({s}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lampiran terlalu besar (maks. {n} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekomendasi teknis (BAP {no}) menolak permohonan. Buat surat penolakan, bukan naskah izin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF terlalu besar (maks. {n} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF ini tidak memuat nomor permohonan {no}; pastikan berkas TTE yang dilampirkan milik permohonan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF yang sama sudah tercatat untuk permohonan {no}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor izin {n} sudah terpakai; periksa format dan urutan penomoran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pokok pengaduan belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isi pengaduan terlalu singkat (paling sedikit 10 huruf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuliskan tanggapan/penyelesaian sebelum menutup pengaduan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saluran pengaduan tidak dikenal: {c}. Pilihan: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status pengaduan tidak dikenal: {s}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengaduan {t} baru saja diubah petugas lain; muat ulang lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengaduan {t} berstatus {cur}; tidak dapat diubah menjadi {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengaduan {t} tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anda tidak berwenang untuk tindakan ini (peran yang diperlukan: {roles}).</source>
        <translation>You may not do this (role needed: {roles}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda terima penyerahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama penerima belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK ini sudah diserahkan kepada {name} pada {when} oleh {officer}. Penyerahan kedua ditolak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKM belum diisi. Persilakan pemohon mengisi survei (atau catat penolakannya) dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor identitas penerima belum lengkap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penyerahan melalui kuasa: nomor surat kuasa wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penyerahan melalui kuasa: tanggal surat kuasa wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal surat kuasa tidak boleh setelah hari ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surat Penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surat Keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKM telah diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKM ditolak pemohon (alasan dicatat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum dapat diserahkan: status “{state}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis identitas penerima harus salah satu dari: {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK belum dapat diserahkan: SKM permohonan {no} belum diisi atau ditolak dengan alasan. Persilakan pemohon mengisi survei dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK permohonan {no} belum diserahkan; belum ada tanda terima penyerahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor KTP penerima: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skm.toml harus berisi unsur U1 sampai U9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum ada responden SKM untuk dihitung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urutan unsur SKM harus memuat U1 sampai U9 masing-masing satu kali: {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: berkas kosong (baris 1): tidak ada kepala kolom U1…U9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} baris 1: kolom {cols} tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} baris 2: tidak ada baris jawaban di bawah kepala kolom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsur {key} harus punya tepat empat jawaban.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bobot tidak dikenal: {w}. Pilihan: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas {path} tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: bukan berkas teks UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responden ke-{i}: jawaban {key} harus 1–4 (tertulis: {v}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} baris {line}: nilai {key} harus 1–4 (tertulis: “{raw}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipe pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis identitas</source>
        <translation type="unfinished">ID type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK / nomor identitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempat lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis kelamin</source>
        <translation type="unfinished">Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pekerjaan</source>
        <translation type="unfinished">Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPWP pemohon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilayah (desa/kelurahan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kode pos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor HP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telepon</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surel</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama perusahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIB</source>
        <translation type="unfinished">Business no. (NIB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPWP perusahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telepon perusahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surel perusahaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor izin lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilayah lokasi izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal lahir tidak sah: tulis HH-BB-TTTT, mis. 17-08-1985.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hanya petugas Loket 2 (Pendaftaran) yang dapat melakukan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis izin tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bukti pengembalian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jumlah salinan 1–20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isian tidak dikenal: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen asli wajib diperlihatkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daftar persyaratan tidak lengkap; muat ulang berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak ada kekurangan yang dicatat. Terima berkas, atau tulis alasan pengembalian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan pengembalian terlalu panjang (maks. 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Dokumen tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-404"/>
        <source>Huruf dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor bukti pengembalian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kertas tanda terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logo kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{fmt} → {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} tidak ditemukan — kop tanpa logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>SiCantik tarik terjadwal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setiap workstation menarik sendiri; dengan basis data pusat tetapkan satu: loket config set sicantik.pull_workstation NAMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tidak di workstation ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>setiap {n} menit di workstation ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>lacak satu permohonan: langkah, petugas, durasi jam kerja, keterlambatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nomor permohonan, nomor tanda terima, atau id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TERLAMBAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posisi: {state} — {holder}, sejak {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batas waktu: {d} ({left})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik tidak sesuai: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selesai; selisih {n} hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Memenuhi syarat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak memenuhi syarat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapat kajian teknis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peninjauan lapangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapat kajian teknis dan peninjauan lapangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direkomendasikan disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direkomendasikan ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naskah izin (SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surat penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda tangan elektronik (TTE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda tangan basah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>SK telah diserahkan kepada {name} pada {when} oleh {officer}; berkas diarsipkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nomor paspor/KITAS: 6–20 huruf atau angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal lahir tidak mungkin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis kelamin: L atau P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis permohonan: Baru, Perpanjangan atau Perubahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipe pemohon: Perorangan atau Perusahaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis identitas: KTP, Paspor atau KITAS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK ini sudah punya permohonan {permit} yang masih berjalan: {no} ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas {no} sudah berstatus “{state}”; pemeriksaan Loket 2 sudah selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permohonan {no} belum memiliki {doc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permohonan {no} belum diterima di Loket 2 (belum ada tanda terima).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor tidak sah; contoh 081234567890 atau 021-7654321.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persyaratan “{name}” bukan milik jenis izin ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah lembar “{name}” harus 0–9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan “{name}” terlalu panjang (maks. 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas belum lengkap; tanda terima tidak dapat diterbitkan. Kurang: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SALINAN — cetak ulang ke-{n}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} paling banyak 200 karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kode wilayah {code} tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} terlalu panjang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas Loket 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pindai QR tanda terima atau ketik nomor tanda terima / nomor permohonan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selama kegiatan/usaha masih berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kegiatan/usaha tidak lagi berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuliskan alasan cetak ulang (paling sedikit 5 huruf), mis. “kertas macet”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK bertanda tangan elektronik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK yang tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah salinan harus berupa angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum ditandatangani: status “{state}”. Hanya berkas yang sudah ditandatangani Kepala Dinas yang dapat dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} tidak dicetak: berkasnya telah berubah sejak ditandatangani (SHA-256 tidak cocok dengan yang dicatat). Hubungi Back Office agar dokumen ditandatangani ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis izin {name} belum punya templat SK; administrator perlu mengisinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permohonan {no} belum ditandatangani Kepala Dinas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor SK permohonan {no} belum dialokasikan saat penandatanganan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah salinan harus antara 1 dan {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK permohonan {no} sudah pernah dicetak. Gunakan “Cetak ulang” dengan alasan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permohonan {no} belum dapat dicetak: statusnya “{state}”. Hanya berkas yang sudah ditandatangani yang dapat dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK permohonan {no} belum pernah dicetak; lakukan cetak pertama dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen SK permohonan {no} tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama pengguna wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf (contoh: budi.santoso).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama lengkap wajib diisi (minimal 3 huruf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama lengkap maksimal 200 karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP hanya boleh berisi angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP tidak sah: digit 9–14 bukan bulan dan tahun pengangkatan yang mungkin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP tidak sah: tahun lahir di dalamnya tidak mungkin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP tidak sah: digit ke-15 (jenis kelamin) harus 1 atau 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih minimal satu peran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas pertama harus berperan Administrator (ADMIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator pertama sudah dibuat. Masuk dengan akun petugas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anda tidak dapat mencabut peran Administrator dari akun Anda sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi baru harus berbeda dari yang lama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terlalu banyak percobaan gagal. Akun dikunci sementara; coba lagi dalam {n} menit atau minta administrator membukanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akun ini dinonaktifkan. Hubungi administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akun ini belum diberi peran. Hubungi administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akun ini sudah tidak ada. Masuk sebagai petugas lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP tidak sah: 8 digit pertama bukan tanggal lahir yang mungkin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator pertama dibuat: {u} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas {u} ({name}) dibuat; peran {roles}; loket {counter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran {u}: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunci akun {u} dibuka oleh administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi lama salah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{u} masuk di {ws}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP harus 18 digit (terisi {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran tidak dikenal: {roles}. Pilihan: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isian {field} maksimal {n} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas “{username}” tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama pengguna “{username}” sudah dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP {nip} sudah terdaftar untuk petugas lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{u} adalah administrator aktif terakhir; peran Administrator tidak dapat dicabut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas {u} diaktifkan kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petugas {u} dinonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi {u} diganti sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi {u} diatur ulang oleh administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi salah untuk {u} (percobaan ke-{k})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{u} adalah administrator aktif terakhir dan tidak dapat dinonaktifkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akun {u} dikunci {n} menit setelah {k} percobaan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umur belum diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis kelamin belum dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pendidikan belum dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pekerjaan utama belum dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kebijakan kantor: SKM wajib diisi sebelum SK diserahkan; penolakan tidak diizinkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuliskan alasan pemohon menolak mengisi SKM (paling sedikit 5 huruf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKM belum diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKM sudah diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK belum dicetak di Loket 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umur harus berupa angka tahun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKM untuk permohonan {no} sudah tercatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsur SKM tidak dikenal: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umur harus antara {a} dan {b} tahun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pertanyaan “{q}” belum dijawab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik menghentikan (Drop) proses ini, di Loket berkas masih berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memenuhi syarat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidak memenuhi syarat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setuju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik mencatat “{p}” selesai, di Loket berkas belum ditandatangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik: “{p}” ({s}); Loket: “{l}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dikembalikan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasil verifikasi: {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekomendasi {r}; BAP {no} tgl {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naskah: {o}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda tangan basah oleh {s}; nomor {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} mnt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTE; nomor {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sedang berjalan — menunggu {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawaban SiCantik tidak berisi “data” berupa daftar atau kelompok baris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik belum dikonfigurasi: isi sicantik.base_url (loket config set sicantik.base_url URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isi sicantik.template.by_range atau sicantik.template.by_number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terhubung (mode {mode}); {n} baris hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawaban token SiCantik tidak berisi token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pilih mode token atau splp dan isi rahasianya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>periksa rahasia SiCantik (nama pengguna, kata sandi, API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik tidak mengenal alamat ini (HTTP 404): periksa sicantik.base_url dan ID template/UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawaban SiCantik tidak berisi daftar permohonan (tipe {t}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik menolak permintaan: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawaban SiCantik tidak berisi kelompok baris di bawah “data” (kunci: {keys}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawaban SiCantik bukan teks UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawaban SiCantik berisi lebih dari satu kelompok baris ({keys}); template harus memilih satu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sicantik.mode “{mode}” tidak dikenal: template, token atau splp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sicantik.base_url “{url}” bukan alamat http(s) yang sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sicantik.template.{which} belum diisi (ID template SiCantik atau UUID interop SPLP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rahasia {name} belum diisi (loket secret set {name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik menolak nama pengguna atau kata sandi (HTTP {code}); periksa rahasia sicantik.username dan sicantik.password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permintaan token SiCantik gagal (HTTP {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik menolak akses (HTTP {code}): {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik menjawab HTTP {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isi terdekripsi jawaban SPLP bukan JSON yang utuh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik mengirim halaman HTML, bukan JSON ({what}, HTTP {code}{title}). Biasanya halaman galat server atau login; tidak ada yang diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik menolak karena terlalu banyak permintaan (HTTP 429); coba lagi nanti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas CA sicantik.ca_bundle tidak ditemukan: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik mengirim halaman {n} sama dengan halaman sebelumnya: template tidak mendukung parameter page/limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik mengirim lebih dari {n} halaman; penarikan dihentikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawaban gateway SPLP tidak berisi data terenkripsi ({{&quot;data&quot;: &quot;&lt;hex&gt;&quot;}}){said}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawaban SiCantik bukan JSON yang utuh (rusak atau terpotong pada bajt {pos} dari {size}); tidak ada yang diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanpa keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik tidak menjawab dalam batas waktu ({s:.0f} detik).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sertifikat TLS SiCantik ({host}) tidak dapat diverifikasi; bila kantor memakai CA sendiri, isi sicantik.ca_bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik ({host}) tidak menjawab dalam {s:.0f} detik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik ({host}) tidak dapat dihubungi: periksa jaringan atau sicantik.base_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permintaan ke SiCantik gagal: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik mengalihkan permintaan (HTTP {code}); periksa sicantik.base_url (https, alamat lengkap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik sedang bermasalah (HTTP {code}); coba lagi nanti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik meminta menunggu {s:.0f} detik sebelum mencoba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunci salt SiCantik (rahasia sicantik.saltkey) belum diisi: jawaban gateway SPLP tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawaban gateway SPLP bukan data heksadesimal yang sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawaban gateway SPLP tidak dapat dibuka: kunci salt (sicantik.saltkey) salah, atau data rusak di jalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawaban gateway SPLP terlalu pendek untuk data terenkripsi ({n} bajt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jenis izin tidak ada pada baris SiCantik (kolom jenis_izin / jenis_izin_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jenis izin SiCantik “{name}” (id {sid}) belum dipetakan ke jenis izin Loket; petakan dengan: loket sicantik map KODE_IZIN {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor permohonan kosong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sebutkan jenis_izin_id SiCantik (--id) atau namanya (--name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nama pemohon kosong atau tidak ada (kolom nama).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal akhir ({to}) sebelum tanggal awal ({frm}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halaman {n}: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas tetap dapat didaftarkan sebagai walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permohonan {no} ada di SiCantik tetapi tidak dapat diimpor: {reason} Berkas tetap dapat didaftarkan sebagai walk-in.</source>
        <oldsource>Permohonan {no} ada di SiCantik tetapi tidak dapat diimpor: {reason}</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis izin Loket dengan kode {code} tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permohonan {no} diimpor dari SiCantik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data SiCantik {no} berubah: {fields}; status SiCantik {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(baris tanpa nomor #{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nomor permohonan lebih dari 64 karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jenis_permohonan “{v}” tidak dikenal (Baru, Perpanjangan, Perubahan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tipe_pemohon “{v}” tidak dikenal (PERORANGAN, PERUSAHAAN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baris bukan objek JSON: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kolom nomor permohonan ({name}) kosong atau tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sicantik.fields: “{part}” harus berbentuk kolom_loket=kolom_sicantik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sicantik.fields: kolom Loket “{name}” tidak dikenal. Pilihan: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} “{v}” bukan tanggal yang dikenali (YYYY-MM-DD, YYYY-MM-DD HH:MM:SS, DD-MM-YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tgl_lahir “{v}” diabaikan: bukan tanggal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik mencatat permohonan dibatalkan (Drop), tetapi berkas masih terbuka di Loket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiCantik mencatat selesai, tetapi penyerahan SK belum tercatat di Loket (status Loket: {state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SK sudah diserahkan di Loket, tetapi SiCantik masih mencatat “{process}” ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data pusat belum diatur. Jalankan: loket config set central.url postgresql+psycopg://loket@server/loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data pusat {url} tidak dapat dihubungi: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data pusat harus PostgreSQL atau MariaDB/MySQL, bukan {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL basis data pusat tidak sah: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver basis data untuk {url} tidak tersedia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skema basis data pusat {url} belum mutakhir. Jalankan: loket central upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data pusat {url} dipakai oleh versi Loket yang lebih baru. Perbarui Loket di workstation ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis data pusat {url} dibuat oleh versi Loket yang lebih baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baris dari pusat ditolak basis data lokal: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(disembunyikan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditolak basis data pusat: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nilai dari {ws} diganti oleh perubahan yang lebih baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan dari {ws} kalah oleh perubahan yang lebih baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinkronisasi lain sedang berjalan untuk folder data ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permohonan {no} tidak ada di workstation ini, dan basis data pusat tidak dapat dipakai sekarang: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama workstation “{ws}” sudah dipakai komputer lain di basis data pusat. Beri nama lain (loket config set workstation.name …), atau bila komputer ini menggantikannya: loket sync --take-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinkronisasi gagal di basis data lokal: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK hanya boleh berisi angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK tidak sah: tanggal lahir di dalamnya tidak mungkin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPWP hanya boleh berisi angka, titik dan tanda hubung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIB harus 13 digit angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor telepon tidak sah: gunakan 08…, 021… atau +62…, 8–15 digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat surel tidak sah (contoh: nama@contoh.go.id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kode pos harus 5 digit angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK tidak sah: kode wilayah atau tanggal lahir di dalamnya tidak mungkin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK tidak sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPWP tidak sah: digit pemeriksa salah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPWP tidak sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK harus 16 digit (terisi {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK tidak sah: kode wilayah {code} tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis kelamin pada formulir ({form}) tidak sesuai dengan NIK ({nik}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal lahir pada formulir ({form}) tidak sesuai dengan NIK ({nik}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPWP harus 15 atau 16 digit (terisi {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loket 2 — Pendaftaran</source>
        <translation>Counter 2 — Intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back Office — Analis</source>
        <translation>Back office — Analyst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepala Seksi</source>
        <translation>Section head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepala Bidang</source>
        <translation>Division head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepala Dinas</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loket 4 — Pengambilan &amp; Legalisasi</source>
        <translation>Counter 4 — Issuance &amp; legalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loket 5 — Pengaduan &amp; Penyerahan</source>
        <translation>Counter 5 — Complaints &amp; handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sistem</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draf walk-in</source>
        <translation>Walk-in draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diajukan daring</source>
        <translation>Submitted online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dikembalikan ke pemohon</source>
        <translation>Returned to the applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterima — menunggu entri data</source>
        <translation>Received — awaiting data entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kajian teknis dijadwalkan</source>
        <translation>Technical review scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekomendasi/BAP tercatat</source>
        <translation>Recommendation/report recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dikembalikan untuk perbaikan naskah</source>
        <translation>Sent back for a corrected draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naskah menunggu validasi Kasi</source>
        <translation>Draft awaiting section head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menunggu validasi Kabid</source>
        <translation>Awaiting division head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menunggu tanda tangan Kadis</source>
        <translation>Awaiting head of office&apos;s signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditandatangani — siap cetak</source>
        <translation>Signed — ready to print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dicetak — menunggu SKM</source>
        <translation>Printed — awaiting survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKM selesai — siap diserahkan</source>
        <translation>Survey done — ready for handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diserahkan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impor permohonan daring</source>
        <translation>Import online application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daftar permohonan walk-in</source>
        <translation>Register walk-in application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terima berkas (tanda terima)</source>
        <translation>Receive file (receipt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kembalikan berkas (bukti pengembalian)</source>
        <translation>Return file (return slip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entri data &amp; verifikasi</source>
        <translation>Data entry &amp; verification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jadwalkan rapat teknis / peninjauan lapangan</source>
        <translation>Schedule technical meeting / field inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis izin ini tidak memerlukan kajian teknis.</source>
        <translation>This permit type needs no technical review.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catat rekomendasi / BAP</source>
        <translation>Record recommendation / inspection report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buat naskah izin / surat penolakan</source>
        <translation>Draft permit / rejection letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validasi Kasi — setujui</source>
        <translation>Section head — approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validasi Kasi — kembalikan</source>
        <translation>Section head — send back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validasi Kabid — setujui</source>
        <translation>Division head — approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validasi Kabid — kembalikan</source>
        <translation>Division head — send back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tandatangani (TTE / basah)</source>
        <translation>Sign (electronic / wet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kadis — kembalikan ke Kabid</source>
        <translation>Head of office — send back to division head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak SK</source>
        <translation>Print permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKM diisi</source>
        <translation>Survey filled in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKM ditolak pemohon</source>
        <translation>Survey declined by applicant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serahkan SK</source>
        <translation>Hand over permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belum ada permohonan</source>
        <translation>no application yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis izin ini memerlukan kajian teknis sebelum naskah dibuat.</source>
        <translation>This permit type needs a technical review before drafting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tindakan tidak dikenal: {action}</source>
        <translation>Unknown action: {action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{action}” tidak dapat dilakukan: permohonan berstatus “{state}”.</source>
        <translation>“{action}” is not possible: the application is “{state}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anda tidak berwenang melakukan “{action}” (peran yang diperlukan: {roles}).</source>
        <translation>You may not “{action}” (role needed: {roles}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data belum lengkap untuk “{action}”: {fields}.</source>
        <translation>Incomplete data for “{action}”: {fields}.</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <location filename="../../ui/detail.py" line="-196"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpanjangan</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Perorangan</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daring (SiCantik)</source>
        <translation>Online (SiCantik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datang langsung</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No. tanda terima</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kekurangan</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jadwal</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis kajian</source>
        <translation>Review kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasil akhir</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. SK</source>
        <translation>Permit no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis identitas</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. identitas</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuasa</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melalui kuasa</source>
        <translation>By proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. surat kuasa</source>
        <translation>Power of attorney no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tgl. surat kuasa</source>
        <translation>Power of attorney date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. bukti pengembalian</source>
        <translation>Return slip no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lama pemeriksaan</source>
        <translation>Check took</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penandatangan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berlaku sejak</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masa berlaku (bulan)</source>
        <translation>Validity (months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ketentuan</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No. BAP</source>
        <translation>Inspection report no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah salinan</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. tanda terima penyerahan</source>
        <translation>Handover receipt no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplikat dari</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{m} menit {s} detik</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{s} detik</source>
        <translation>{s} s</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../ui/main.py" line="+218"/>
        <location line="+7"/>
        <source>Loket tidak dapat dibuka</source>
        <translation>Loket cannot start</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="app_strings.py" line="+1"/>
        <source>Loket 2 — Penerimaan Berkas</source>
        <translation>Counter 2 — Intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daftar Kerja</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pelacakan Berkas</source>
        <translation>File tracking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loket 4 — Cetak &amp; Legalisasi SK</source>
        <translation>Counter 4 — Permit printing &amp; legalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loket 5 — SKM, Penyerahan &amp; Pengaduan</source>
        <translation>Counter 5 — Survey, handover &amp; complaints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin — Petugas</source>
        <translation>Admin — Officers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin — Log Audit</source>
        <translation>Admin — Audit log</translation>
    </message>
</context>
<context>
    <name>self.screen</name>
    <message>
        <location filename="../../ui/lock.py" line="-155"/>
        <source>{name} masih membuka dialog “{title}”. Buka kunci sebagai {name}, selesaikan atau tutup dialognya, lalu kunci lagi untuk berganti petugas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../ui/widgets.py" line="+77"/>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.
Rincian teknis dicatat di berkas log ({log}).</source>
        <translation>An unexpected error occurred. Data already saved is safe.
Technical details are in the log file ({log}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/lock.py" line="-137"/>
        <location line="+12"/>
        <source>Kunci layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Ganti kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kunci layar sekarang (Ctrl+L); pekerjaan tetap tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="+23"/>
        <source>Sinkronkan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>worklist</name>
    <message>
        <location filename="../../ui/pages/worklist.py" line="-932"/>
        <source>Entri data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terverifikasi</source>
        <translation type="unfinished">Verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kajian dijadwalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BAP tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perbaikan naskah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validasi Kasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validasi Kabid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda tangan</source>
        <translation type="unfinished">Signature</translation>
    </message>
</context>
</TS>
