<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Loket sudah berjalan untuk folder data ini; jendelanya dibawa ke depan.</source>
        <translation>Loket is already running for this data folder; its window has been brought to the front.</translation>
    </message>
    <message>
        <source>Loket sudah berjalan untuk folder data ini (proses {pid}) tetapi tidak menjawab. Tutup Loket itu dulu, atau mulai ulang komputer.</source>
        <translation>Loket is already running for this data folder (process {pid}) but does not answer. Close that Loket first, or restart the computer.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tentang Loket</source>
        <translation>About Loket</translation>
    </message>
    <message>
        <source>Aplikasi front office DPMPTSP: penerimaan berkas, alur back office, pencetakan SK, survei kepuasan dan penyerahan.</source>
        <translation>Front-office application of a DPMPTSP licensing office: intake, back-office flow, permit printing, satisfaction survey and handover.</translation>
    </message>
    <message>
        <source>Folder data: {data}&lt;br&gt;Log: {log}&lt;br&gt;Python {py} · Qt for Python {qt} · {os}</source>
        <translation>Data folder: {data}&lt;br&gt;Log: {log}&lt;br&gt;Python {py} · Qt for Python {qt} · {os}</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Memuat pratinjau SK…</source>
        <translation>Loading the permit preview…</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Posisi berkas — seluruh kantor</source>
        <translation>Where the files are — whole office</translation>
    </message>
    <message>
        <source>Semua berkas di kantor per status, siapa pun pemegangnya. Daftar Kerja menghitung hanya berkas Anda (atau unit Anda).</source>
        <translation>Every file of the office per state, whoever holds it. The worklist counts only your files (or your unit&apos;s).</translation>
    </message>
    <message>
        <source>Posisi berkas per status</source>
        <translation>Files per state</translation>
    </message>
    <message>
        <source>Semua permohonan</source>
        <translation>All applications</translation>
    </message>
    <message>
        <source>Daftar permohonan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>{state} — seluruh kantor, siapa pun pemegangnya (Daftar Kerja menghitung hanya berkas Anda)</source>
        <translation>{state} — the whole office, whoever holds the file (the Worklist counts only your files)</translation>
    </message>
    <message>
        <source>Hasil untuk “{q}” · status {state}</source>
        <translation>Results for “{q}” · state {state}</translation>
    </message>
    <message>
        <source>Hasil untuk “{q}”</source>
        <translation>Results for “{q}”</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Tidak ada permohonan yang cocok dengan “{q}”.</source>
        <translation>No application matches “{q}”.</translation>
    </message>
    <message>
        <source>Belum ada permohonan.</source>
        <translation>No applications yet.</translation>
    </message>
    <message>
        <source>{n} permohonan</source>
        <translation>{n} applications</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Naskah</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Surat penolakan</source>
        <translation>Rejection letter</translation>
    </message>
    <message>
        <source>Naskah izin (SK)</source>
        <translation>Permit (SK)</translation>
    </message>
    <message>
        <source>Ketentuan</source>
        <translation>Provisions</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Opsional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Dengan persetujuan ini Loket memberi nomor SK dan menyiapkan PDF final (dengan kode QR dan kolom tanda tangan) untuk Kepala Dinas.</source>
        <translation>With this approval Loket gives the permit its number and prepares the final PDF (with QR code and signature field) for the head of office.</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>No. permohonan / tanda terima / SK</source>
        <translation>Application / receipt / permit no.</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>&amp;Petugas</source>
        <translation>&amp;Officer</translation>
    </message>
    <message>
        <source>&amp;Dari</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Sampai</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Per&amp;mohonan</source>
        <translation>Appli&amp;cations</translation>
    </message>
    <message>
        <source>Periksa rantai audit</source>
        <translation>Check the audit chain</translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source> (dibatasi {n}; persempit saringan)</source>
        <translation> (limited to {n}; narrow the filter)</translation>
    </message>
    <message>
        <source>{n} catatan</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>Memeriksa rantai…</source>
        <translation>Checking the chain…</translation>
    </message>
    <message>
        <source>RUSAK: {where}</source>
        <translation>BROKEN: {where}</translation>
    </message>
    <message>
        <source>Rantai utuh: {n} catatan dari {k} workstation.</source>
        <translation>Chain intact: {n} records from {k} workstations.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Kalender kerja kantor</source>
        <translation>Office working calendar</translation>
    </message>
    <message>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>libur nasional</source>
        <translation>national holiday</translation>
    </message>
    <message>
        <source>cuti bersama</source>
        <translation>collective leave</translation>
    </message>
    <message>
        <source>penutupan kantor</source>
        <translation>office closure</translation>
    </message>
    <message>
        <source>Penutupan kantor</source>
        <translation>Office closures</translation>
    </message>
    <message>
        <source>mis. Pemadaman listrik gedung</source>
        <translation>e.g. Building power cut</translation>
    </message>
    <message>
        <source>Ta&amp;nggal</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Tambah penutupan</source>
        <translation>Add closure</translation>
    </message>
    <message>
        <source>Hapus yang dipilih</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>Jam layanan</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>Simpan jam</source>
        <translation>Save hours</translation>
    </message>
    <message>
        <source>No. permohonan</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>Semula</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Menjadi</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>{y}: {a} libur nasional, {b} cuti bersama, {c} penutupan kantor</source>
        <translation>{y}: {a} national holidays, {b} collective leave days, {c} office closures</translation>
    </message>
    <message>
        <source>ditambahkan</source>
        <translation>added</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Penutupan {d} {what}. Tidak ada tanggal selesai berkas yang bergeser.</source>
        <translation>Closure on {d} {what}. No file&apos;s due date moved.</translation>
    </message>
    <message>
        <source>Penutupan {d} {what}. Tanggal selesai {n} berkas bergeser:</source>
        <translation>Closure on {d} {what}. The due dates of {n} files moved:</translation>
    </message>
    <message>
        <source>Hapus penutupan kantor {d} ({name})? Tanggal selesai berkas dihitung ulang.</source>
        <translation>Remove the office closure on {d} ({name})? The files&apos; due dates are recomputed.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi — {name}</source>
        <translation>Change password — {name}</translation>
    </message>
    <message>
        <source>Kata sandi Anda diatur oleh administrator. Pilih kata sandi Anda sendiri (minimal {n} karakter) sebelum mulai bekerja.</source>
        <translation>Your password was set by the administrator. Choose your own password (at least {n} characters) before you start working.</translation>
    </message>
    <message>
        <source>Kata sandi baru minimal {n} karakter.</source>
        <translation>The new password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Kata sandi &amp;saat ini</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi baru</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>{title}: belum ada data.</source>
        <translation>{title}: no data yet.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Daftar persyaratan</source>
        <translation>Requirement list</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>Pengaduan baru</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>mis. antrean, biaya, sikap</source>
        <translation>e.g. queue, fees, attitude</translation>
    </message>
    <message>
        <source>mis. antrean lama, informasi biaya, sikap petugas</source>
        <translation>e.g. long queue, fee information, officer&apos;s attitude</translation>
    </message>
    <message>
        <source>Isi pengaduan sebagaimana disampaikan</source>
        <translation>The complaint as told</translation>
    </message>
    <message>
        <source>telepon / surel (boleh kosong)</source>
        <translation>phone / e-mail (may be empty)</translation>
    </message>
    <message>
        <source>nomor permohonan (opsional)</source>
        <translation>application number (optional)</translation>
    </message>
    <message>
        <source>nomor permohonan bila terkait (boleh kosong)</source>
        <translation>application number if related (may be empty)</translation>
    </message>
    <message>
        <source>Catat pengaduan (Ctrl+Enter)</source>
        <translation>Record complaint (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Saluran:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Pokok:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Isi:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Kontak:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Permohonan:</source>
        <translation>Application:</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Cari tiket, pokok, isi (F3)</source>
        <translation>Search ticket, subject, text (F3)</translation>
    </message>
    <message>
        <source>Cari tiket, pokok, isi, kontak (F3)</source>
        <translation>Search ticket, subject, text, contact (F3)</translation>
    </message>
    <message>
        <source>Daftar pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Tanggapan / penyelesaian yang disampaikan kepada pengadu</source>
        <translation>Reply / resolution given to the complainant</translation>
    </message>
    <message>
        <source>Simpan tindak lanjut (Ctrl+S)</source>
        <translation>Save follow-up (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tanda terima… (Ctrl+P)</source>
        <translation>Receipt… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cetak tanda terima pengaduan: nomor tiket dan cara menanyakan tindak lanjutnya</source>
        <translation>Print the complaint receipt: ticket number and how to ask about its follow-up</translation>
    </message>
    <message>
        <source>Pengaduan:</source>
        <translation>Complaint:</translation>
    </message>
    <message>
        <source>Status baru:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>Tanggapan:</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <source>{m}: {n} (selesai {d})</source>
        <translation>{m}: {n} (finished {d})</translation>
    </message>
    <message>
        <source>Pengaduan per bulan — </source>
        <translation>Complaints per month — </translation>
    </message>
    <message>
        <source>Kontak: {c}</source>
        <translation>Contact: {c}</translation>
    </message>
    <message>
        <source>Selesai — tambah tanggapan akhir</source>
        <translation>Closed — add the final reply</translation>
    </message>
    <message>
        <source>{status} — tindak lanjut berikutnya</source>
        <translation>{status} — next follow-up</translation>
    </message>
    <message>
        <source>Selesai — tutup pengaduan</source>
        <translation>Closed — close the complaint</translation>
    </message>
    <message>
        <source>Pengaduan dicatat dengan nomor tiket {t}. Sampaikan nomor ini kepada pengadu.</source>
        <translation>The complaint is recorded with ticket number {t}. Give this number to the complainant.</translation>
    </message>
    <message>
        <source>Tanda terimanya terbuka: Ctrl+P mencetak, Esc menutup.</source>
        <translation>Its receipt is open: Ctrl+P prints, Esc closes.</translation>
    </message>
    <message>
        <source>Pilih pengaduan di daftar untuk mencetak tanda terimanya.</source>
        <translation>Choose a complaint in the list to print its receipt.</translation>
    </message>
    <message>
        <source>Tanda terima pengaduan {t}</source>
        <translation>Complaint receipt {t}</translation>
    </message>
    <message>
        <source>Tuliskan tanggapan/tindak lanjut (paling sedikit 5 huruf): tindak lanjut tanpa isi tidak disimpan.</source>
        <translation>Write the response/follow-up (at least 5 letters): a follow-up without content is not saved.</translation>
    </message>
    <message>
        <source>Tutup pengaduan {t}? Pengaduan yang selesai tidak dapat dibuka lagi (tanggapan akhir masih dapat ditambahkan).</source>
        <translation>Close complaint {t}? A closed complaint cannot be reopened (a final reply can still be added).</translation>
    </message>
    <message>
        <source>Tutup pengaduan</source>
        <translation>Close complaint</translation>
    </message>
    <message>
        <source>Pengaduan {t} tetap terbuka; belum ada yang disimpan.</source>
        <translation>Complaint {t} stays open; nothing has been saved.</translation>
    </message>
    <message>
        <source>Tindak lanjut pengaduan {t} disimpan.</source>
        <translation>Follow-up of complaint {t} saved.</translation>
    </message>
</context>
<context>
    <name>Counter4Page</name>
    <message>
        <source>Belum ada berkas dibuka.</source>
        <translation>No file opened yet.</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Cetak SK (F6)</source>
        <translation>Print permit (F6)</translation>
    </message>
    <message>
        <source>Alasan cetak ulang</source>
        <translation>Reason for reprinting</translation>
    </message>
    <message>
        <source>Alasan cetak ulang, mis. kertas macet</source>
        <translation>Reason for the reprint, e.g. paper jam</translation>
    </message>
    <message>
        <source>Cetak ulang (F7)</source>
        <translation>Reprint (F7)</translation>
    </message>
    <message>
        <source> salinan</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>Legalisir (F8)</source>
        <translation>Legalise (F8)</translation>
    </message>
    <message>
        <source>Salinan legalisir:</source>
        <translation>Legalised copies:</translation>
    </message>
    <message>
        <source>Riwayat cetak</source>
        <translation>Print history</translation>
    </message>
    <message>
        <source>Pratinjau SK tampil di sini setelah berkas dibuka: pindai QR tanda terima atau ketik nomornya di atas.</source>
        <translation>The SK preview shows here once a file is open: scan the receipt&apos;s QR code or type its number above.</translation>
    </message>
    <message>
        <source>Pindai QR tanda terima atau ketik nomornya.</source>
        <translation>Scan the receipt&apos;s QR or type its number.</translation>
    </message>
    <message>
        <source>Membuka…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>elektronik (TTE)</source>
        <translation>electronic (TTE)</translation>
    </message>
    <message>
        <source>basah</source>
        <translation>wet</translation>
    </message>
    <message>
        <source>PDF bertanda tangan elektronik, dicetak apa adanya (SHA-256 diperiksa)</source>
        <translation>Electronically signed PDF, printed as it is (SHA-256 checked)</translation>
    </message>
    <message>
        <source>Dibuat dari templat jenis izin</source>
        <translation>Made from the permit type&apos;s template</translation>
    </message>
    <message>
        <source>SK {n} — {name}</source>
        <translation>Permit {n} — {name}</translation>
    </message>
    <message>
        <source>Buka berkas dulu (pindai QR tanda terima).</source>
        <translation>Open a file first (scan the receipt&apos;s QR).</translation>
    </message>
    <message>
        <source>Tuliskan alasan cetak ulang (paling sedikit 5 huruf).</source>
        <translation>Write the reason for the reprint (at least 5 letters).</translation>
    </message>
</context>
<context>
    <name>Counter5Page</name>
    <message>
        <source>Penyerahan SK (Alt+1)</source>
        <translation>Permit handover (Alt+1)</translation>
    </message>
    <message>
        <source>Pengaduan (Alt+2)</source>
        <translation>Complaints (Alt+2)</translation>
    </message>
    <message>
        <source>Laporan SKM (Alt+3)</source>
        <translation>Survey report (Alt+3)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Beranda pimpinan</source>
        <translation>Heads&apos; dashboard</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Muat ulang grafik (F5)</source>
        <translation>Reload the charts (F5)</translation>
    </message>
    <message>
        <source>Keadaan {d}. Klik batang untuk melihat berkasnya.</source>
        <translation>As of {d}. Click a bar to see its files.</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Memuat permohonan…</source>
        <translation>Loading the application…</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Langkah berikutnya</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Wajib</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Asli</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Lembar</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Permohonan tidak dapat dibuka</source>
        <translation>The application cannot be opened</translation>
    </message>
    <message>
        <source>Jatuh tempo {date}</source>
        <translation>Due {date}</translation>
    </message>
    <message>
        <source> — terlambat</source>
        <translation> — late</translation>
    </message>
    <message>
        <source>Standar pelayanan {n} hari kerja</source>
        <translation>Service standard {n} working days</translation>
    </message>
    <message>
        <source>Sejak {time}</source>
        <translation>Since {time}</translation>
    </message>
    <message>
        <source> · di {holder}</source>
        <translation> · at {holder}</translation>
    </message>
    <message>
        <source>No. permohonan</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>Jenis izin</source>
        <translation>Permit type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Jenis permohonan</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>No. izin lama</source>
        <translation>Previous permit no.</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Diterima lengkap</source>
        <translation>Received complete</translation>
    </message>
    <message>
        <source>No. tanda terima</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Standar pelayanan</source>
        <translation>Service standard</translation>
    </message>
    <message>
        <source>{n} hari kerja</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>, dengan kajian teknis</source>
        <translation>, with technical review</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Lokasi izin</source>
        <translation>Permit location</translation>
    </message>
    <message>
        <source>No. SK</source>
        <translation>Permit no.</translation>
    </message>
    <message>
        <source>SiCantik</source>
        <translation>SiCantik</translation>
    </message>
    <message>
        <source>tidak sesuai: {note}</source>
        <translation>disagrees: {note}</translation>
    </message>
    <message>
        <source>Ditulis SiCantik</source>
        <translation>Written by SiCantik</translation>
    </message>
    <message>
        <source>{values} — belum dipetakan (Admin — SiCantik)</source>
        <translation>{values} — not mapped yet (Admin — SiCantik)</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Tempat, tgl lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>Tax no. (NPWP)</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Surel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>Business no. (NIB)</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tidak ada langkah lagi.</source>
        <translation>No further steps.</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Pilihan</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>belum diperiksa</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>Salinan</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>perlu asli</source>
        <translation>original needed</translation>
    </message>
    <message>
        <source>Riwayat ({n})</source>
        <translation>History ({n})</translation>
    </message>
    <message>
        <source>Persyaratan ({done}/{n} diperiksa)</source>
        <translation>Requirements ({done}/{n} checked)</translation>
    </message>
</context>
<context>
    <name>DetailWindow</name>
    <message>
        <source>Permohonan {no}</source>
        <translation>Application {no}</translation>
    </message>
    <message>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>{title} · Loket</source>
        <translation>{title} · Loket</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Buat naskah izin / surat penolakan</source>
        <translation>Draft the permit / rejection letter</translation>
    </message>
    <message>
        <source>Dikembalikan oleh {by}: {reason}</source>
        <translation>Returned by {by}: {reason}</translation>
    </message>
    <message>
        <source>Jenis naskah</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>{n} bulan sejak ditandatangani</source>
        <translation>{n} months from signing</translation>
    </message>
    <message>
        <source>selama usaha/kegiatan berjalan</source>
        <translation>as long as the business/activity runs</translation>
    </message>
    <message>
        <source>Masa berlaku</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Satu ketentuan per baris</source>
        <translation>One provision per line</translation>
    </message>
    <message>
        <source>Ketentuan</source>
        <translation>Provisions</translation>
    </message>
    <message>
        <source>Satu alasan per baris</source>
        <translation>One reason per line</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>mis. SIP-DOK</source>
        <translation>e.g. SIP-DOK</translation>
    </message>
    <message>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Perlu (peninjauan lapangan)</source>
        <translation>Needed (site inspection)</translation>
    </message>
    <message>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <source>selama usaha berjalan</source>
        <translation>as long as the business runs</translation>
    </message>
    <message>
        <source>(belum ada templat)</source>
        <translation>(no template yet)</translation>
    </message>
    <message>
        <source>Satu dasar hukum per baris</source>
        <translation>One legal basis per line</translation>
    </message>
    <message>
        <source>&amp;Kode</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Nama jenis izin</source>
        <translation>&amp;Permit type name</translation>
    </message>
    <message>
        <source>&amp;Unit / bidang</source>
        <translation>&amp;Unit / division</translation>
    </message>
    <message>
        <source>S&amp;ektor</source>
        <translation>S&amp;ector</translation>
    </message>
    <message>
        <source>&amp;Standar pelayanan</source>
        <translation>&amp;Service standard</translation>
    </message>
    <message>
        <source>Lama ka&amp;jian</source>
        <translation>Review du&amp;ration</translation>
    </message>
    <message>
        <source>Kajian teknis</source>
        <translation>Technical review</translation>
    </message>
    <message>
        <source>&amp;Masa berlaku</source>
        <translation>&amp;Validity</translation>
    </message>
    <message>
        <source>&amp;Templat SK</source>
        <translation>Permit &amp;template</translation>
    </message>
    <message>
        <source>&amp;Dasar hukum</source>
        <translation>&amp;Legal basis</translation>
    </message>
    <message>
        <source>Data umum</source>
        <translation>General data</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Wajib</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Asli</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Catatan untuk loket</source>
        <translation>Note for the counter</translation>
    </message>
    <message>
        <source>Mengubah nama, wajib atau asli membuat versi baru daftar; berkas yang sudah diperiksa tetap memakai daftar saat diperiksa.</source>
        <translation>Changing the name, mandatory or original makes a new version of the list; files already checked keep the list they were checked against.</translation>
    </message>
    <message>
        <source>Nama isian</source>
        <translation>Field name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Pilihan (pisah dengan ;)</source>
        <translation>Choices (separated by ;)</translation>
    </message>
    <message>
        <source>Data teknis</source>
        <translation>Technical data</translation>
    </message>
    <message>
        <source>Jenis izin baru</source>
        <translation>New permit type</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Pesan kesalahan</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>FilePanel</name>
    <message>
        <source>Pilih berkas di daftar kerja.</source>
        <translation>Choose a file in the worklist.</translation>
    </message>
    <message>
        <source>Dikembalikan oleh {by} ({when}): {reason}</source>
        <translation>Returned by {by} ({when}): {reason}</translation>
    </message>
    <message>
        <source>Tidak ada tindakan untuk Anda pada status ini.</source>
        <translation>No action for you in this state.</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>di {place}</source>
        <translation>at {place}</translation>
    </message>
    <message>
        <source>tim: {team}</source>
        <translation>team: {team}</translation>
    </message>
    <message>
        <source>Kajian teknis</source>
        <translation>Technical review</translation>
    </message>
    <message>
        <source>dijadwalkan</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>belum dijadwalkan (standar {n} hari kerja)</source>
        <translation>not scheduled yet (standard {n} working days)</translation>
    </message>
    <message>
        <source>BAP {no}</source>
        <translation>Inspection report {no}</translation>
    </message>
    <message>
        <source>tanggal {d}</source>
        <translation>date {d}</translation>
    </message>
    <message>
        <source>Rekomendasi / BAP</source>
        <translation>Recommendation / inspection report</translation>
    </message>
    <message>
        <source>tercatat</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>Naskah</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Nomor izin</source>
        <translation>Permit number</translation>
    </message>
</context>
<context>
    <name>FilesDialog</name>
    <message>
        <source>{n} berkas — Enter atau klik ganda membuka rincian.</source>
        <translation>{n} files — Enter or double click opens the detail.</translation>
    </message>
    <message>
        <source>No. permohonan</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>1. Survei Kepuasan Masyarakat</source>
        <translation>1. Satisfaction survey</translation>
    </message>
    <message>
        <source>Status SKM pemohon tampil di sini setelah berkas dibuka.</source>
        <translation>The applicant&apos;s survey (SKM) status shows here once a file is open.</translation>
    </message>
    <message>
        <source>Mulai survei di layar pemohon (F6)</source>
        <translation>Start the survey on the applicant&apos;s screen (F6)</translation>
    </message>
    <message>
        <source>Alasan menolak SKM</source>
        <translation>Reason for declining the survey</translation>
    </message>
    <message>
        <source>Alasan pemohon menolak mengisi SKM</source>
        <translation>Why the applicant declines the survey</translation>
    </message>
    <message>
        <source>Catat penolakan</source>
        <translation>Record refusal</translation>
    </message>
    <message>
        <source>2. Penyerahan SK</source>
        <translation>2. Permit handover</translation>
    </message>
    <message>
        <source>Diambil sendiri oleh pemohon</source>
        <translation>Collected by the applicant in person</translation>
    </message>
    <message>
        <source>Dikuasakan (surat kuasa)</source>
        <translation>By proxy (power of attorney)</translation>
    </message>
    <message>
        <source>nomor pada identitas yang diperlihatkan</source>
        <translation>the number on the ID shown</translation>
    </message>
    <message>
        <source>Catat surat kuasa</source>
        <translation>Record power of attorney</translation>
    </message>
    <message>
        <source>pindai/ketik tanda terima</source>
        <translation>scan/type the receipt</translation>
    </message>
    <message>
        <source>pindai QR tanda terima berkas, atau ketik nomornya</source>
        <translation>scan the file receipt QR, or type its number</translation>
    </message>
    <message>
        <source>atau, bila hilang: alasannya</source>
        <translation>or, if lost: the reason</translation>
    </message>
    <message>
        <source>Serahkan SK dan arsipkan (F9)</source>
        <translation>Hand over the permit and archive (F9)</translation>
    </message>
    <message>
        <source>Nama penerima:</source>
        <translation>Recipient&apos;s name:</translation>
    </message>
    <message>
        <source>Jenis identitas:</source>
        <translation>ID type:</translation>
    </message>
    <message>
        <source>Nomor identitas:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>Nomor surat kuasa:</source>
        <translation>Power of attorney number:</translation>
    </message>
    <message>
        <source>Tanggal surat kuasa:</source>
        <translation>Power of attorney date:</translation>
    </message>
    <message>
        <source>Tanda terima berkas:</source>
        <translation>File receipt:</translation>
    </message>
    <message>
        <source>Alasan: {r}</source>
        <translation>Reason: {r}</translation>
    </message>
    <message>
        <source>Surat kuasa tercatat: {list}</source>
        <translation>Powers of attorney recorded: {list}</translation>
    </message>
    <message>
        <source>Belum ada surat kuasa tercatat.</source>
        <translation>No power of attorney recorded yet.</translation>
    </message>
    <message>
        <source>Survei sedang diisi pemohon di layarnya.</source>
        <translation>The applicant is filling in the survey on their screen.</translation>
    </message>
    <message>
        <source>Surat kuasa {n} dicatat: {name} boleh mengambil SK.</source>
        <translation>Power of attorney {n} recorded: {name} may collect the permit.</translation>
    </message>
    <message>
        <source>Serahkan SK {number} kepada {who}{proxy} dan arsipkan berkas {no}?</source>
        <translation>Hand over permit {number} to {who}{proxy} and archive file {no}?</translation>
    </message>
    <message>
        <source> (kuasa)</source>
        <translation> (proxy)</translation>
    </message>
    <message>
        <source>Serahkan</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Serahkan SK</source>
        <translation>Hand over the permit</translation>
    </message>
    <message>
        <source>Penyerahan dibatalkan; belum ada yang dicatat.</source>
        <translation>Handover cancelled; nothing was recorded.</translation>
    </message>
    <message>
        <source>Tanda terima penyerahan — {no}</source>
        <translation>Handover receipt — {no}</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Loket 2 — Penerimaan Berkas</source>
        <translation>Counter 2 — File intake</translation>
    </message>
    <message>
        <source>Waktu pemeriksaan</source>
        <translation>Check time</translation>
    </message>
    <message>
        <source>Nomor, NIK, nama, tanda terima — atau pindai</source>
        <translation>Number, NIK, name, receipt — or scan</translation>
    </message>
    <message>
        <source>Nomor permohonan, NIK, nama, nomor tanda terima — atau pindai QR/kode batang</source>
        <translation>Application number, NIK, name, receipt number — or scan the QR/barcode</translation>
    </message>
    <message>
        <source>Cari berkas</source>
        <translation>Find file</translation>
    </message>
    <message>
        <source>Buka (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message>
        <source>Walk-in baru (Ctrl+N)</source>
        <translation>New walk-in (Ctrl+N)</translation>
    </message>
    <message>
        <source>Register harian (Ctrl+H)</source>
        <translation>Daily register (Ctrl+H)</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Spasi mengubah status hanya di kolom “Ada?” (dan “Bentuk” untuk asli/salinan). Ketik huruf atau Enter untuk keterangan.</source>
        <translation>Space changes a status only in the “Present?” column (and “Form” for original/copy). Type letters or Enter for a note.</translation>
    </message>
    <message>
        <source>Pindai QR tanda terima atau kode batang nomor permohonan — di mana pun kursor berada — atau ketik nomor/NIK/nama lalu Enter.
Belum terdaftar? Ctrl+N untuk permohonan walk-in.</source>
        <translation>Scan the receipt&apos;s QR or the application number barcode — wherever the cursor is — or type a number/NIK/name, then Enter.
Not registered yet? Ctrl+N for a walk-in application.</translation>
    </message>
    <message>
        <source>Nomor permohonan</source>
        <translation>Application number</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jenis izin</source>
        <translation>Permit type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Persyaratan (* wajib) · Spasi: ada/tidak ada, asli/salinan · angka: lembar · huruf/Enter: keterangan</source>
        <translation>Requirements (* mandatory) · Space: present/absent, original/copy · digits: sheets · letter/Enter: note</translation>
    </message>
    <message>
        <source>Spasi di kolom Ada?: ada/tidak ada · Spasi di kolom Bentuk: asli/salinan · angka: lembar · huruf atau Enter: keterangan</source>
        <translation>Space in the Present? column: present/absent · Space in the Form column: original/copy · digits: sheets · a letter or Enter: note</translation>
    </message>
    <message>
        <source>Semua ADA (Ctrl+Shift+A)</source>
        <translation>All PRESENT (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Pemberitahuan ke pemohon</source>
        <translation>Messages to the applicant</translation>
    </message>
    <message>
        <source>Tanpa pemberitahuan</source>
        <translation>No messages</translation>
    </message>
    <message>
        <source>Beri tahu lewat WhatsApp</source>
        <translation>Notify by WhatsApp</translation>
    </message>
    <message>
        <source>Beri tahu lewat SMS</source>
        <translation>Notify by SMS</translation>
    </message>
    <message>
        <source>Beri tahu lewat surel</source>
        <translation>Notify by e-mail</translation>
    </message>
    <message>
        <source>Catatan pengembalian (opsional), mis. berkas tidak terbaca</source>
        <translation>Return note (optional), e.g. file unreadable</translation>
    </message>
    <message>
        <source>Catatan pengembalian</source>
        <translation>Return note</translation>
    </message>
    <message>
        <source>&amp;Kembalikan berkas</source>
        <translation>&amp;Return file</translation>
    </message>
    <message>
        <source>&amp;Terima — cetak tanda terima (Ctrl+Enter)</source>
        <translation>&amp;Accept — print receipt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Lihat/cetak ulang tanda terima (Ctrl+P)</source>
        <translation>View/reprint the receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>Hari ini: {a} diterima · {r} dikembalikan</source>
        <translation>Today: {a} received · {r} returned</translation>
    </message>
    <message>
        <source>Standar pemeriksaan: {m} menit</source>
        <translation>Check standard: {m} minutes</translation>
    </message>
    <message>
        <source>Waktu pemeriksaan {mm:02d}:{ss:02d} / {std} menit</source>
        <translation>Check time {mm:02d}:{ss:02d} / {std} minutes</translation>
    </message>
    <message>
        <source> — melewati standar</source>
        <translation> — over the standard</translation>
    </message>
    <message>
        <source>“{text}” tidak ada di basis data lokal; mencari di SiCantik…</source>
        <translation>“{text}” is not in the local database; searching SiCantik…</translation>
    </message>
    <message>
        <source>kode QR</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>“{text}” tidak ditemukan. Ctrl+N untuk mendaftarkan permohonan walk-in.</source>
        <translation>“{text}” not found. Ctrl+N to register a walk-in application.</translation>
    </message>
    <message>
        <source>{n} berkas cocok — pilih dengan panah, Enter untuk membuka.</source>
        <translation>{n} files match — choose with the arrows, Enter to open.</translation>
    </message>
    <message>
        <source>{n} hari kerja</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>⚠ NIK ini juga punya permohonan jenis izin yang sama yang masih berjalan: {no}.</source>
        <translation>⚠ This NIK also has an application of the same permit type still in progress: {no}.</translation>
    </message>
    <message>
        <source>Berkas ini pernah dikembalikan; pemeriksaan sebelumnya sudah terisi.</source>
        <translation>This file was returned before; the previous check is filled in.</translation>
    </message>
    <message>
        <source>Lihat/cetak ulang bukti pengembalian (Ctrl+P)</source>
        <translation>View/reprint the return slip (Ctrl+P)</translation>
    </message>
    <message>
        <source>Berkas {no} dibuka.</source>
        <translation>File {no} opened.</translation>
    </message>
    <message>
        <source>Berkas {no} sudah melewati Loket 2 ({state}).</source>
        <translation>File {no} has already passed counter 2 ({state}).</translation>
    </message>
    <message>
        <source>Pemberitahuan: {channel}.</source>
        <translation>Messages: {channel}.</translation>
    </message>
    <message>
        <source>Draf pendaftaran yang belum selesai dipulihkan; periksa lalu Ctrl+S.</source>
        <translation>An unfinished registration draft was restored; check it, then Ctrl+S.</translation>
    </message>
    <message>
        <source>Pendaftaran walk-in: isi data pemohon; waktu pemeriksaan berjalan.</source>
        <translation>Walk-in registration: fill in the applicant&apos;s data; the check timer is running.</translation>
    </message>
    <message>
        <source>Permohonan walk-in {no} terdaftar. Periksa persyaratannya.</source>
        <translation>Walk-in application {no} registered. Check its requirements.</translation>
    </message>
    <message>
        <source>✔ Semua persyaratan wajib ada. Ctrl+Enter untuk menerima berkas.</source>
        <translation>✔ All mandatory requirements present. Ctrl+Enter to accept the file.</translation>
    </message>
    <message>
        <source>Belum lengkap: {n} persyaratan wajib belum terpenuhi{u}.</source>
        <translation>Incomplete: {n} mandatory requirements not met{u}.</translation>
    </message>
    <message>
        <source> ({k} belum diperiksa)</source>
        <translation> ({k} not checked yet)</translation>
    </message>
    <message>
        <source>Belum dapat diterima: {items}.</source>
        <translation>Cannot be accepted yet: {items}.</translation>
    </message>
    <message>
        <source>Kembalikan berkas {no} kepada pemohon dan cetak bukti pengembalian?</source>
        <translation>Return file {no} to the applicant and print the return slip?</translation>
    </message>
    <message>
        <source>Yang kurang: {items}.</source>
        <translation>Missing: {items}.</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Kembalikan berkas</source>
        <translation>Return file</translation>
    </message>
    <message>
        <source>Pengembalian dibatalkan; berkas tetap terbuka.</source>
        <translation>Return cancelled; the file stays open.</translation>
    </message>
    <message>
        <source>Tanda terima {number}</source>
        <translation>Receipt {number}</translation>
    </message>
    <message>
        <source>Bukti pengembalian {number}</source>
        <translation>Return slip {number}</translation>
    </message>
    <message>
        <source>Berkas {no} diterima; tanda terima {number}. Ctrl+P untuk mencetak.</source>
        <translation>File {no} accepted; receipt {number}. Ctrl+P to print.</translation>
    </message>
    <message>
        <source>Berkas {no} dikembalikan; bukti {number}. Ctrl+P untuk mencetak.</source>
        <translation>File {no} returned; slip {number}. Ctrl+P to print.</translation>
    </message>
    <message>
        <source>Dicetak (cetak ulang — SALINAN).</source>
        <translation>Printed (reprint — COPY).</translation>
    </message>
    <message>
        <source>Dicetak.</source>
        <translation>Printed.</translation>
    </message>
    <message>
        <source>sudah dicetak {n}×; cetak berikutnya SALINAN</source>
        <translation>already printed {n}×; the next print is a COPY</translation>
    </message>
    <message>
        <source>Register harian Loket 2</source>
        <translation>Counter 2 daily register</translation>
    </message>
    <message>
        <source>Ekspor register harian</source>
        <translation>Export daily register</translation>
    </message>
    <message>
        <source>Register diekspor ke {path}</source>
        <translation>Register exported to {path}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Loket — layar terkunci</source>
        <translation>Loket — screen locked</translation>
    </message>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>{name} · {ws} · sejak {time}</source>
        <translation>{name} · {ws} · since {time}</translation>
    </message>
    <message>
        <source>Pekerjaan yang sedang dikerjakan tetap tersimpan. Masukkan kata sandi {name} untuk melanjutkan.</source>
        <translation>The work in progress is kept. Enter the password of {name} to continue.</translation>
    </message>
    <message>
        <source>Kata sandi {name}</source>
        <translation>Password of {name}</translation>
    </message>
    <message>
        <source>Ganti petugas…</source>
        <translation>Switch officer…</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Masuk sebagai petugas lain. Jendela {name} disembunyikan, tidak ditutup: isiannya muncul lagi saat {name} masuk kembali di layar ini.</source>
        <translation>Log in as another officer. The window of {name} is hidden, not closed: its entries come back when {name} logs in again on this screen.</translation>
    </message>
    <message>
        <source>Sesi lain yang terbuka: {names}.</source>
        <translation>Other open sessions: {names}.</translation>
    </message>
    <message>
        <source>Masuk sebagai petugas ini</source>
        <translation>Log in as this officer</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — Loket</source>
        <translation>Log in — Loket</translation>
    </message>
    <message>
        <source>Masuk ke Loket</source>
        <translation>Log in to Loket</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>mis. budi.santoso</source>
        <translation>e.g. budi.santoso</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loket — Pelayanan Perizinan</source>
        <translation>Loket — Licensing Services</translation>
    </message>
    <message>
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Cari permohonan — nomor, NIK, nama, atau no. tanda terima   (Ctrl+F)</source>
        <translation>Search applications — number, NIK, name or receipt no.   (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari permohonan</source>
        <translation>Search applications</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Halaman “{title}” tidak dapat dibuka karena kesalahan teknis.
Rincian dicatat di {log}.</source>
        <translation>The page “{title}” cannot be opened because of a technical fault.
Details are in {log}.</translation>
    </message>
    <message>
        <source>Sinkronisasi: menunggu…</source>
        <translation>Sync: waiting…</translation>
    </message>
    <message>
        <source>Sinkronisasi: hanya lokal</source>
        <translation>Sync: local only</translation>
    </message>
    <message>
        <source>hanya baca</source>
        <translation>read only</translation>
    </message>
    <message>
        <source>{n} peran</source>
        <translation>{n} roles</translation>
    </message>
    <message>
        <source>Workstation: {name}
Basis data: {path}</source>
        <translation>Workstation: {name}
Database: {path}</translation>
    </message>
    <message>
        <source>{name} — {roles}</source>
        <translation>{name} — {roles}</translation>
    </message>
    <message>
        <source>Tersinkron {time}</source>
        <translation>In sync {time}</translation>
    </message>
    <message>
        <source>Tersambung ke pusat</source>
        <translation>Connected to the central database</translation>
    </message>
    <message>
        <source>Luring — bekerja lokal</source>
        <translation>Offline — working locally</translation>
    </message>
    <message>
        <source> · {n} menunggu dikirim</source>
        <translation> · {n} waiting to be sent</translation>
    </message>
    <message>
        <source> · {n} DITOLAK pusat</source>
        <translation> · {n} REFUSED by central</translation>
    </message>
    <message>
        <source>{n} perubahan ditolak basis data pusat dan tetap di antrean; Administrator: halaman Konflik sinkronisasi.</source>
        <translation>{n} changes refused by the central database stay in the queue; Administrator: the Sync conflicts page.</translation>
    </message>
    <message>
        <source>Sinkronisasi: {text}</source>
        <translation>Sync: {text}</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Tentang Loket</source>
        <translation>About Loket</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>NotifyPage</name>
    <message>
        <source>Pemberitahuan ke pemohon</source>
        <translation>Messages to the applicant</translation>
    </message>
    <message>
        <source>Log pesan</source>
        <translation>Message log</translation>
    </message>
    <message>
        <source>Teks pesan</source>
        <translation>Message texts</translation>
    </message>
    <message>
        <source>Tes koneksi</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Kirim ulang</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No. permohonan</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>setiap workstation untuk pesannya sendiri</source>
        <translation>each workstation for its own messages</translation>
    </message>
    <message>
        <source>Pengiriman aktif.</source>
        <translation>Sending is on.</translation>
    </message>
    <message>
        <source>Pengiriman belum aktif (“Kirim pemberitahuan” belum dicentang): tidak ada pesan yang dibuat.</source>
        <translation>Sending is off (“Send notifications” is not ticked): no messages are created.</translation>
    </message>
    <message>
        <source>Pengirim: {sender}; workstation ini: {ws}. Pengaturan saluran: Admin — Kantor → Koneksi.</source>
        <translation>Sender: {sender}; this workstation: {ws}. Channel settings: Admin — Office → Connections.</translation>
    </message>
    <message>
        <source>Belum ada pesan.</source>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <source>Keterangan: {why}</source>
        <translation>Note: {why}</translation>
    </message>
    <message>
        <source>Pratinjau (contoh data)</source>
        <translation>Preview (sample data)</translation>
    </message>
    <message>
        <source>Kembalikan ke teks bawaan</source>
        <translation>Restore the default text</translation>
    </message>
    <message>
        <source>Simpan teks</source>
        <translation>Save text</translation>
    </message>
    <message>
        <source>Teks pesan — placeholder ditulis dalam kurung kurawal, mis. {nama}</source>
        <translation>Message text — placeholders in curly braces, e.g. {nama}</translation>
    </message>
    <message>
        <source>Placeholder: </source>
        <translation>Placeholders: </translation>
    </message>
    <message>
        <source>Teks “{kind}” disimpan.</source>
        <translation>Text “{kind}” saved.</translation>
    </message>
    <message>
        <source>Kirim satu pesan uji lewat saluran yang diatur di Admin — Kantor → Koneksi. Pesan uji tidak masuk antrean dan tidak memuat data pemohon.</source>
        <translation>Send one test message through the channel set up in Admin — Office → Connections. A test message is not queued and carries no applicant&apos;s data.</translation>
    </message>
    <message>
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>alamat surel atau nomor HP (08…)</source>
        <translation>e-mail address or mobile number (08…)</translation>
    </message>
    <message>
        <source>Mengirim…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Kantor: identitas, penomoran, koneksi</source>
        <translation>Office: identity, numbering, connections</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Identitas kantor</source>
        <translation>Office identity</translation>
    </message>
    <message>
        <source>Tempat penampung: {seq} nomor urut (mis. {seq:04} = 0001), {year}, {month}, {month_roman}, {day}, {workstation}. Nomor urut mulai lagi setiap tahun. Tanpa {workstation}, nomor berlaku untuk seluruh kantor (diambil dari blok yang dipesan di basis data pusat); tanda terima dan walk-in selalu memuat {workstation}.</source>
        <translation>Placeholders: {seq} sequence number (e.g. {seq:04} = 0001), {year}, {month}, {month_roman}, {day}, {workstation}. The sequence restarts every year. Without {workstation} a number holds for the whole office (taken from the block reserved in the central database); receipts and walk-ins always contain {workstation}.</translation>
    </message>
    <message>
        <source>Penomoran</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <source>Tes koneksi</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Koneksi</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Belum diisi (kop surat, penandatangan, peraturan di Mengingat SK): {keys}.</source>
        <translation>Not filled in yet (letterhead, signatory, regulations in the decree&apos;s Mengingat): {keys}.</translation>
    </message>
    <message>
        <source>Masih contoh bawaan — ganti dengan data kantor Anda: {keys}.</source>
        <translation>Still the shipped sample — replace with your office&apos;s details: {keys}.</translation>
    </message>
    <message>
        <source>penyimpanan rahasia (keyring) tidak tersedia di komputer ini</source>
        <translation>secret storage (keyring) is not available on this computer</translation>
    </message>
    <message>
        <source>tersimpan di keyring — ketik untuk mengganti</source>
        <translation>stored in the keyring — type to replace</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Nomor berikutnya: {n}</source>
        <translation>Next number: {n}</translation>
    </message>
    <message>
        <source>Tersimpan ({n} diubah).</source>
        <translation>Saved ({n} changed).</translation>
    </message>
    <message>
        <source>Tidak ada yang berubah.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Logo kop surat</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <source>Menguji… (pengaturan yang tersimpan)</source>
        <translation>Testing… (stored settings)</translation>
    </message>
    <message>
        <source>Berhasil</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Belum siap</source>
        <translation>Not ready</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Tambah petugas</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>Ubah petugas {u}</source>
        <translation>Edit officer {u}</translation>
    </message>
    <message>
        <source>mis. budi.santoso</source>
        <translation>e.g. budi.santoso</translation>
    </message>
    <message>
        <source>18 digit; kosongkan bila bukan ASN</source>
        <translation>18 digits; leave empty if not a civil servant</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <source>L&amp;oket</source>
        <translation>C&amp;ounter</translation>
    </message>
    <message>
        <source>&amp;Unit kerja</source>
        <translation>&amp;Work unit</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>minimal {n} karakter; petugas wajib menggantinya saat masuk pertama</source>
        <translation>at least {n} characters; the officer must change it at first login</translation>
    </message>
    <message>
        <source>Kata sandi &amp;awal</source>
        <translation>&amp;Initial password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Petugas dan peran</source>
        <translation>Officers and roles</translation>
    </message>
    <message>
        <source>Tambah petugas…</source>
        <translation>Add officer…</translation>
    </message>
    <message>
        <source>Ubah / peran…</source>
        <translation>Edit / roles…</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Buka kunci akun</source>
        <translation>Unlock account</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Daftar petugas</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Insert: tambah · Enter: ubah · Petugas yang ditambahkan wajib mengganti kata sandinya saat masuk pertama.</source>
        <translation>Insert: add · Enter: edit · A new officer must change their password at first login.</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>wajib ganti sandi</source>
        <translation>must change password</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Nonaktifkan {name} ({u})? Petugas ini tidak dapat masuk lagi sampai diaktifkan kembali; catatannya tetap ada.</source>
        <translation>Deactivate {name} ({u})? This officer cannot log in until activated again; their records remain.</translation>
    </message>
</context>
<context>
    <name>OverdueBadge</name>
    <message>
        <source>⚠ {n} berkas terlambat</source>
        <translation>⚠ {n} late files</translation>
    </message>
    <message>
        <source>Berkas yang menunggu Anda dan sudah melewati batas waktu pelayanan</source>
        <translation>Files waiting on you that are past the service deadline</translation>
    </message>
    <message>
        <source>Tidak ada berkas terlambat</source>
        <translation>No late files</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Pratinjau dokumen</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>Cetak… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Simpan PDF… (Ctrl+S)</source>
        <translation>Save PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Cetak {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>PermitTypesPage</name>
    <message>
        <source>Jenis izin dan persyaratan</source>
        <translation>Permit types and requirements</translation>
    </message>
    <message>
        <source>Cari kode, nama, bidang…</source>
        <translation>Search code, name, division…</translation>
    </message>
    <message>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Impor dari SiCantik…</source>
        <translation>Import from SiCantik…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Pratinjau:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>SK (data contoh)</source>
        <translation>Permit (sample data)</translation>
    </message>
    <message>
        <source>Tanda terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>{name} (nonaktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>
dipakai {n} permohonan</source>
        <translation>
used by {n} applications</translation>
    </message>
    <message>
        <source>{name}
{days} hari kerja · {n} persyaratan · templat {t}</source>
        <translation>{name}
{days} working days · {n} requirements · template {t}</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Nonaktifkan {name}? Jenis izin ini tidak dapat dipilih lagi untuk permohonan baru; berkas yang sudah ada tidak berubah.</source>
        <translation>Deactivate {name}? This permit type can no longer be chosen for new applications; existing files do not change.</translation>
    </message>
    <message>
        <source>Memperbarui pratinjau…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <source>Data contoh, bukan dokumen resmi.</source>
        <translation>Sample data, not an official document.</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Pratinjau tidak dapat dibuat: {msg}</source>
        <translation>The preview cannot be made: {msg}</translation>
    </message>
</context>
<context>
    <name>PickPermitDialog</name>
    <message>
        <source>Jenis izin SiCantik belum dipetakan</source>
        <translation>SiCantik permit type not mapped yet</translation>
    </message>
    <message>
        <source>(id {id})</source>
        <translation>(id {id})</translation>
    </message>
    <message>
        <source>Permohonan &lt;b&gt;{no}&lt;/b&gt; ada di SiCantik dengan jenis izin &lt;b&gt;{what}&lt;/b&gt;, yang belum dipetakan ke jenis izin Loket.&lt;br&gt;Pilih jenis izin Loket-nya. Pilihan ini dicatat sebagai pemetaan kantor (dengan nama Anda), dan berkas berikutnya dengan jenis izin ini diimpor sendiri.</source>
        <translation>Application &lt;b&gt;{no}&lt;/b&gt; is in SiCantik with permit type &lt;b&gt;{what}&lt;/b&gt;, which is not mapped to a Loket permit type yet.&lt;br&gt;Choose its Loket permit type. The choice is recorded as the office&apos;s mapping (with your name), and the next files of this permit type are imported by themselves.</translation>
    </message>
    <message>
        <source>&amp;Jenis izin Loket</source>
        <translation>&amp;Loket permit type</translation>
    </message>
    <message>
        <source>&amp;Petakan dan buka berkas</source>
        <translation>&amp;Map and open the file</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Pilih jenis izin Loket dari daftar.</source>
        <translation>Choose a Loket permit type from the list.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Semua jenis izin</source>
        <translation>All permit types</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Tampilkan laporan (F5)</source>
        <translation>Show the report (F5)</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Pilih laporan dan rentang, lalu tekan Tampilkan.</source>
        <translation>Choose a report and a range, then press Show.</translation>
    </message>
    <message>
        <source>Menyusun laporan…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>Tidak ada data dalam rentang ini.</source>
        <translation>No data in this range.</translation>
    </message>
    <message>
        <source>{title}: {n} baris. Enter pada baris membuka berkasnya.</source>
        <translation>{title}: {n} rows. Enter on a row opens its files.</translation>
    </message>
    <message>
        <source>Berkas di balik baris ini</source>
        <translation>Files behind this row</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Berkas {ext} (*{ext})</source>
        <translation>{ext} file (*{ext})</translation>
    </message>
    <message>
        <source>Disimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Atur ulang kata sandi {u}</source>
        <translation>Reset password of {u}</translation>
    </message>
    <message>
        <source>Petugas wajib mengganti kata sandi ini saat masuk berikutnya.</source>
        <translation>The officer must change this password at the next login.</translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Ulangi</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Catat rekomendasi / BAP</source>
        <translation>Record recommendation / inspection report</translation>
    </message>
    <message>
        <source>di {place}</source>
        <translation>at {place}</translation>
    </message>
    <message>
        <source>tim: {team}</source>
        <translation>team: {team}</translation>
    </message>
    <message>
        <source>Jadwal</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Nomor BAP</source>
        <translation>Inspection report no.</translation>
    </message>
    <message>
        <source>Tanggal BAP</source>
        <translation>Inspection report date</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(tidak ada lampiran)</source>
        <translation>(no attachment)</translation>
    </message>
    <message>
        <source>Lampirkan berkas…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Lampiran BAP</source>
        <translation>Inspection report attachment</translation>
    </message>
    <message>
        <source>PDF atau gambar (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>PDF or image (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Berkas lampiran tidak dapat dibaca: {err}</source>
        <translation>The attachment cannot be read: {err}</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>+ Baris</source>
        <translation>+ Row</translation>
    </message>
    <message>
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hapus baris terpilih</source>
        <translation>Delete the selected row</translation>
    </message>
    <message>
        <source>Naikkan baris terpilih</source>
        <translation>Move the selected row up</translation>
    </message>
    <message>
        <source>Turunkan baris terpilih</source>
        <translation>Move the selected row down</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <source>Pindai QR tanda terima, atau ketik nomor tanda terima / nomor permohonan, lalu Enter</source>
        <translation>Scan the receipt&apos;s QR, or type the receipt number / application number, then Enter</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Jadwalkan kajian teknis</source>
        <translation>Schedule technical review</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tanggal dan jam</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Ruang rapat / lokasi peninjauan</source>
        <translation>Meeting room / inspection site</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Satu nama per baris, mis. Ir. Bambang (Dinas PUPR)</source>
        <translation>One name per line, e.g. Ir. Bambang (Dinas PUPR)</translation>
    </message>
    <message>
        <source>Anggota tim</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Standar kajian untuk jenis izin ini: {n} hari kerja.</source>
        <translation>Review standard for this permit type: {n} working days.</translation>
    </message>
    <message>
        <source>Tanggal ini sudah lewat ({d}). Periksa lagi bila kajian belum dilaksanakan.</source>
        <translation>This date has passed ({d}). Check it again if the review has not taken place yet.</translation>
    </message>
    <message>
        <source>{d} bukan hari kerja ({why}).</source>
        <translation>{d} is not a working day ({why}).</translation>
    </message>
    <message>
        <source>{d} bukan hari kerja (akhir pekan).</source>
        <translation>{d} is not a working day (weekend).</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>No. Permohonan</source>
        <translation>Application No.</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jenis Izin</source>
        <translation>Permit Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Jatuh Tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>No. Tanda Terima</source>
        <translation>Receipt No.</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Melewati standar waktu pelayanan</source>
        <translation>Past the service standard</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <source>Berkas kembali ke {role}, kepada petugas yang meneruskannya.</source>
        <translation>The file goes back to {role}, to the officer who passed it on.</translation>
    </message>
    <message>
        <source>Apa yang harus diperbaiki? (wajib)</source>
        <translation>What must be corrected? (required)</translation>
    </message>
    <message>
        <source>Alasan pengembalian</source>
        <translation>Reason for returning</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Administrator pertama — Loket</source>
        <translation>First administrator — Loket</translation>
    </message>
    <message>
        <source>Selamat datang di Loket</source>
        <translation>Welcome to Loket</translation>
    </message>
    <message>
        <source>Belum ada petugas di basis data ini. Buat akun &lt;b&gt;administrator&lt;/b&gt; pertama: administrator menambahkan petugas loket lain dan mengatur perannya. Loket tidak memiliki kata sandi bawaan; pilih kata sandi minimal {n} karakter, misalnya beberapa kata yang mudah Anda ingat.</source>
        <translation>There are no officers in this database yet. Create the first &lt;b&gt;administrator&lt;/b&gt; account: the administrator adds the other counter officers and sets their roles. Loket has no default password; choose a password of at least {n} characters, for example a few words you remember easily.</translation>
    </message>
    <message>
        <source>mis. admin.siti</source>
        <translation>e.g. admin.siti</translation>
    </message>
    <message>
        <source>18 digit; kosongkan bila bukan ASN</source>
        <translation>18 digits; leave empty if not a civil servant</translation>
    </message>
    <message>
        <source>minimal {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>Buat administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>SicantikImportDialog</name>
    <message>
        <source>Impor jenis izin dari SiCantik</source>
        <translation>Import permit types from SiCantik</translation>
    </message>
    <message>
        <source>Jenis izin dan daftar persyaratan dari Template Data SiCantik kantor menjadi titik awal: yang belum ada dibuat dan dipetakan sekaligus, yang sudah ada hanya dipetakan. Lengkapi standar waktu, templat SK dan data teknis sesudahnya.</source>
        <translation>Permit types and requirement lists from the office&apos;s SiCantik Template Data become a starting point: those not here yet are created and mapped at once, those already here are only mapped. Complete the service standard, SK template and technical data afterwards.</translation>
    </message>
    <message>
        <source>ID template, mis. 123</source>
        <translation>template ID, e.g. 123</translation>
    </message>
    <message>
        <source>tanpa rentang tanggal</source>
        <translation>no date range</translation>
    </message>
    <message>
        <source> hari terakhir</source>
        <translation> last days</translation>
    </message>
    <message>
        <source>Template Data</source>
        <translation>Template Data</translation>
    </message>
    <message>
        <source>Rentang</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Ambil usulan</source>
        <translation>Fetch proposals</translation>
    </message>
    <message>
        <source>Impor semua</source>
        <translation>Import all</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Isi ID Template Data yang memuat jenis izin.</source>
        <translation>Enter the ID of the Template Data that holds the permit types.</translation>
    </message>
    <message>
        <source>Menghubungi SiCantik…</source>
        <translation>Contacting SiCantik…</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>dipetakan</source>
        <translation>mapped</translation>
    </message>
    <message>
        <source>sudah ada</source>
        <translation>already here</translation>
    </message>
    <message>
        <source>{n} jenis izin baru, {m} dipetakan, dari {rows} baris SiCantik. Belum ada yang diubah.</source>
        <translation>{n} new permit types, {m} mapped, from {rows} SiCantik rows. Nothing changed yet.</translation>
    </message>
    <message>
        <source>Impor selesai: {n} jenis izin baru, semuanya dipetakan.</source>
        <translation>Import done: {n} new permit types, all mapped.</translation>
    </message>
</context>
<context>
    <name>SicantikMapPage</name>
    <message>
        <source>Pemetaan SiCantik</source>
        <translation>SiCantik mapping</translation>
    </message>
    <message>
        <source>Jenis izin dan nilai dari SiCantik yang belum dikenal Loket. Tidak ada berkas yang hilang: berkas dengan jenis izin yang belum dipetakan menunggu di sini dan diimpor pada penarikan berikutnya setelah dipetakan, tanpa membaca ulang SiCantik; nilai yang belum dikenal ditampilkan seperti ditulis SiCantik sampai dipetakan.</source>
        <translation>Permit types and values from SiCantik that Loket does not know yet. No file is lost: files of an unmapped permit type wait here and are imported at the next pull once mapped, without reading SiCantik again; unknown values are shown as SiCantik wrote them until mapped.</translation>
    </message>
    <message>
        <source>Jenis izin SiCantik yang belum dipetakan</source>
        <translation>SiCantik permit types not mapped yet</translation>
    </message>
    <message>
        <source>ID SiCantik</source>
        <translation>SiCantik ID</translation>
    </message>
    <message>
        <source>Nama di SiCantik</source>
        <translation>Name in SiCantik</translation>
    </message>
    <message>
        <source>Berkas menunggu</source>
        <translation>Files waiting</translation>
    </message>
    <message>
        <source>Contoh nomor</source>
        <translation>Sample number</translation>
    </message>
    <message>
        <source>Jenis izin Loket</source>
        <translation>Loket permit type</translation>
    </message>
    <message>
        <source>&amp;Impor sekarang</source>
        <translation>&amp;Import now</translation>
    </message>
    <message>
        <source>Impor berkas yang sudah dipetakan dari data yang sudah dikirim SiCantik</source>
        <translation>Import the mapped files from the data SiCantik already sent</translation>
    </message>
    <message>
        <source>Nilai SiCantik yang belum dikenal</source>
        <translation>SiCantik values not known yet</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Ditulis SiCantik</source>
        <translation>Written by SiCantik</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Arti di Loket</source>
        <translation>Meaning in Loket</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Petakan</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>{n} berkas sudah dipetakan; diimpor pada penarikan berikutnya.</source>
        <translation>{n} files already mapped; imported at the next pull.</translation>
    </message>
    <message>
        <source>Tidak ada berkas yang siap diimpor.</source>
        <translation>No files ready to import.</translation>
    </message>
    <message>
        <source>Semua jenis izin dan nilai SiCantik sudah dikenal Loket.</source>
        <translation>Loket knows every SiCantik permit type and value.</translation>
    </message>
    <message>
        <source>Pilih jenis izin Loket untuk “{name}” dari daftar.</source>
        <translation>Choose the Loket permit type for “{name}” from the list.</translation>
    </message>
    <message>
        <source>“{name}” → {code}. {n} berkas diimpor pada penarikan berikutnya.</source>
        <translation>“{name}” → {code}. {n} files are imported at the next pull.</translation>
    </message>
    <message>
        <source>Pilih arti “{v}” di Loket.</source>
        <translation>Choose what “{v}” means in Loket.</translation>
    </message>
    <message>
        <source>{field} “{v}” → {loket}; {n} berkas diperbarui.</source>
        <translation>{field} “{v}” → {loket}; {n} files updated.</translation>
    </message>
    <message>
        <source>Diimpor: {summary}.</source>
        <translation>Imported: {summary}.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Tandatangani</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Naskah</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Surat penolakan</source>
        <translation>Rejection letter</translation>
    </message>
    <message>
        <source>Naskah izin (SK)</source>
        <translation>Permit (SK)</translation>
    </message>
    <message>
        <source>Tanda tangan basah</source>
        <translation>Wet signature</translation>
    </message>
    <message>
        <source>(belum ada berkas)</source>
        <translation>(no files yet)</translation>
    </message>
    <message>
        <source>PDF TTE</source>
        <translation>E-signed PDF</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>PDF hasil TTE</source>
        <translation>E-signed PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>TTE langsung (layanan BSrE kantor)</source>
        <translation>Direct e-signature (the office&apos;s BSrE service)</translation>
    </message>
    <message>
        <source>TTE lewat berkas (aplikasi TTE sendiri)</source>
        <translation>E-signature through a file (the office&apos;s own e-signature application)</translation>
    </message>
    <message>
        <source>Layanan BSrE belum diatur (tte.url).</source>
        <translation>The BSrE service is not configured (tte.url).</translation>
    </message>
    <message>
        <source>16 angka, NIK pada sertifikat</source>
        <translation>16 digits, the NIK on the certificate</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>diketik setiap kali, tidak disimpan</source>
        <translation>typed each time, never stored</translation>
    </message>
    <message>
        <source>Passphrase TTE</source>
        <translation>E-signature passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Simpan draf PDF untuk TTE…</source>
        <translation>Save the draft PDF for e-signing…</translation>
    </message>
    <message>
        <source>Pilih PDF bertanda tangan…</source>
        <translation>Choose the signed PDF…</translation>
    </message>
    <message>
        <source>PDF bertanda tangan diterima hanya bila tanda tangannya sah, sertifikatnya berasal dari akar tepercaya kantor, dan isinya persis PDF final di samping. Tanda tangan basah: SK dicetak tanpa kalimat BSrE.</source>
        <translation>A signed PDF is accepted only when its signature is valid, its certificate comes from the office&apos;s trusted roots, and its content is exactly the final PDF beside it. Wet signature: the permit is printed without the BSrE sentence.</translation>
    </message>
    <message>
        <source>Simpan draf PDF</source>
        <translation>Save the draft PDF</translation>
    </message>
    <message>
        <source>Draf disimpan: {p}</source>
        <translation>Draft saved: {p}</translation>
    </message>
    <message>
        <source>Ketik passphrase TTE.</source>
        <translation>Type the e-signature passphrase.</translation>
    </message>
    <message>
        <source>Pilih berkas PDF hasil TTE terlebih dahulu.</source>
        <translation>Choose the e-signed PDF file first.</translation>
    </message>
    <message>
        <source>Berkas PDF tidak dapat dibaca: {err}</source>
        <translation>The PDF file cannot be read: {err}</translation>
    </message>
</context>
<context>
    <name>SurveyReportPanel</name>
    <message>
        <source>Hitung IKM</source>
        <translation>Compute IKM</translation>
    </message>
    <message>
        <source>Laporan PDF</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Pilih periode lalu tekan “Hitung IKM”.</source>
        <translation>Choose a period, then press “Compute IKM”.</translation>
    </message>
    <message>
        <source>Unsur pelayanan</source>
        <translation>Service element</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tanggal awal setelah tanggal akhir.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <source>IKM {ikm} — mutu {g} ({label}); {n} responden</source>
        <translation>IKM {ikm} — grade {g} ({label}); {n} respondents</translation>
    </message>
    <message>
        <source>Laporan SKM {a} s.d. {b}</source>
        <translation>Survey report {a} to {b}</translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <source>Survei Kepuasan Masyarakat</source>
        <translation>Public satisfaction survey</translation>
    </message>
    <message>
        <source>Jenis kelamin Anda?</source>
        <translation>Your sex?</translation>
    </message>
    <message>
        <source>Berapa umur Anda (tahun)?</source>
        <translation>How old are you (years)?</translation>
    </message>
    <message>
        <source>Pendidikan terakhir Anda?</source>
        <translation>Your highest education?</translation>
    </message>
    <message>
        <source>Pekerjaan utama Anda?</source>
        <translation>Your main occupation?</translation>
    </message>
    <message>
        <source>Saran dan masukan untuk kami (boleh dikosongkan)</source>
        <translation>Suggestions for us (may be left empty)</translation>
    </message>
    <message>
        <source>Umur dalam tahun</source>
        <translation>Age in years</translation>
    </message>
    <message>
        <source>Saran dan masukan</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Terima kasih atas penilaian Anda.
Silakan kembali ke petugas Loket 5 untuk menerima dokumen Anda.</source>
        <translation>Thank you for your rating.
Please go back to the counter 5 officer to receive your document.</translation>
    </message>
    <message>
        <source>← Kembali</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Lanjut →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Pertanyaan {i} dari {n}</source>
        <translation>Question {i} of {n}</translation>
    </message>
    <message>
        <source>Tentang Anda</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Tekan angka 1–{n} atau sentuh jawaban.</source>
        <translation>Press a number 1–{n} or touch an answer.</translation>
    </message>
    <message>
        <source>Ketik umur Anda, lalu tekan Enter.</source>
        <translation>Type your age, then press Enter.</translation>
    </message>
    <message>
        <source>Tekan Ctrl+Enter atau “Kirim” bila selesai.</source>
        <translation>Press Ctrl+Enter or “Send” when done.</translation>
    </message>
    <message>
        <source>Kirim ✓</source>
        <translation>Send ✓</translation>
    </message>
    <message>
        <source>Silakan pilih salah satu jawaban.</source>
        <translation>Please choose one answer.</translation>
    </message>
    <message>
        <source>Ketik umur Anda dalam tahun, angka {a} sampai {b}.</source>
        <translation>Type your age in years, a number from {a} to {b}.</translation>
    </message>
    <message>
        <source>Umur {n} tahun tidak dapat diterima: isi angka {a} sampai {b}.</source>
        <translation>An age of {n} years cannot be accepted: enter a number from {a} to {b}.</translation>
    </message>
    <message>
        <source>Tekan Esc sekali lagi untuk membatalkan survei.</source>
        <translation>Press Esc once more to cancel the survey.</translation>
    </message>
</context>
<context>
    <name>SyncConflictsPage</name>
    <message>
        <source>Konflik sinkronisasi</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Nilai yang kalah saat dua workstation mengubah data yang sama selagi luring, dan perubahan yang ditolak basis data pusat. Tidak ada yang dihapus: nilai yang kalah tersimpan di sini.</source>
        <translation>The values that lost when two workstations changed the same data while offline, and the changes the central database refused. Nothing is deleted: the losing values are kept here.</translation>
    </message>
    <message>
        <source>Perubahan yang ditolak basis data pusat tidak pernah dihapus diam-diam: tetap di antrean dan dikirim ulang pada setiap sinkronisasi.
• Baca kolom Alasan. Bila data itu sudah dicatat lebih dulu di workstation lain, yang berlaku data di pusat: periksa berkasnya bersama petugas workstation itu. Baris “Menunggu …” terkirim sendiri begitu baris yang ditolak diterima.
• Setelah penyebabnya dibetulkan, sinkronkan (Ctrl+F5). Bila perubahan di sini memang tidak berlaku, pilih barisnya lalu “Buang dari antrean”: tercatat di log audit, dan pada sinkronisasi berikutnya workstation ini disamakan dengan data di pusat.</source>
        <translation>Changes the central database refused are never deleted silently: they stay in the queue and are sent again at every sync.
• Read the Reason column. If the data was recorded first on another workstation, the central copy stands: check the file with that workstation&apos;s officer. “Waiting …” rows go up by themselves once the refused row is accepted.
• Once the cause is fixed, sync (Ctrl+F5). If the change made here really does not apply, select its row and choose “Discard from queue”: it is recorded in the audit log, and at the next sync this workstation is brought in line with the central database.</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Buang dari antrean</source>
        <translation>&amp;Drop from the queue</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Nilai tertimpa</source>
        <translation>Overwritten values</translation>
    </message>
    <message>
        <source>Ditolak pusat</source>
        <translation>Refused by central</translation>
    </message>
    <message>
        <source>Ditolak lokal</source>
        <translation>Refused locally</translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>{n} catatan</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>Log konflik kosong: tidak ada nilai yang tertimpa atau ditolak.</source>
        <translation>The conflict log is empty: no value was overwritten or refused.</translation>
    </message>
    <message>
        <source>{r} perubahan workstation ini ditolak basis data pusat, {w} menunggu bersamanya — masih di antrean</source>
        <translation>{r} changes of this workstation refused by the central database, {w} waiting with them — still in the queue</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Buang dari antrean</source>
        <translation>Drop from the queue</translation>
    </message>
    <message>
        <source>Baris ini menunggu baris lain yang ditolak; buang baris yang ditolak itu.</source>
        <translation>This row waits on another row that was refused; drop the refused row.</translation>
    </message>
    <message>
        <source>Perubahan ini (dan yang menunggu bersamanya) tidak akan dikirim lagi ke pusat. Pada sinkronisasi berikutnya data di workstation ini diganti dengan data di pusat (data yang tidak ada di pusat tetap di sini). Lanjutkan?</source>
        <translation>This change (and those waiting with it) will no longer be sent to the central database. At the next sync the data on this workstation is replaced by the central copy (data the central database does not have stays here). Continue?</translation>
    </message>
</context>
<context>
    <name>TechnicalFields</name>
    <message>
        <source>pilih</source>
        <translation>choose</translation>
    </message>
    <message>
        <source>angka, mis. 1.250 atau 12,5</source>
        <translation>a number, e.g. 1.250 or 12,5</translation>
    </message>
    <message>
        <source>HH-BB-TTTT</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Nama pemohon</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <source>NIK pemohon</source>
        <translation>Applicant&apos;s NIK</translation>
    </message>
    <message>
        <source>Alamat pemohon</source>
        <translation>Applicant&apos;s address</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Nama perusahaan</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Pemegang izin (perusahaan atau pemohon)</source>
        <translation>Permit holder (company or applicant)</translation>
    </message>
    <message>
        <source>Alamat pemegang izin</source>
        <translation>Permit holder&apos;s address</translation>
    </message>
    <message>
        <source>Lokasi izin</source>
        <translation>Permit location</translation>
    </message>
    <message>
        <source>Nama jenis izin</source>
        <translation>Permit type name</translation>
    </message>
    <message>
        <source>Nama jenis izin, kapital</source>
        <translation>Permit type name, capitals</translation>
    </message>
    <message>
        <source>penerbitan / perpanjangan / perubahan</source>
        <translation>issuance / renewal / amendment</translation>
    </message>
    <message>
        <source>Nomor dan tanggal permohonan</source>
        <translation>Application number and date</translation>
    </message>
    <message>
        <source>Kalimat masa berlaku</source>
        <translation>Validity sentence</translation>
    </message>
    <message>
        <source>Masa berlaku</source>
        <translation>Validity period</translation>
    </message>
    <message>
        <source>Berlaku sampai tanggal</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Dasar hukum jenis izin (satu butir per baris)</source>
        <translation>The permit type&apos;s legal basis (one item per line)</translation>
    </message>
    <message>
        <source>Perda perangkat daerah kantor</source>
        <translation>The office&apos;s regional regulation on the regional apparatus</translation>
    </message>
    <message>
        <source>Perbup pendelegasian kewenangan</source>
        <translation>Regent regulation delegating authority</translation>
    </message>
    <message>
        <source>Jabatan penandatangan, kapital</source>
        <translation>Signer&apos;s title, capitals</translation>
    </message>
    <message>
        <source>Jabatan penandatangan</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <source>Nama kantor dengan daerah</source>
        <translation>Office name with the region</translation>
    </message>
    <message>
        <source>Nama daerah</source>
        <translation>Region name</translation>
    </message>
    <message>
        <source>Tembusan jenis izin (hanya di Tembusan)</source>
        <translation>The permit type&apos;s copy recipients (only in Tembusan)</translation>
    </message>
    <message>
        <source>Diktum: satu baris rincian per data teknis</source>
        <translation>Dictum: one detail row per technical field</translation>
    </message>
    <message>
        <source>Diktum: daftar ketentuan dari naskah back office</source>
        <translation>Dictum: the list of conditions from the back office&apos;s draft</translation>
    </message>
    <message>
        <source>Nama &amp;tampilan</source>
        <translation>Display &amp;name</translation>
    </message>
    <message>
        <source>&amp;Judul</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>T&amp;entang</source>
        <translation>&amp;Concerning (Tentang)</translation>
    </message>
    <message>
        <source>&amp;Menimbang</source>
        <translation>&amp;Considering (Menimbang)</translation>
    </message>
    <message>
        <source>Mengin&amp;gat</source>
        <translation>&amp;Having regard to (Mengingat)</translation>
    </message>
    <message>
        <source>Me&amp;netapkan</source>
        <translation>&amp;Decides (Menetapkan)</translation>
    </message>
    <message>
        <source>&amp;Diktum</source>
        <translation>D&amp;icta</translation>
    </message>
    <message>
        <source>Tem&amp;busan</source>
        <translation>Copies (Tem&amp;busan)</translation>
    </message>
    <message>
        <source>Templat SK kantor</source>
        <translation>The office&apos;s SK templates</translation>
    </message>
    <message>
        <source>Buat salinan…</source>
        <translation>Make a copy…</translation>
    </message>
    <message>
        <source>Salin templat ini sebagai templat baru dengan nama sendiri</source>
        <translation>Copy this template as a new template with its own name</translation>
    </message>
    <message>
        <source>Satu butir per baris (a, b, c… diberikan Loket)</source>
        <translation>One item per line (Loket adds a, b, c…)</translation>
    </message>
    <message>
        <source>Satu peraturan per baris; diurutkan menurut hierarki</source>
        <translation>One regulation per line; ordered by the hierarchy of regulations</translation>
    </message>
    <message>
        <source>Satu diktum per baris (KESATU, KEDUA… diberikan Loket); baris rincian di bawahnya diawali “- ”, mis. “- NIK: {nik}”</source>
        <translation>One dictum per line (Loket adds KESATU, KEDUA…); detail rows under it start with “- ”, e.g. “- NIK: {nik}”</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Klik dua kali untuk menyisipkan di tempat kursor. Data teknis: {teknis[Nama isian]} persis seperti di jenis izin.</source>
        <translation>Double-click to insert at the cursor. Technical data: {teknis[Field name]} exactly as in the permit type.</translation>
    </message>
    <message>
        <source>kantor, revisi {n}</source>
        <translation>office, revision {n}</translation>
    </message>
    <message>
        <source>bawaan Loket</source>
        <translation>shipped with Loket</translation>
    </message>
    <message>
        <source>belum dipakai</source>
        <translation>not used yet</translation>
    </message>
    <message>
        <source>{name} — {state}</source>
        <translation>{name} — {state}</translation>
    </message>
    <message>
        <source>revisi kantor {n}</source>
        <translation>office revision {n}</translation>
    </message>
    <message>
        <source>bawaan Loket; disimpan menjadi revisi kantor</source>
        <translation>shipped with Loket; saving makes it an office revision</translation>
    </message>
    <message>
        <source>Salinan {name}</source>
        <translation>Copy of {name}</translation>
    </message>
    <message>
        <source>Templat baru dari {name}: beri nama berkas, lalu simpan</source>
        <translation>New template from {name}: give it a file name, then save</translation>
    </message>
    <message>
        <source>Tersimpan sebagai revisi baru.</source>
        <translation>Saved as a new revision.</translation>
    </message>
    <message>
        <source>Tidak ada yang berubah.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Memperbarui pratinjau…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message>
        <source>Data contoh, bukan dokumen resmi. Belum disimpan.</source>
        <translation>Sample data, not an official document. Not saved yet.</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Nama ber&amp;kas</source>
        <translation>&amp;File name</translation>
    </message>
    <message>
        <source>Contoh jenis i&amp;zin:</source>
        <translation>Sample &amp;permit type:</translation>
    </message>
    <message>
        <source>Penampung</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <source>Pratinjau tidak dapat dibuat: {msg}</source>
        <translation>The preview cannot be made: {msg}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Belum ada riwayat.</source>
        <translation>No history yet.</translation>
    </message>
</context>
<context>
    <name>TrackingPage</name>
    <message>
        <source>Pelacakan berkas</source>
        <translation>File tracking</translation>
    </message>
    <message>
        <source>Nomor permohonan, nomor tanda terima, atau pindai QR — Enter</source>
        <translation>Application number, receipt number, or scan the QR — Enter</translation>
    </message>
    <message>
        <source>Nomor permohonan</source>
        <translation>Application number</translation>
    </message>
    <message>
        <source>Lacak</source>
        <translation>Track</translation>
    </message>
</context>
<context>
    <name>TrackingView</name>
    <message>
        <source>Posisi</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Berkas lengkap</source>
        <translation>File complete</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>SiCantik</source>
        <translation>SiCantik</translation>
    </message>
    <message>
        <source>Durasi / std</source>
        <translation>Duration / std</translation>
    </message>
    <message>
        <source>Riwayat proses</source>
        <translation>Process history</translation>
    </message>
    <message>
        <source>Cetak lembar kendali</source>
        <translation>Print tracking sheet</translation>
    </message>
    <message>
        <source>Lembar kendali proses (PDF, satu halaman) — Ctrl+P</source>
        <translation>Process tracking sheet (PDF, one page) — Ctrl+P</translation>
    </message>
    <message>
        <source>Pilih berkas untuk melihat pelacakannya.</source>
        <translation>Choose a file to see its tracking.</translation>
    </message>
    <message>
        <source>{state} — {holder}, sejak {since}</source>
        <translation>{state} — {holder}, since {since}</translation>
    </message>
    <message>
        <source>{state}, sejak {since}</source>
        <translation>{state}, since {since}</translation>
    </message>
    <message>
        <source>belum ditetapkan</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>{d} · selesai {n} hari kerja {when}</source>
        <translation>{d} · finished {n} working days {when}</translation>
    </message>
    <message>
        <source>lebih awal</source>
        <translation>early</translation>
    </message>
    <message>
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>{d} · TERLAMBAT {n} hari kerja</source>
        <translation>{d} · LATE {n} working days</translation>
    </message>
    <message>
        <source>{d} · batas waktu hari ini</source>
        <translation>{d} · due today</translation>
    </message>
    <message>
        <source>{d} · sisa {n} hari kerja</source>
        <translation>{d} · {n} working days left</translation>
    </message>
    <message>
        <source>{when} · standar {n} hari kerja</source>
        <translation>{when} · standard {n} working days</translation>
    </message>
    <message>
        <source>{n} langkah, {late} terlambat, {back} kali dikembalikan</source>
        <translation>{n} steps, {late} late, {back} times sent back</translation>
    </message>
    <message>
        <source>tidak sesuai: {note}</source>
        <translation>disagrees: {note}</translation>
    </message>
    <message>
        <source>tidak ada data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Durasi dihitung dalam jam kerja pada hari kerja (tanpa libur nasional, cuti bersama dan hari tutup kantor).</source>
        <translation>Durations are counted in office hours on working days (without national holidays, collective leave and office closures).</translation>
    </message>
    <message>
        <source>TERLAMBAT (+{over})</source>
        <translation>LATE (+{over})</translation>
    </message>
    <message>
        <source>menunggu pemohon</source>
        <translation>waiting on the applicant</translation>
    </message>
    <message>
        <source>sedang berjalan</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>tepat waktu</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>Mulai {start}</source>
        <translation>Start {start}</translation>
    </message>
    <message>
        <source>Menyiapkan lembar kendali…</source>
        <translation>Preparing the tracking sheet…</translation>
    </message>
    <message>
        <source>Lembar kendali {no}</source>
        <translation>Tracking sheet {no}</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Entri data &amp; verifikasi</source>
        <translation>Data entry &amp; verification</translation>
    </message>
    <message>
        <source>Diisi dari berkas (lokasi izin / nama perusahaan); ubah bila berbeda.</source>
        <translation>Filled in from the file (permit location / company name); change it if it differs.</translation>
    </message>
    <message>
        <source>Jenis izin ini tidak punya isian data teknis.</source>
        <translation>This permit type has no technical data fields.</translation>
    </message>
    <message>
        <source>Hasil verifikasi</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>Wajib bila tidak memenuhi syarat</source>
        <translation>Required if the requirements are not met</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>Pendaftaran permohonan walk-in</source>
        <translation>Walk-in application registration</translation>
    </message>
    <message>
        <source>Isian bertanda * wajib. Tab: isian berikutnya · Ctrl+S: daftarkan · Esc: batal</source>
        <translation>Fields marked * are required. Tab: next field · Ctrl+S: register · Esc: cancel</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Jenis izin *</source>
        <translation>Permit type *</translation>
    </message>
    <message>
        <source>Jenis permohonan *</source>
        <translation>Kind of application *</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Perpanjangan</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Nomor izin lama</source>
        <translation>Old permit number</translation>
    </message>
    <message>
        <source>Tipe pemohon *</source>
        <translation>Applicant type *</translation>
    </message>
    <message>
        <source>Perorangan</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Lokasi izin</source>
        <translation>Permit location</translation>
    </message>
    <message>
        <source>alamat lokasi kegiatan/usaha</source>
        <translation>address of the activity/business site</translation>
    </message>
    <message>
        <source>Wilayah lokasi</source>
        <translation>Location region</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Jenis identitas *</source>
        <translation>ID type *</translation>
    </message>
    <message>
        <source>Paspor</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>NIK *</source>
        <translation>NIK *</translation>
    </message>
    <message>
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>Nama lengkap *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>HH-BB-TTTT</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Alamat *</source>
        <translation>Address *</translation>
    </message>
    <message>
        <source>jalan, nomor, RT/RW</source>
        <translation>street, number, RT/RW</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Kontak pemohon</source>
        <translation>Applicant&apos;s contact</translation>
    </message>
    <message>
        <source>Nomor HP *</source>
        <translation>Mobile number *</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Pemberitahuan</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Tidak mau diberi tahu</source>
        <translation>Does not want messages</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Surel (e-mail)</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Pemohon setuju diberi tahu saat berkas diterima, dikembalikan, SK siap diambil, diserahkan, dan sebelum izin berakhir</source>
        <translation>The applicant agrees to be told when the file is received, returned, the SK is ready, handed over, and before the permit expires</translation>
    </message>
    <message>
        <source>Nama perusahaan *</source>
        <translation>Company name *</translation>
    </message>
    <message>
        <source>NIB *</source>
        <translation>NIB *</translation>
    </message>
    <message>
        <source>13 digit</source>
        <translation>13 digits</translation>
    </message>
    <message>
        <source>NPWP perusahaan</source>
        <translation>Company NPWP</translation>
    </message>
    <message>
        <source>Alamat perusahaan</source>
        <translation>Company address</translation>
    </message>
    <message>
        <source>Telepon perusahaan</source>
        <translation>Company phone</translation>
    </message>
    <message>
        <source>Surel perusahaan</source>
        <translation>Company e-mail</translation>
    </message>
    <message>
        <source>Data teknis</source>
        <translation>Technical data</translation>
    </message>
    <message>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Daftarkan &amp;&amp; periksa berkas (Ctrl+S)</source>
        <translation>Register &amp;&amp; check file (Ctrl+S)</translation>
    </message>
    <message>
        <source>pilih jenis izin</source>
        <translation>choose a permit type</translation>
    </message>
    <message>
        <source>Tetap daftarkan permohonan baru?</source>
        <translation>Register a new application anyway?</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>No. Permohonan</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Jenis Izin</source>
        <translation>Permit type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sisa</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>{state} — sejak {since}</source>
        <translation>{state} — since {since}</translation>
    </message>
    <message>
        <source>Jatuh Tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Pemegang</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Sisa hari kerja sampai jatuh tempo</source>
        <translation>Working days left until the due date</translation>
    </message>
    <message>
        <source>Sejak kapan berkas berada di status ini</source>
        <translation>Since when the file has been in this status</translation>
    </message>
    <message>
        <source>Terlambat {n} hari kerja dari batas waktu {d}</source>
        <translation>Late by {n} working days from the due date {d}</translation>
    </message>
</context>
<context>
    <name>WorklistPage</name>
    <message>
        <source>Daftar kerja</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <source>Semua milik Anda</source>
        <translation>All yours</translation>
    </message>
    <message>
        <source>Semua berkas yang menunggu Anda</source>
        <translation>All files waiting on you</translation>
    </message>
    <message>
        <source>Saring: nomor permohonan, tanda terima, NIK, atau nama pemohon</source>
        <translation>Filter: application number, receipt, NIK, or applicant&apos;s name</translation>
    </message>
    <message>
        <source>Saring daftar kerja</source>
        <translation>Filter the worklist</translation>
    </message>
    <message>
        <source>Hanya yang terlambat</source>
        <translation>Only late ones</translation>
    </message>
    <message>
        <source>Termasuk berkas rekan</source>
        <translation>Include colleagues&apos; files</translation>
    </message>
    <message>
        <source>Tampilkan juga berkas yang sedang dipegang petugas lain di unit Anda</source>
        <translation>Also show files held by other officers of your unit</translation>
    </message>
    <message>
        <source>Tampilkan berkas rekan</source>
        <translation>Show colleagues&apos; files</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Pelacakan</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Hitungan di tombol: berkas Anda dan rekan di {unit}.</source>
        <translation>Counts on the buttons: your files and your colleagues&apos; in {unit}.</translation>
    </message>
    <message>
        <source>Hitungan di tombol: berkas Anda dan rekan Anda.</source>
        <translation>Counts on the buttons: your files and your colleagues&apos;.</translation>
    </message>
    <message>
        <source>Hitungan di tombol: hanya berkas yang menunggu Anda.</source>
        <translation>Counts on the buttons: only the files waiting for you.</translation>
    </message>
    <message>
        <source>Angka di samping (Posisi berkas) menghitung seluruh kantor.</source>
        <translation>The numbers at the side (File positions) count the whole office.</translation>
    </message>
    <message>
        <source>{n} berkas terlambat</source>
        <translation>{n} late files</translation>
    </message>
    <message>
        <source>Tidak ada berkas terlambat</source>
        <translation>No late files</translation>
    </message>
    <message>
        <source>{shown} dari {total} berkas</source>
        <translation>{shown} of {total} files</translation>
    </message>
    <message>
        <source>Tidak ada berkas yang menunggu Anda.</source>
        <translation>No files are waiting on you.</translation>
    </message>
    <message>
        <source>“{q}”: berkas ini sedang dipegang rekan Anda, {who}.</source>
        <translation>“{q}”: this file is being handled by your colleague, {who}.</translation>
    </message>
    <message>
        <source>“{q}”: {n} berkas cocok sedang dipegang rekan Anda.</source>
        <translation>“{q}”: {n} matching files are being handled by your colleagues.</translation>
    </message>
    <message>
        <source>Tampilkan dengan “Termasuk berkas rekan”.</source>
        <translation>Show them with “Include colleagues&apos; files”.</translation>
    </message>
    <message>
        <source>Tidak ada berkas Anda yang cocok dengan “{q}”.</source>
        <translation>None of your files matches “{q}”.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Tanggal awal sesudah tanggal akhir.</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <source>workstation {ws}, catatan #{seq}</source>
        <translation>workstation {ws}, record #{seq}</translation>
    </message>
    <message>
        <source>ujung rantai tidak cocok dengan catatan terakhir: diubah di luar aplikasi</source>
        <translation>the chain&apos;s head does not match the last record: changed outside the application</translation>
    </message>
    <message>
        <source>nomor urut ganda</source>
        <translation>duplicate sequence number</translation>
    </message>
    <message>
        <source>isi catatan diubah atau urutannya ditukar (hash tidak cocok)</source>
        <translation>a record&apos;s content was changed or the order swapped (hash mismatch)</translation>
    </message>
    <message>
        <source>catatan terakhir #{seq} hilang (dihapus)</source>
        <translation>the last record #{seq} is missing (deleted)</translation>
    </message>
    <message>
        <source>catatan #{a}–#{b} di akhir rantai hilang (dihapus)</source>
        <translation>records #{a}–#{b} at the end of the chain are missing (deleted)</translation>
    </message>
    <message>
        <source>catatan #{seq} hilang (dihapus)</source>
        <translation>record #{seq} is missing (deleted)</translation>
    </message>
    <message>
        <source>catatan #{a}–#{b} hilang (dihapus)</source>
        <translation>records #{a}–#{b} are missing (deleted)</translation>
    </message>
    <message>
        <source>Petugas ditandatangani</source>
        <translation>Officers signed</translation>
    </message>
    <message>
        <source>Pemeriksaan berkas disimpan</source>
        <translation>File check saved</translation>
    </message>
    <message>
        <source>Tanda terima dicetak</source>
        <translation>Receipt printed</translation>
    </message>
    <message>
        <source>Permohonan langsung didaftarkan</source>
        <translation>Walk-in application registered</translation>
    </message>
    <message>
        <source>SK disiapkan</source>
        <translation>Decree prepared</translation>
    </message>
    <message>
        <source>SK disiapkan (ditunda)</source>
        <translation>Decree prepared (deferred)</translation>
    </message>
    <message>
        <source>SK dicetak ulang</source>
        <translation>Decree reprinted</translation>
    </message>
    <message>
        <source>SK dilegalisasi</source>
        <translation>Decree legalised</translation>
    </message>
    <message>
        <source>SK diekspor</source>
        <translation>Decree exported</translation>
    </message>
    <message>
        <source>Templat SK disimpan</source>
        <translation>Decree template saved</translation>
    </message>
    <message>
        <source>Tanda serah terima dicetak</source>
        <translation>Handover receipt printed</translation>
    </message>
    <message>
        <source>Serah terima diekspor</source>
        <translation>Handover exported</translation>
    </message>
    <message>
        <source>Pengambilan oleh kuasa dicatat</source>
        <translation>Collection by proxy recorded</translation>
    </message>
    <message>
        <source>Pengaduan dicatat</source>
        <translation>Complaint recorded</translation>
    </message>
    <message>
        <source>Pengaduan ditindaklanjuti</source>
        <translation>Complaint followed up</translation>
    </message>
    <message>
        <source>Tanda terima pengaduan dicetak</source>
        <translation>Complaint receipt printed</translation>
    </message>
    <message>
        <source>Pengaturan diubah</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Hari libur kantor ditambahkan</source>
        <translation>Office closure added</translation>
    </message>
    <message>
        <source>Hari libur kantor dihapus</source>
        <translation>Office closure removed</translation>
    </message>
    <message>
        <source>Pemberitahuan dibatalkan</source>
        <translation>Notification cancelled</translation>
    </message>
    <message>
        <source>Persetujuan pemberitahuan dicatat</source>
        <translation>Notification consent recorded</translation>
    </message>
    <message>
        <source>Pemberitahuan dikirim ulang</source>
        <translation>Notification resent</translation>
    </message>
    <message>
        <source>Templat pemberitahuan diubah</source>
        <translation>Notification template changed</translation>
    </message>
    <message>
        <source>Jenis izin ditambahkan</source>
        <translation>Permit type added</translation>
    </message>
    <message>
        <source>Jenis izin diubah</source>
        <translation>Permit type changed</translation>
    </message>
    <message>
        <source>Jenis izin diaktifkan/dinonaktifkan</source>
        <translation>Permit type enabled/disabled</translation>
    </message>
    <message>
        <source>Jenis izin diimpor</source>
        <translation>Permit types imported</translation>
    </message>
    <message>
        <source>Jenis izin diimpor dari SiCantik</source>
        <translation>Permit types imported from SiCantik</translation>
    </message>
    <message>
        <source>Kunci QR diimpor</source>
        <translation>QR key imported</translation>
    </message>
    <message>
        <source>Kunci QR dicabut</source>
        <translation>QR key revoked</translation>
    </message>
    <message>
        <source>Data SiCantik diimpor</source>
        <translation>SiCantik data imported</translation>
    </message>
    <message>
        <source>Pemetaan SiCantik diubah</source>
        <translation>SiCantik mapping changed</translation>
    </message>
    <message>
        <source>Pemetaan nilai SiCantik diubah</source>
        <translation>SiCantik value mapping changed</translation>
    </message>
    <message>
        <source>Pengaturan SiCantik diubah</source>
        <translation>SiCantik settings changed</translation>
    </message>
    <message>
        <source>Perubahan sinkronisasi dibuang</source>
        <translation>Sync change discarded</translation>
    </message>
    <message>
        <source>catatan #{a} hilang (dihapus)</source>
        <translation>record #{a} is missing (deleted)</translation>
    </message>
    <message>
        <source>catatan #{seq} berbeda dari salinannya di basis data pusat: rantai ditulis ulang</source>
        <translation>record #{seq} differs from its copy in the central database: the chain was rewritten</translation>
    </message>
    <message>
        <source>; basis data pusat mencatat rantai ini sampai #{b}</source>
        <translation>; the central database records this chain up to #{b}</translation>
    </message>
    <message>
        <source>catatan pertama menunjuk ke catatan sebelumnya yang tidak ada</source>
        <translation>the first record points to a previous record that does not exist</translation>
    </message>
    <message>
        <source>tidak tersambung ke catatan #{prev}: catatan sebelumnya diubah, diganti atau dihapus</source>
        <translation>not linked to record #{prev}: the previous record was changed, replaced or deleted</translation>
    </message>
    <message>
        <source>Kata sandi wajib diisi.</source>
        <translation>The password is required.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu mudah ditebak: hampir semua karakternya sama.</source>
        <translation>The password is too easy to guess: almost all its characters are the same.</translation>
    </message>
    <message>
        <source>Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.</source>
        <translation>This password is too common and easy to guess. Choose another.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh memuat nama pengguna.</source>
        <translation>The password must not contain the username.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh memuat NIP atau tanggal lahir dari NIP.</source>
        <translation>The password must not contain the NIP or the birth date in it.</translation>
    </message>
    <message>
        <source>Kata sandi dari angka saja minimal 13 digit; lebih baik gunakan kalimat pendek.</source>
        <translation>A password of digits only needs at least 13 digits; a short sentence is better.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu mirip dengan nama lengkap.</source>
        <translation>The password is too similar to the full name.</translation>
    </message>
    <message>
        <source>Kata sandi minimal {n} karakter (terisi {k}).</source>
        <translation>A password needs at least {n} characters ({k} typed).</translation>
    </message>
    <message>
        <source>Kata sandi maksimal {n} karakter.</source>
        <translation>A password takes at most {n} characters.</translation>
    </message>
    <message>
        <source>Loket — aplikasi front office DPMPTSP. Tanpa subperintah: membuka aplikasi.</source>
        <translation>Loket — front office application of DPMPTSP. Without a subcommand: opens the application.</translation>
    </message>
    <message>
        <source>folder data (bawaan: LOKET_DATA_DIR atau folder data pengguna)</source>
        <translation>data folder (default: LOKET_DATA_DIR or the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>buka jendela utama, tunggu sampai tergambar dengan data, cetak waktunya, keluar</source>
        <translation>open the main window, wait until it is painted with data, print the time, quit</translation>
    </message>
    <message>
        <source>lakukan satu tindakan alur kerja pada satu berkas (kata sandi dari stdin)</source>
        <translation>do one workflow action on one file (password from stdin)</translation>
    </message>
    <message>
        <source>nomor permohonan, nomor tanda terima atau id</source>
        <translation>application number, receipt number or id</translation>
    </message>
    <message>
        <source>petugas yang bertindak</source>
        <translation>the acting officer</translation>
    </message>
    <message>
        <source>isian tindakan, mis. result=MEMENUHI, signer_name=…, reason=…, teknis.NAMA=…</source>
        <translation>action fields, e.g. result=MEMENUHI, signer_name=…, reason=…, teknis.NAME=…</translation>
    </message>
    <message>
        <source>salah satu dari: {keys}</source>
        <translation>one of: {keys}</translation>
    </message>
    <message>
        <source>Tindakan tidak dikenal: {a}. Pilihan: {keys}</source>
        <translation>Unknown action: {a}. Choices: {keys}</translation>
    </message>
    <message>
        <source>, nomor {n}</source>
        <translation>, number {n}</translation>
    </message>
    <message>
        <source>{no}: {label} — {before} → {state}{extra}</source>
        <translation>{no}: {label} — {before} → {state}{extra}</translation>
    </message>
    <message>
        <source>--set harus berbentuk KUNCI=NILAI: {v}</source>
        <translation>--set must read KEY=VALUE: {v}</translation>
    </message>
    <message>
        <source>, tanda terima {n}</source>
        <translation>, receipt {n}</translation>
    </message>
    <message>
        <source>Isian tidak sah untuk {a}: {e}</source>
        <translation>Invalid value for {a}: {e}</translation>
    </message>
    <message>
        <source>Berkas diarsipkan bersama penyerahan SK (hand_over); tidak ada tindakan arsip terpisah.</source>
        <translation>The file is archived together with the permit handover (hand_over); there is no separate archive action.</translation>
    </message>
    <message>
        <source>“{a}” membuat permohonan baru: gunakan loket sicantik pull / layar Loket 2.</source>
        <translation>“{a}” makes a new application: use loket sicantik pull / the counter 2 screen.</translation>
    </message>
    <message>
        <source>Tindakan {a} belum dapat dilakukan dari baris perintah.</source>
        <translation>Action {a} cannot be done from the command line yet.</translation>
    </message>
    <message>
        <source>log audit: periksa rantai, tampilkan catatan</source>
        <translation>audit log: check the chain, show records</translation>
    </message>
    <message>
        <source>periksa rantai hash setiap workstation; keluar 1 bila ada yang rusak</source>
        <translation>check every workstation&apos;s hash chain; exit 1 if any is broken</translation>
    </message>
    <message>
        <source>catatan audit terbaru (administrator)</source>
        <translation>latest audit records (administrator)</translation>
    </message>
    <message>
        <source>hanya petugas ini</source>
        <translation>only this officer</translation>
    </message>
    <message>
        <source>nomor permohonan, tanda terima atau SK</source>
        <translation>application, receipt or permit number</translation>
    </message>
    <message>
        <source>administrator yang membaca (kata sandinya dari stdin)</source>
        <translation>the administrator who reads (password from stdin)</translation>
    </message>
    <message>
        <source>utuh</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>RUSAK</source>
        <translation>BROKEN</translation>
    </message>
    <message>
        <source>Rantai audit</source>
        <translation>Audit chain</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Rantai audit utuh: {n} catatan.</source>
        <translation>Audit chain intact: {n} records.</translation>
    </message>
    <message>
        <source>Belum pernah disinkronkan: rantai yang dipotong di ujungnya belum dapat dikenali.</source>
        <translation>Never synced: a chain cut at its end cannot be recognised yet.</translation>
    </message>
    <message>
        <source>belum ada: buka aplikasi untuk membuat administrator pertama</source>
        <translation>none yet: open the application to create the first administrator</translation>
    </message>
    <message>
        <source>{ws}: {n} catatan, {state}</source>
        <translation>{ws}: {n} records, {state}</translation>
    </message>
    <message>
        <source>rantai audit rusak: {where}</source>
        <translation>audit chain broken: {where}</translation>
    </message>
    <message>
        <source>Dibandingkan dengan basis data pusat (langsung) dan {k} jangkar sinkronisasi.</source>
        <translation>Compared with the central database (live) and {k} sync anchors.</translation>
    </message>
    <message>
        <source>Basis data pusat tidak terjangkau: dibandingkan dengan {k} jangkar dari sinkronisasi terakhir.</source>
        <translation>The central database cannot be reached: compared with {k} anchors from the last sync.</translation>
    </message>
    <message>
        <source>{n} catatan, utuh</source>
        <translation>{n} records, intact</translation>
    </message>
    <message>
        <source>RUSAK — {where}</source>
        <translation>BROKEN — {where}</translation>
    </message>
    <message>
        <source>{n} akun</source>
        <translation>{n} accounts</translation>
    </message>
    <message>
        <source>Beri setiap workstation login sendiri, anggota peran itu (ganti nama dan kata sandinya), lalu di workstation: loket secret set central.password</source>
        <translation>Give each workstation its own login, a member of that role (change its name and password), then on the workstation: loket secret set central.password</translation>
    </message>
    <message>
        <source>basis data pusat kantor: buat/perbarui skema, status</source>
        <translation>the office&apos;s central database: create/upgrade the schema, status</translation>
    </message>
    <message>
        <source>buat atau perbarui skema basis data pusat (Alembic)</source>
        <translation>create or upgrade the central database schema (Alembic)</translation>
    </message>
    <message>
        <source>URL basis data pusat (bawaan: pengaturan central.url)</source>
        <translation>URL of the central database (default: the central.url setting)</translation>
    </message>
    <message>
        <source>versi skema dan isi basis data pusat</source>
        <translation>schema version and contents of the central database</translation>
    </message>
    <message>
        <source>Basis data pusat {url}: skema {rev}</source>
        <translation>Central database {url}: schema {rev}</translation>
    </message>
    <message>
        <source>Tabel yang hanya boleh ditambah dijaga trigger (UPDATE/DELETE ditolak): {t}</source>
        <translation>Append-only tables guarded by triggers (UPDATE/DELETE refused): {t}</translation>
    </message>
    <message>
        <source>Peran {role} dibuat dengan hak berikut (sudah dijalankan):</source>
        <translation>Role {role} created with these rights (already run):</translation>
    </message>
    <message>
        <source>Basis data pusat {url}: skema {rev}, {n} transaksi sinkronisasi</source>
        <translation>Central database {url}: schema {rev}, {n} sync transactions</translation>
    </message>
    <message>
        <source>penutupan kantor (hari tidak bekerja selain libur nasional)</source>
        <translation>office closures (non-working days besides national holidays)</translation>
    </message>
    <message>
        <source>daftar penutupan kantor</source>
        <translation>list office closures</translation>
    </message>
    <message>
        <source>satu tahun; juga menampilkan libur nasional</source>
        <translation>one year; also shows the national holidays</translation>
    </message>
    <message>
        <source>tambah penutupan kantor</source>
        <translation>add an office closure</translation>
    </message>
    <message>
        <source>administrator (kata sandinya: baris pertama stdin)</source>
        <translation>administrator (password: first line of stdin)</translation>
    </message>
    <message>
        <source>hapus penutupan kantor</source>
        <translation>remove an office closure</translation>
    </message>
    <message>
        <source>Belum ada penutupan kantor.</source>
        <translation>No office closures yet.</translation>
    </message>
    <message>
        <source>Tidak ada berkas yang tanggal selesainya bergeser.</source>
        <translation>No file&apos;s due date moved.</translation>
    </message>
    <message>
        <source>{n} berkas bergeser tanggal selesainya:</source>
        <translation>{n} files had their due date moved:</translation>
    </message>
    <message>
        <source>Penutupan kantor {d} dicatat: {name}.</source>
        <translation>Office closure on {d} recorded: {name}.</translation>
    </message>
    <message>
        <source>Penutupan kantor {d} dihapus.</source>
        <translation>Office closure on {d} removed.</translation>
    </message>
    <message>
        <source>pengaturan (bukan rahasia): get, set, list</source>
        <translation>settings (not secrets): get, set, list</translation>
    </message>
    <message>
        <source>tampilkan nilai satu pengaturan</source>
        <translation>show the value of one setting</translation>
    </message>
    <message>
        <source>ubah nilai satu pengaturan</source>
        <translation>change the value of one setting</translation>
    </message>
    <message>
        <source>semua pengaturan dengan nilainya dan keterangannya</source>
        <translation>every setting with its value and description</translation>
    </message>
    <message>
        <source>basis data lokal: upgrade skema, status</source>
        <translation>local database: schema upgrade, status</translation>
    </message>
    <message>
        <source>terapkan migrasi (salinan cadangan dibuat lebih dulu)</source>
        <translation>apply the migrations (a backup copy is made first)</translation>
    </message>
    <message>
        <source>versi skema basis data lokal</source>
        <translation>schema version of the local database</translation>
    </message>
    <message>
        <source>Basis data {path}: skema {rev}</source>
        <translation>Database {path}: schema {rev}</translation>
    </message>
    <message>
        <source>Skema {rev}, terbaru {head}</source>
        <translation>Schema {rev}, latest {head}</translation>
    </message>
    <message>
        <source>Basis data belum ada: {path} (jalankan: loket db upgrade)</source>
        <translation>The database does not exist yet: {path} (run: loket db upgrade)</translation>
    </message>
    <message>
        <source>isi basis data dengan data contoh yang realistis</source>
        <translation>fill the database with realistic demo data</translation>
    </message>
    <message>
        <source>hanya bila belum ada permohonan</source>
        <translation>only when there are no applications yet</translation>
    </message>
    <message>
        <source>periksa folder data, basis data, keyring, koneksi</source>
        <translation>check the data folder, database, keyring, connections</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Berkas log</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Keyring</translation>
    </message>
    <message>
        <source>terbaru</source>
        <translation>latest</translation>
    </message>
    <message>
        <source>terbaru: {h}</source>
        <translation>latest: {h}</translation>
    </message>
    <message>
        <source>cari permohonan: nomor, NIK, nama atau nomor tanda terima</source>
        <translation>find applications: number, NIK, name or receipt number</translation>
    </message>
    <message>
        <source>nomor permohonan, NIK, awal nama, atau nomor tanda terima</source>
        <translation>application number, NIK, start of a name, or receipt number</translation>
    </message>
    <message>
        <source>hanya status ini (mis. RECEIVED)</source>
        <translation>only this status (e.g. RECEIVED)</translation>
    </message>
    <message>
        <source>satu objek JSON per baris</source>
        <translation>one JSON object per line</translation>
    </message>
    <message>
        <source>Tidak ada permohonan yang cocok.</source>
        <translation>No matching applications.</translation>
    </message>
    <message>
        <source>kunci publik penanda QR: daftar, ekspor, impor, cabut</source>
        <translation>QR signing public keys: list, export, import, revoke</translation>
    </message>
    <message>
        <source>kunci publik yang dipercaya workstation ini</source>
        <translation>public keys this workstation trusts</translation>
    </message>
    <message>
        <source>tulis kunci publik kantor ke berkas JSON (tanpa kunci privat)</source>
        <translation>write the office&apos;s public keys to a JSON file (no private keys)</translation>
    </message>
    <message>
        <source>percayai kunci publik dari berkas `loket keys export`</source>
        <translation>trust the public keys from a `loket keys export` file</translation>
    </message>
    <message>
        <source>administrator yang mengimpor (kata sandinya: baris pertama stdin); tanpa ini tercatat atas nama sistem workstation ini</source>
        <translation>the importing administrator (password: first line of stdin); without it the import is recorded under this workstation&apos;s system</translation>
    </message>
    <message>
        <source>cabut kunci sejak tanggal: dokumen sejak tanggal itu tidak sah</source>
        <translation>revoke a key from a date: documents from that date on are not valid</translation>
    </message>
    <message>
        <source>nomor kunci (8 digit heksadesimal, lihat `loket keys list`)</source>
        <translation>key number (8 hexadecimal digits, see `loket keys list`)</translation>
    </message>
    <message>
        <source>tanggal mulai tidak sah (dokumen bertanggal sebelumnya tetap sah)</source>
        <translation>invalid start date (documents dated earlier stay valid)</translation>
    </message>
    <message>
        <source>alasan (dicatat di log audit)</source>
        <translation>reason (recorded in the audit log)</translation>
    </message>
    <message>
        <source>tulis halaman verifikasi QR statis (index.html) untuk situs kantor</source>
        <translation>write the static QR verification page (index.html) for the office&apos;s website</translation>
    </message>
    <message>
        <source>Belum ada kunci. Kunci workstation ini dibuat saat dokumen pertama ditandatangani.</source>
        <translation>No keys yet. This workstation&apos;s key is made when the first document is signed.</translation>
    </message>
    <message>
        <source>berlaku</source>
        <translation>valid</translation>
    </message>
    <message>
        <source> (workstation ini, dapat menandatangani)</source>
        <translation> (this workstation, can sign)</translation>
    </message>
    <message>
        <source>{n} kunci publik ditulis ke {path} (tanpa kunci privat).</source>
        <translation>{n} public keys written to {path} (no private keys).</translation>
    </message>
    <message>
        <source>Kunci publik diimpor: {a} baru, {u} diperbarui. Workstation ini kini dapat memeriksa kode QR kantor {office}.</source>
        <translation>Public keys imported: {a} new, {u} updated. This workstation can now check the QR codes of {office}.</translation>
    </message>
    <message>
        <source>Halaman verifikasi ditulis: {path} ({n} kunci publik). Unggah folder ini ke situs kantor dan isi office.verify_url dengan alamatnya.</source>
        <translation>Verification page written: {path} ({n} public keys). Upload this folder to the office&apos;s website and set office.verify_url to its address.</translation>
    </message>
    <message>
        <source>Kunci {kid} ({ws}) dicabut sejak {day}: dokumen bertanggal sejak itu tidak sah, sebelumnya tetap sah. Perbarui halaman verifikasi (`loket verify-page`).</source>
        <translation>Key {kid} ({ws}) revoked from {day}: documents dated from then on are not valid, earlier ones stay valid. Update the verification page (`loket verify-page`).</translation>
    </message>
    <message>
        <source>dicabut sejak {day}: {reason}</source>
        <translation>revoked from {day}: {reason}</translation>
    </message>
    <message>
        <source>Berkas kunci publik {path} tidak terbaca atau bukan JSON.</source>
        <translation>The public key file {path} cannot be read or is not JSON.</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>PENGGUNA</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>NAMA</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>LOKET</source>
        <translation>COUNTER</translation>
    </message>
    <message>
        <source>PERAN</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Petugas {u} dinonaktifkan.</source>
        <translation>Officer {u} deactivated.</translation>
    </message>
    <message>
        <source>Petugas {u} aktif kembali.</source>
        <translation>Officer {u} active again.</translation>
    </message>
    <message>
        <source>Kunci akun {u} dibuka.</source>
        <translation>Account {u} unlocked.</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>petugas: tambah, daftar, nonaktifkan, peran, kata sandi</source>
        <translation>officers: add, list, deactivate, roles, password</translation>
    </message>
    <message>
        <source>tambah petugas; kata sandi dibaca dari stdin</source>
        <translation>add an officer; the password is read from stdin</translation>
    </message>
    <message>
        <source>nama lengkap</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>NIP 18 digit (boleh kosong untuk tenaga non-ASN)</source>
        <translation>18-digit NIP (may be empty for non-civil-servant staff)</translation>
    </message>
    <message>
        <source>peran (boleh berulang): LOKET2 BACKOFFICE KASI KABID KADIN LOKET4 LOKET5 ADMIN</source>
        <translation>role (may repeat): LOKET2 BACKOFFICE KASI KABID KADIN LOKET4 LOKET5 ADMIN</translation>
    </message>
    <message>
        <source>loket, mis. &quot;Loket 2&quot;</source>
        <translation>counter, e.g. &quot;Loket 2&quot;</translation>
    </message>
    <message>
        <source>unit kerja / bidang</source>
        <translation>work unit / division</translation>
    </message>
    <message>
        <source>daftar petugas</source>
        <translation>list officers</translation>
    </message>
    <message>
        <source>nonaktifkan petugas</source>
        <translation>deactivate an officer</translation>
    </message>
    <message>
        <source>aktifkan kembali petugas</source>
        <translation>activate the officer again</translation>
    </message>
    <message>
        <source>buka kunci akun setelah salah kata sandi</source>
        <translation>unlock an account after wrong passwords</translation>
    </message>
    <message>
        <source>ganti peran petugas</source>
        <translation>change an officer&apos;s roles</translation>
    </message>
    <message>
        <source>tandatangani semua petugas yang belum bertanda tangan (data dari versi Loket sebelumnya); sekali, lalu sinkronkan</source>
        <translation>sign every officer not yet signed (data from an earlier Loket version); once, then sync</translation>
    </message>
    <message>
        <source>ganti kata sandi sendiri (lama, baru dari stdin) atau atur ulang dengan --as ADMIN</source>
        <translation>change your own password (old, new from stdin) or reset it with --as ADMIN</translation>
    </message>
    <message>
        <source>Perubahan petugas memerlukan administrator: tambahkan --as NAMA_ADMIN (kata sandinya dibaca dari baris pertama stdin).</source>
        <translation>Changes to officers need an administrator: add --as ADMIN_NAME (the password is read from the first line of stdin).</translation>
    </message>
    <message>
        <source>Belum ada petugas. Buat administrator pertama: loket officer add NAMA --name … --role ADMIN</source>
        <translation>No officers yet. Create the first administrator: loket officer add NAME --name … --role ADMIN</translation>
    </message>
    <message>
        <source>nama pengguna administrator yang melakukan perubahan (kata sandinya: baris pertama stdin)</source>
        <translation>username of the administrator making the change (password: first line of stdin)</translation>
    </message>
    <message>
        <source>Kata sandi petugas baru</source>
        <translation>New officer&apos;s password</translation>
    </message>
    <message>
        <source>Peran {u}: {roles}</source>
        <translation>Roles of {u}: {roles}</translation>
    </message>
    <message>
        <source>{n} petugas ditandatangani. Jalankan: loket sync --once</source>
        <translation>{n} officers signed. Run: loket sync --once</translation>
    </message>
    <message>
        <source>Kata sandi {u} diganti.</source>
        <translation>Password of {u} changed.</translation>
    </message>
    <message>
        <source>Kedua isian tidak sama; tidak ada yang diubah.</source>
        <translation>The two entries differ; nothing was changed.</translation>
    </message>
    <message>
        <source>Petugas {u} dibuat ({roles}); kata sandinya wajib diganti saat masuk pertama.</source>
        <translation>Officer {u} created ({roles}); the password must be changed at first login.</translation>
    </message>
    <message>
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>{label} tidak terbaca dari stdin (satu per baris).</source>
        <translation>{label} could not be read from stdin (one per line).</translation>
    </message>
    <message>
        <source>Kata sandi {u}</source>
        <translation>Password of {u}</translation>
    </message>
    <message>
        <source>Administrator pertama {u} dibuat.</source>
        <translation>First administrator {u} created.</translation>
    </message>
    <message>
        <source>Kata sandi {u} diatur ulang; wajib diganti saat masuk berikutnya.</source>
        <translation>Password of {u} reset; it must be changed at the next login.</translation>
    </message>
    <message>
        <source>Ulangi {label}: </source>
        <translation>Repeat {label}: </translation>
    </message>
    <message>
        <source>KODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>HARI</source>
        <translation>DAY</translation>
    </message>
    <message>
        <source>PERSYARATAN</source>
        <translation>REQUIREMENTS</translation>
    </message>
    <message>
        <source>TEMPLAT</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <source>DIPAKAI</source>
        <translation>IN USE</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>dipetakan</source>
        <translation>mapped</translation>
    </message>
    <message>
        <source>sudah ada</source>
        <translation>already present</translation>
    </message>
    <message>
        <source>Perubahan ini memerlukan administrator: tambahkan --as NAMA_ADMIN (kata sandinya dibaca dari baris pertama stdin).</source>
        <translation>This change needs an administrator: add --as ADMIN_NAME (the password is read from the first line of stdin).</translation>
    </message>
    <message>
        <source>jenis izin: daftar, ekspor, impor (TOML)</source>
        <translation>permit types: list, export, import (TOML)</translation>
    </message>
    <message>
        <source>daftar jenis izin</source>
        <translation>list permit types</translation>
    </message>
    <message>
        <source>tulis semua jenis izin ke berkas TOML</source>
        <translation>write every permit type to a TOML file</translation>
    </message>
    <message>
        <source>berkas .toml tujuan (&apos;-&apos; = stdout)</source>
        <translation>target .toml file (&apos;-&apos; = stdout)</translation>
    </message>
    <message>
        <source>baca jenis izin dari berkas TOML (semua atau tidak sama sekali)</source>
        <translation>read permit types from a TOML file (all or nothing)</translation>
    </message>
    <message>
        <source>administrator yang mengimpor (kata sandinya: baris pertama stdin)</source>
        <translation>the importing administrator (password: first line of stdin)</translation>
    </message>
    <message>
        <source>hanya periksa berkas, tidak mengubah apa pun</source>
        <translation>only check the file, change nothing</translation>
    </message>
    <message>
        <source>jenis izin dari Template Data SiCantik kantor, sekaligus dipetakan (titik awal)</source>
        <translation>permit types from the office&apos;s SiCantik Template Data, mapped at the same time (a starting point)</translation>
    </message>
    <message>
        <source>ID template yang memuat jenis izin</source>
        <translation>Template ID that holds the permit types</translation>
    </message>
    <message>
        <source>kirim rentang tanggal N hari terakhir (untuk template per rentang)</source>
        <translation>send a date range of the last N days (for range templates)</translation>
    </message>
    <message>
        <source>hanya tampilkan usulan, tidak mengubah apa pun</source>
        <translation>only show the proposal, change nothing</translation>
    </message>
    <message>
        <source>{n} jenis izin diekspor ke {path}.</source>
        <translation>{n} permit types exported to {path}.</translation>
    </message>
    <message>
        <source>Impor selesai: {c} baru, {u} diubah, {n} tetap.</source>
        <translation>Import done: {c} new, {u} changed, {n} unchanged.</translation>
    </message>
    <message>
        <source>Berkas sah: {n} jenis izin.</source>
        <translation>Valid file: {n} permit types.</translation>
    </message>
    <message>
        <source>Usulan: {n} jenis izin baru dari {rows} baris SiCantik (tidak ada yang diubah).</source>
        <translation>Proposal: {n} new permit types from {rows} SiCantik rows (nothing changed).</translation>
    </message>
    <message>
        <source>Impor SiCantik selesai: {n} jenis izin baru dari {rows} baris.</source>
        <translation>SiCantik import done: {n} new permit types from {rows} rows.</translation>
    </message>
    <message>
        <source>Tidak dapat menulis {path}: {err}</source>
        <translation>Cannot write {path}: {err}</translation>
    </message>
    <message>
        <source>Tidak dapat membaca {path}: {err}</source>
        <translation>Cannot read {path}: {err}</translation>
    </message>
    <message>
        <source>{path} bukan teks UTF-8.</source>
        <translation>{path} is not UTF-8 text.</translation>
    </message>
    <message>
        <source>persyaratan</source>
        <translation>requirements</translation>
    </message>
    <message>
        <source>tulis dokumen (tanda terima, register, …) ke berkas</source>
        <translation>write a document (receipt, register, …) to a file</translation>
    </message>
    <message>
        <source>Identitas kantor</source>
        <translation>Office identity</translation>
    </message>
    <message>
        <source>berkas tujuan</source>
        <translation>target file</translation>
    </message>
    <message>
        <source>petugas yang mencetak (bawaan: sistem workstation ini)</source>
        <translation>the printing officer (default: this workstation&apos;s system)</translation>
    </message>
    <message>
        <source>Ditulis: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>nomor permohonan atau nomor tanda terima</source>
        <translation>application number or receipt number</translation>
    </message>
    <message>
        <source>alasan cetak ulang (dicatat)</source>
        <translation>reason for the reprint (recorded)</translation>
    </message>
    <message>
        <source>tanggal (bawaan: hari ini)</source>
        <translation>date (default: today)</translation>
    </message>
    <message>
        <source>nomor permohonan, nomor tanda terima, atau isi QR</source>
        <translation>application number, receipt number, or the QR content</translation>
    </message>
    <message>
        <source>Data teknis templat SK</source>
        <translation>Technical data of the permit template</translation>
    </message>
    <message>
        <source>lengkap</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>Petugas {u} tidak ditemukan atau tidak aktif.</source>
        <translation>Officer {u} not found or not active.</translation>
    </message>
    <message>
        <source>Tanggal tidak sah: {d} (format YYYY-MM-DD).</source>
        <translation>Invalid date: {d} (format YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>rahasia di keyring OS: set, list, delete (nilai tidak pernah ditampilkan)</source>
        <translation>secrets in the OS keyring: set, list, delete (values are never shown)</translation>
    </message>
    <message>
        <source>simpan rahasia; nilainya dibaca dari stdin</source>
        <translation>store a secret; its value is read from stdin</translation>
    </message>
    <message>
        <source>nama rahasia dan apakah sudah diisi</source>
        <translation>secret names and whether they are set</translation>
    </message>
    <message>
        <source>hapus rahasia dari keyring</source>
        <translation>delete a secret from the keyring</translation>
    </message>
    <message>
        <source>terisi</source>
        <translation>set</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>{k} dari {n} terisi</source>
        <translation>{k} of {n} set</translation>
    </message>
    <message>
        <source>Rahasia</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>{name} disimpan di keyring.</source>
        <translation>{name} stored in the keyring.</translation>
    </message>
    <message>
        <source>Keyring: {message}</source>
        <translation>Keyring: {message}</translation>
    </message>
    <message>
        <source>; belum: {names}</source>
        <translation>; not yet: {names}</translation>
    </message>
    <message>
        <source>{name} dihapus dari keyring.</source>
        <translation>{name} deleted from the keyring.</translation>
    </message>
    <message>
        <source>{name} memang belum diisi.</source>
        <translation>{name} is indeed not set yet.</translation>
    </message>
    <message>
        <source>Nilai {name}</source>
        <translation>Value of {name}</translation>
    </message>
    <message>
        <source>impor permohonan dan status proses dari SiCantik Cloud</source>
        <translation>import applications and process status from SiCantik Cloud</translation>
    </message>
    <message>
        <source>tarik permohonan: satu nomor, rentang tanggal, atau (tanpa opsi) sejak tanda air terakhir</source>
        <translation>pull applications: one number, a date range, or (no option) since the last watermark</translation>
    </message>
    <message>
        <source>satu nomor permohonan</source>
        <translation>one application number</translation>
    </message>
    <message>
        <source>tanggal awal</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>tanggal akhir</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>petakan jenis izin SiCantik ke jenis izin Loket</source>
        <translation>map a SiCantik permit type to a Loket permit type</translation>
    </message>
    <message>
        <source>kode jenis izin Loket, mis. SIP-DOK</source>
        <translation>Loket permit type code, e.g. SIP-DOK</translation>
    </message>
    <message>
        <source>jenis_izin_id di SiCantik</source>
        <translation>jenis_izin_id in SiCantik</translation>
    </message>
    <message>
        <source>nama jenis_izin di SiCantik</source>
        <translation>jenis_izin name in SiCantik</translation>
    </message>
    <message>
        <source>daftar pemetaan jenis izin SiCantik</source>
        <translation>list the SiCantik permit type mappings</translation>
    </message>
    <message>
        <source>penarikan terakhir dan baris yang gagal</source>
        <translation>last pulls and the rows that failed</translation>
    </message>
    <message>
        <source>Pilih --no atau --from/--to, tidak keduanya.</source>
        <translation>Choose --no or --from/--to, not both.</translation>
    </message>
    <message>
        <source>--from dan --to harus diisi bersama.</source>
        <translation>--from and --to must be given together.</translation>
    </message>
    <message>
        <source>SiCantik: {summary} ({pages} halaman)</source>
        <translation>SiCantik: {summary} ({pages} pages)</translation>
    </message>
    <message>
        <source>Belum ada pemetaan; jenis izin dicocokkan dengan nama atau kode jenis izin Loket.</source>
        <translation>No mappings yet; permit types are matched by the name or code of Loket&apos;s permit types.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>SiCantik</source>
        <translation>SiCantik</translation>
    </message>
    <message>
        <source>tidak dikonfigurasi (sicantik.base_url kosong)</source>
        <translation>not configured (sicantik.base_url empty)</translation>
    </message>
    <message>
        <source>SiCantik rahasia</source>
        <translation>SiCantik secrets</translation>
    </message>
    <message>
        <source>SiCantik tarikan terakhir</source>
        <translation>SiCantik last pull</translation>
    </message>
    <message>
        <source>  gagal {no}: {reason}</source>
        <translation>  failed {no}: {reason}</translation>
    </message>
    <message>
        <source>Jenis izin SiCantik {what} → {code}</source>
        <translation>SiCantik permit type {what} → {code}</translation>
    </message>
    <message>
        <source>Tanda air penarikan terjadwal: {wm}</source>
        <translation>Watermark of the scheduled pull: {wm}</translation>
    </message>
    <message>
        <source>GAGAL</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>berjalan/terputus</source>
        <translation>running/interrupted</translation>
    </message>
    <message>
        <source>{flag} harus tanggal YYYY-MM-DD, bukan “{v}”.</source>
        <translation>{flag} must be a YYYY-MM-DD date, not “{v}”.</translation>
    </message>
    <message>
        <source>SiCantik tidak mengenal permohonan {no}.</source>
        <translation>SiCantik does not know application {no}.</translation>
    </message>
    <message>
        <source>belum diisi: {names}</source>
        <translation>not set: {names}</translation>
    </message>
    <message>
        <source>baru {new}, diperbarui {updated}, tetap {unchanged}, gagal {failed}</source>
        <translation>new {new}, updated {updated}, unchanged {unchanged}, failed {failed}</translation>
    </message>
    <message>
        <source>    gagal {no}: {reason}</source>
        <translation>    failed {no}: {reason}</translation>
    </message>
    <message>
        <source>GAGAL: {msg}</source>
        <translation>FAILED: {msg}</translation>
    </message>
    <message>
        <source>Survei Kepuasan Masyarakat: indeks (IKM) dan laporan</source>
        <translation>Public satisfaction survey: index (IKM) and report</translation>
    </message>
    <message>
        <source>hitung NRR per unsur, IKM dan mutu pelayanan</source>
        <translation>compute the NRR per element, the IKM and the service grade</translation>
    </message>
    <message>
        <source>hitung dari CSV (kolom U1…U9) alih-alih basis data</source>
        <translation>compute from a CSV (columns U1…U9) instead of the database</translation>
    </message>
    <message>
        <source>satu objek JSON</source>
        <translation>one JSON object</translation>
    </message>
    <message>
        <source>laporan SKM (PDF) untuk satu periode</source>
        <translation>survey report (PDF) for a period</translation>
    </message>
    <message>
        <source>tanggal awal (zona waktu kantor)</source>
        <translation>start date (office time zone)</translation>
    </message>
    <message>
        <source>tanggal akhir (termasuk)</source>
        <translation>end date (inclusive)</translation>
    </message>
    <message>
        <source>bobot unsur: exact = 1/9 (bawaan), atau 0.111 / 0.11 seperti laporan lama</source>
        <translation>element weight: exact = 1/9 (default), or 0.111 / 0.11 as in older reports</translation>
    </message>
    <message>
        <source>SKM — {src}; {n} responden; bobot {w}</source>
        <translation>Survey — {src}; {n} respondents; weight {w}</translation>
    </message>
    <message>
        <source>IKM {ikm} — mutu {grade} ({label})</source>
        <translation>IKM {ikm} — grade {grade} ({label})</translation>
    </message>
    <message>
        <source>--from ({a}) setelah --to ({b}).</source>
        <translation>--from ({a}) is after --to ({b}).</translation>
    </message>
    <message>
        <source>--csv tidak dapat digabung dengan --from/--to.</source>
        <translation>--csv cannot be combined with --from/--to.</translation>
    </message>
    <message>
        <source>basis data, {a} s.d. {b}</source>
        <translation>database, {a} to {b}</translation>
    </message>
    <message>
        <source>{flag}: tanggal tidak sah “{v}” (format YYYY-MM-DD).</source>
        <translation>{flag}: invalid date “{v}” (format YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>sinkronkan dengan basis data pusat kantor</source>
        <translation>sync with the office&apos;s central database</translation>
    </message>
    <message>
        <source>sekali saja, lalu keluar (bawaan: terus, tiap sync.interval_seconds)</source>
        <translation>once, then quit (default: keep going, every sync.interval_seconds)</translation>
    </message>
    <message>
        <source>baris per transaksi kirim</source>
        <translation>rows per send transaction</translation>
    </message>
    <message>
        <source>workstation baru: ambil berkas N hari terakhir (dan semua yang masih berjalan)</source>
        <translation>new workstation: fetch the files of the last N days (and all still in progress)</translation>
    </message>
    <message>
        <source>komputer ini menggantikan workstation lama dengan nama yang sama</source>
        <translation>this computer replaces the old workstation of the same name</translation>
    </message>
    <message>
        <source>antrekan ulang semua data lokal (aman: yang sudah ada di pusat tidak berubah)</source>
        <translation>queue all local data again (safe: what is already central does not change)</translation>
    </message>
    <message>
        <source>nilai yang tertimpa dan perubahan yang ditolak pusat</source>
        <translation>overwritten values and changes refused by the central database</translation>
    </message>
    <message>
        <source>ambil satu berkas lama dari pusat (nomor permohonan/tanda terima)</source>
        <translation>fetch one old file from the central database (application/receipt number)</translation>
    </message>
    <message>
        <source>Workstation baru: data awal diambil dari pusat.</source>
        <translation>New workstation: initial data taken from the central database.</translation>
    </message>
    <message>
        <source>Tidak ada konflik sinkronisasi.</source>
        <translation>No sync conflicts.</translation>
    </message>
    <message>
        <source>Naik: {n} perubahan terkirim ({parts}); {same} sudah ada di pusat.</source>
        <translation>Up: {n} changes sent ({parts}); {same} already at the central database.</translation>
    </message>
    <message>
        <source>Turun: {n} baris ({parts}).</source>
        <translation>Down: {n} rows ({parts}).</translation>
    </message>
    <message>
        <source>Menunggu dikirim: {n}. Selesai dalam {s:.1f} detik.</source>
        <translation>Waiting to be sent: {n}. Done in {s:.1f} seconds.</translation>
    </message>
    <message>
        <source>Workstation: {ws}</source>
        <translation>Workstation: {ws}</translation>
    </message>
    <message>
        <source>Menunggu dikirim: {n}</source>
        <translation>Waiting to be sent: {n}</translation>
    </message>
    <message>
        <source>Sinkronisasi terakhir berhasil: {t}</source>
        <translation>Last successful sync: {t}</translation>
    </message>
    <message>
        <source>Berkas {n} diambil dari pusat.</source>
        <translation>File {n} fetched from the central database.</translation>
    </message>
    <message>
        <source>Digabung: {m} baris; {c} nilai kalah tercatat (loket sync conflicts).</source>
        <translation>Merged: {m} rows; {c} losing values recorded (loket sync conflicts).</translation>
    </message>
    <message>
        <source>DITOLAK pusat: {table} {id}: {msg}</source>
        <translation>REFUSED by central: {table} {id}: {msg}</translation>
    </message>
    <message>
        <source>{n} baris menunggu: perubahan lokal dikirim lebih dulu.</source>
        <translation>{n} rows waiting: local changes are sent first.</translation>
    </message>
    <message>
        <source>{n} baris diantrekan ulang.</source>
        <translation>{n} rows queued again.</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>Akun dikunci</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>Petugas ditambahkan</source>
        <translation>Officer added</translation>
    </message>
    <message>
        <source>Data petugas diubah</source>
        <translation>Officer data changed</translation>
    </message>
    <message>
        <source>Peran diubah</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <source>Petugas dinonaktifkan</source>
        <translation>Officer deactivated</translation>
    </message>
    <message>
        <source>Petugas diaktifkan</source>
        <translation>Officer activated</translation>
    </message>
    <message>
        <source>Kunci akun dibuka</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Rahasia disimpan</source>
        <translation>Secret stored</translation>
    </message>
    <message>
        <source>Rahasia dihapus</source>
        <translation>Secret deleted</translation>
    </message>
    <message>
        <source>Tambahkan permohonan contoh: nama, NIK, alamat dan perusahaan yang realistis, tersebar di semua status alur kerja dengan riwayat yang konsisten. Sanggup 1.000.000 permohonan.</source>
        <translation>Add demo applications: realistic names, NIKs, addresses and companies, spread over every workflow state with consistent histories. Handles 1,000,000 applications.</translation>
    </message>
    <message>
        <source>jumlah permohonan (bawaan 300)</source>
        <translation>number of applications (default 300)</translation>
    </message>
    <message>
        <source>benih acak: benih sama, data sama</source>
        <translation>random seed: same seed, same data</translation>
    </message>
    <message>
        <source>tanpa laporan kemajuan</source>
        <translation>no progress report</translation>
    </message>
    <message>
        <source>Sudah ada permohonan; data contoh tidak ditambahkan.</source>
        <translation>There are applications already; no demo data added.</translation>
    </message>
    <message>
        <source>harus bilangan bulat 0 atau lebih: {value}</source>
        <translation>must be a whole number 0 or more: {value}</translation>
    </message>
    <message>
        <source>{n} permohonan contoh dibuat dalam {s:.1f} detik.</source>
        <translation>{n} demo applications made in {s:.1f} seconds.</translation>
    </message>
    <message>
        <source> dari {n}</source>
        <translation> of {n}</translation>
    </message>
    <message>
        <source>halaman {page}{of}: {summary}</source>
        <translation>page {page}{of}: {summary}</translation>
    </message>
    <message>
        <source>Templat SK</source>
        <translation>Permit template</translation>
    </message>
    <message>
        <source>Jenis izin tanpa templat</source>
        <translation>Permit types without a template</translation>
    </message>
    <message>
        <source>Urutan unsur SKM</source>
        <translation>Order of survey elements</translation>
    </message>
    <message>
        <source>{n} templat sah</source>
        <translation>{n} valid templates</translation>
    </message>
    <message>
        <source>{n} perubahan menunggu, terakhir berhasil: {t}</source>
        <translation>{n} changes waiting, last success: {t}</translation>
    </message>
    <message>
        <source>Basis data pusat</source>
        <translation>Central database</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>tidak dipakai (hanya lokal)</source>
        <translation>not used (local only)</translation>
    </message>
    <message>
        <source>Berkas {n} tidak ada di basis data pusat.</source>
        <translation>File {n} is not in the central database.</translation>
    </message>
    <message>
        <source>{err} — {n} perubahan tetap tersimpan di workstation ini dan dikirim pada sinkronisasi berikutnya.</source>
        <translation>{err} — {n} changes stay stored on this workstation and are sent at the next sync.</translation>
    </message>
    <message>
        <source>{when}  DITOLAK LOKAL  {table} {id}: {msg}</source>
        <translation>{when}  REFUSED LOCALLY  {table} {id}: {msg}</translation>
    </message>
    <message>
        <source>{when}  DITOLAK  {table} {id} dari {ws}: {msg} {lost}</source>
        <translation>{when}  REFUSED  {table} {id} from {ws}: {msg} {lost}</translation>
    </message>
    <message>
        <source>{when}  {table}.{field} {id}: dipakai “{kept}” ({kws}), kalah “{lost}” ({lws})</source>
        <translation>{when}  {table}.{field} {id}: kept “{kept}” ({kws}), lost “{lost}” ({lws})</translation>
    </message>
    <message>
        <source>periksa keaslian kode QR dokumen (isi hasil pindai)</source>
        <translation>check a document&apos;s QR code (the scanned content)</translation>
    </message>
    <message>
        <source>keluaran JSON</source>
        <translation>JSON output</translation>
    </message>
    <message>
        <source>SAH — {kind} nomor {number}, tanggal {date}</source>
        <translation>GENUINE — {kind} number {number}, date {date}</translation>
    </message>
    <message>
        <source>Nomor permohonan</source>
        <translation>Application number</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Jenis izin</source>
        <translation>Permit type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Permohonan {no} belum ada di basis data workstation ini (belum tersinkron).</source>
        <translation>Application {no} is not in this workstation&apos;s database yet (not synced).</translation>
    </message>
    <message>
        <source>Perkiraan selesai</source>
        <translation>Estimated completion</translation>
    </message>
    <message>
        <source>Catatan: dokumen {number} belum ada di basis data ini (belum tersinkron).</source>
        <translation>Note: document {number} is not in this database yet (not synced).</translation>
    </message>
    <message>
        <source>{name} harus salah satu dari: {choices}</source>
        <translation>{name} must be one of: {choices}</translation>
    </message>
    <message>
        <source>Kunci pengaturan tidak dikenal: {name}</source>
        <translation>Unknown setting: {name}</translation>
    </message>
    <message>
        <source>{name} harus ya/tidak (true/false)</source>
        <translation>{name} must be yes/no (true/false)</translation>
    </message>
    <message>
        <source>{name} harus bilangan bulat</source>
        <translation>{name} must be a whole number</translation>
    </message>
    <message>
        <source>REGISTER HARIAN PENERIMAAN BERKAS — LOKET 2</source>
        <translation>DAILY FILE INTAKE REGISTER — COUNTER 2</translation>
    </message>
    <message>
        <source>Tidak ada berkas yang diterima atau dikembalikan pada hari ini.</source>
        <translation>No files were received or returned today.</translation>
    </message>
    <message>
        <source>Diterima: {a} berkas · Dikembalikan: {r} berkas · Jumlah: {n}</source>
        <translation>Received: {a} files · Returned: {r} files · Total: {n}</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>No. permohonan</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>No. tanda terima / bukti</source>
        <translation>Receipt / slip no.</translation>
    </message>
    <message>
        <source>Menit</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Register harian Loket 2 {day}</source>
        <translation>Counter 2 daily register {day}</translation>
    </message>
    <message>
        <source>Petugas: {name} — diterima {a}, dikembalikan {r}</source>
        <translation>Officer: {name} — received {a}, returned {r}</translation>
    </message>
    <message>
        <source>{city}, {day}</source>
        <translation>{city}, {day}</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Perpanjangan</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. Paspor</source>
        <translation>Passport no.</translation>
    </message>
    <message>
        <source>No. KITAS</source>
        <translation>KITAS no.</translation>
    </message>
    <message>
        <source>Tanda terima ini WAJIB dibawa pada saat pengambilan izin.</source>
        <translation>This receipt MUST be brought when collecting the permit.</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Bentuk</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Lembar</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Petugas penerima,</source>
        <translation>Receiving officer,</translation>
    </message>
    <message>
        <source>Pemohon,</source>
        <translation>Applicant,</translation>
    </message>
    <message>
        <source>ADA</source>
        <translation>PRESENT</translation>
    </message>
    <message>
        <source>TIDAK ADA</source>
        <translation>ABSENT</translation>
    </message>
    <message>
        <source>Asli</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Salinan</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Nama pemohon</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>TANDA TERIMA BERKAS PERMOHONAN</source>
        <translation>APPLICATION FILE RECEIPT</translation>
    </message>
    <message>
        <source>Tanggal dan jam</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Jenis permohonan</source>
        <translation>Kind of application</translation>
    </message>
    <message>
        <source>Standar pelayanan</source>
        <translation>Service standard</translation>
    </message>
    <message>
        <source>Pindai untuk membuka berkas dan memeriksa keaslian tanda terima.</source>
        <translation>Scan to open the file and check that the receipt is genuine.</translation>
    </message>
    <message>
        <source>Pindai: buka berkas, cek keaslian.</source>
        <translation>Scan: open the file, check authenticity.</translation>
    </message>
    <message>
        <source>izin lama</source>
        <translation>old permit</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon / surel</source>
        <translation>Phone / e-mail</translation>
    </message>
    <message>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Lokasi izin</source>
        <translation>Permit location</translation>
    </message>
    <message>
        <source>Kelengkapan persyaratan</source>
        <translation>Requirements check</translation>
    </message>
    <message>
        <source>* wajib</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>NIB / NPWP</source>
        <translation>NIB / NPWP</translation>
    </message>
    <message>
        <source>Alamat perusahaan</source>
        <translation>Company address</translation>
    </message>
    <message>
        <source>Nomor: {number}</source>
        <translation>Number: {number}</translation>
    </message>
    <message>
        <source>{n} hari kerja sejak berkas lengkap</source>
        <translation>{n} working days from the complete file</translation>
    </message>
    <message>
        <source>Tanda terima berkas {number}</source>
        <translation>File receipt {number}</translation>
    </message>
    <message>
        <source>BUKTI PENGEMBALIAN BERKAS</source>
        <translation>FILE RETURN SLIP</translation>
    </message>
    <message>
        <source>Berkas dikembalikan karena persyaratan berikut belum dipenuhi:</source>
        <translation>The file is returned because the following requirements are not met:</translation>
    </message>
    <message>
        <source>Silakan lengkapi persyaratan di atas, lalu bawa kembali berkas beserta bukti ini ke Loket 2. Permohonan Anda tetap tercatat; pemeriksaan tidak diulang dari awal.</source>
        <translation>Please complete the requirements above, then bring the file back with this slip to counter 2. Your application stays recorded; the check does not start over.</translation>
    </message>
    <message>
        <source>Tidak ada / belum dilampirkan</source>
        <translation>Absent / not attached</translation>
    </message>
    <message>
        <source>Petugas,</source>
        <translation>Officer,</translation>
    </message>
    <message>
        <source>Alasan / yang harus dilengkapi</source>
        <translation>Reason / what must be completed</translation>
    </message>
    <message>
        <source>Bukti pengembalian berkas {number}</source>
        <translation>File return slip {number}</translation>
    </message>
    <message>
        <source>(tidak wajib)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>Catatan petugas</source>
        <translation>Officer&apos;s note</translation>
    </message>
    <message>
        <source>Menimbang</source>
        <translation>Considering</translation>
    </message>
    <message>
        <source>Mengingat</source>
        <translation>Having regard to</translation>
    </message>
    <message>
        <source>Tembusan:</source>
        <translation>Copies to:</translation>
    </message>
    <message>
        <source>Ditandatangani secara elektronik</source>
        <translation>Signed electronically</translation>
    </message>
    <message>
        <source>Pindai untuk memeriksa keaslian</source>
        <translation>Scan to check authenticity</translation>
    </message>
    <message>
        <source>Nama templat tidak sah: {name}</source>
        <translation>Invalid template name: {name}</translation>
    </message>
    <message>
        <source>Ditetapkan di</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>pada tanggal</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Menetapkan</source>
        <translation>Decides</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Templat {name}, {where}: kurung kurawal tidak seimbang ({err}).</source>
        <translation>Template {name}, {where}: unbalanced braces ({err}).</translation>
    </message>
    <message>
        <source>Templat {name}, {where}: tempat penampung {{{field}}} tidak dikenal.</source>
        <translation>Template {name}, {where}: unknown placeholder {{{field}}}.</translation>
    </message>
    <message>
        <source>Templat {name} tidak ada ({path}).</source>
        <translation>Template {name} does not exist ({path}).</translation>
    </message>
    <message>
        <source>Templat {name} tidak dapat dibaca: {err}</source>
        <translation>Template {name} cannot be read: {err}</translation>
    </message>
    <message>
        <source>Templat {name}: bagian “{key}” tidak ada.</source>
        <translation>Template {name}: section “{key}” is missing.</translation>
    </message>
    <message>
        <source>Templat {name}: diktum {i} tanpa teks.</source>
        <translation>Template {name}: decision {i} has no text.</translation>
    </message>
    <message>
        <source>Templat {name}: diktum {i}: daftar hanya boleh &quot;ketentuan&quot;.</source>
        <translation>Template {name}: decision {i}: the only allowed list is &quot;ketentuan&quot;.</translation>
    </message>
    <message>
        <source>belum ada batas waktu (berkas belum diterima lengkap)</source>
        <translation>no due date yet (file not received complete)</translation>
    </message>
    <message>
        <source>batas waktu hari ini</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>sisa {n} hari kerja</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <source>LEMBAR KENDALI PROSES PERMOHONAN</source>
        <translation>APPLICATION PROCESS TRACKING SHEET</translation>
    </message>
    <message>
        <source>{state} — pada {holder} sejak {since}</source>
        <translation>{state} — with {holder} since {since}</translation>
    </message>
    <message>
        <source>Berkas lengkap diterima</source>
        <translation>Complete file received</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Posisi berkas</source>
        <translation>Where the files are</translation>
    </message>
    <message>
        <source>{n} langkah, {late} terlambat, {back} kali dikembalikan</source>
        <translation>{n} steps, {late} late, {back} times sent back</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Riwayat proses</source>
        <translation>Process history</translation>
    </message>
    <message>
        <source>Langkah / status</source>
        <translation>Step / status</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Durasi</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Lembar kendali proses permohonan</source>
        <translation>Application process tracking sheet</translation>
    </message>
    <message>
        <source>selesai terlambat {n} hari kerja</source>
        <translation>finished {n} working days late</translation>
    </message>
    <message>
        <source>TERLAMBAT {n} hari kerja</source>
        <translation>LATE {n} working days</translation>
    </message>
    <message>
        <source>Nomor izin</source>
        <translation>Permit number</translation>
    </message>
    <message>
        <source>Status di SiCantik</source>
        <translation>Status in SiCantik</translation>
    </message>
    <message>
        <source>menunggu pemohon</source>
        <translation>waiting on the applicant</translation>
    </message>
    <message>
        <source>selesai {n} hari kerja sebelum batas waktu</source>
        <translation>finished {n} working days before the due date</translation>
    </message>
    <message>
        <source>Nomor permohonan {no}</source>
        <translation>Application number {no}</translation>
    </message>
    <message>
        <source>{n} hari kerja</source>
        <translation>{n} working days</translation>
    </message>
    <message>
        <source>TERLAMBAT (+{over})</source>
        <translation>LATE (+{over})</translation>
    </message>
    <message>
        <source>sedang berjalan</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>Lembar kendali {no}</source>
        <translation>Tracking sheet {no}</translation>
    </message>
    <message>
        <source>TIDAK SESUAI: {note}</source>
        <translation>DISAGREES: {note}</translation>
    </message>
    <message>
        <source>tepat waktu</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>Format nomor tidak sah: {fmt} ({err})</source>
        <translation>Invalid number format: {fmt} ({err})</translation>
    </message>
    <message>
        <source>Kode QR tidak sah: bukan dokumen yang diterbitkan kantor ini, atau telah diubah.</source>
        <translation>Invalid QR code: not a document issued by this office, or it was altered.</translation>
    </message>
    <message>
        <source>Basis data {path} dibuat oleh versi Loket yang lebih baru (skema {rev}). Perbarui aplikasi Loket; basis data tidak diubah.</source>
        <translation>The database {path} was created by a newer version of Loket (schema {rev}). Update Loket; the database was not changed.</translation>
    </message>
    <message>
        <source>Kunci QR kantor harus 32 byte: 64 digit heksadesimal atau base64 (mis. hasil `openssl rand -base64 32`).</source>
        <translation>The office QR key must be 32 bytes: 64 hexadecimal digits or base64 (e.g. from `openssl rand -base64 32`).</translation>
    </message>
    <message>
        <source>aman ({name})</source>
        <translation>secure ({name})</translation>
    </message>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>TIDAK AMAN ({name}): rahasia akan tersimpan tanpa perlindungan; Loket menolak menyimpan rahasia di sini. Aktifkan Windows Credential Manager, macOS Keychain, atau GNOME Keyring/KWallet (Secret Service).</source>
        <translation>NOT SECURE ({name}): secrets would be stored unprotected; Loket refuses to store secrets here. Enable Windows Credential Manager, macOS Keychain, or GNOME Keyring/KWallet (Secret Service).</translation>
    </message>
    <message>
        <source>Penyimpanan rahasia tidak tersedia atau tidak aman — {detail}</source>
        <translation>Secret storage is not available or not secure — {detail}</translation>
    </message>
    <message>
        <source>Nama rahasia tidak dikenal: {name}. Yang dikenal: {names}</source>
        <translation>Unknown secret name: {name}. Known: {names}</translation>
    </message>
    <message>
        <source>Nilai rahasia {name} kosong; tidak disimpan.</source>
        <translation>The value of secret {name} is empty; not stored.</translation>
    </message>
    <message>
        <source>Nilai rahasia {name} terlalu panjang (maks. {n} karakter).</source>
        <translation>The value of secret {name} is too long (max. {n} characters).</translation>
    </message>
    <message>
        <source>Nilai rahasia {name} berisi lebih dari satu baris; tidak disimpan.</source>
        <translation>The value of secret {name} has more than one line; not stored.</translation>
    </message>
    <message>
        <source>Rahasia {name} disimpan di keyring</source>
        <translation>Secret {name} stored in the keyring</translation>
    </message>
    <message>
        <source>Rahasia {name} dihapus dari keyring</source>
        <translation>Secret {name} deleted from the keyring</translation>
    </message>
    <message>
        <source>Keyring gagal membaca {name} ({error}).</source>
        <translation>The keyring failed to read {name} ({error}).</translation>
    </message>
    <message>
        <source>Keyring menolak menyimpan {name} ({error}).</source>
        <translation>The keyring refused to store {name} ({error}).</translation>
    </message>
    <message>
        <source>Keyring gagal menghapus {name} ({error}).</source>
        <translation>The keyring failed to delete {name} ({error}).</translation>
    </message>
    <message>
        <source>Permohonan {no} tidak ditemukan.</source>
        <translation>Application {no} not found.</translation>
    </message>
    <message>
        <source>Nomor permohonan {no} sudah ada.</source>
        <translation>Application number {no} already exists.</translation>
    </message>
    <message>
        <source>Nomor izin lama wajib diisi untuk permohonan {kind}.</source>
        <translation>The previous permit number is required for a {kind} application.</translation>
    </message>
    <message>
        <source>“{action}” untuk permohonan {no} sudah dicatat lebih dulu di {ws} pada {at}; yang dicatat di workstation ini tidak berlaku.</source>
        <translation>“{action}” for application {no} was recorded first at {ws} on {at}; the one recorded on this workstation does not count.</translation>
    </message>
    <message>
        <source>Status tidak dikenal: {state}. Pilihan: {states}</source>
        <translation>Unknown state: {state}. Choices: {states}</translation>
    </message>
    <message>
        <source>Daftar kerja hanya untuk Back Office, Kepala Seksi, Kepala Bidang dan Kepala Dinas.</source>
        <translation>The worklist is only for back office, section heads, division heads and the head of office.</translation>
    </message>
    <message>
        <source>Hasil verifikasi</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Jenis kajian</source>
        <translation>Kind of review</translation>
    </message>
    <message>
        <source>Anggota tim</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Nomor BAP</source>
        <translation>Inspection report no.</translation>
    </message>
    <message>
        <source>Jenis naskah</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>Alasan pengembalian</source>
        <translation>Reason for returning</translation>
    </message>
    <message>
        <source>Berkas yang dilampirkan bukan PDF.</source>
        <translation>The attached file is not a PDF.</translation>
    </message>
    <message>
        <source>Unit Anda ({unit}) tidak menangani jenis izin mana pun; periksa data petugas atau unit pada jenis izin.</source>
        <translation>Your unit ({unit}) handles no permit type; check the officer&apos;s data or the unit of the permit types.</translation>
    </message>
    <message>
        <source>Tanggal dan jam kajian wajib diisi.</source>
        <translation>The review date and time are required.</translation>
    </message>
    <message>
        <source>akhir pekan</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>Anggota tim kajian wajib diisi (minimal satu orang).</source>
        <translation>The review team is required (at least one person).</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Tanggal BAP wajib diisi.</source>
        <translation>The inspection report date is required.</translation>
    </message>
    <message>
        <source>Tanggal BAP tidak boleh di masa depan.</source>
        <translation>The inspection report date cannot be in the future.</translation>
    </message>
    <message>
        <source>Ketentuan</source>
        <translation>Provisions</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Tulis alasan pengembalian yang jelas (minimal 5 karakter).</source>
        <translation>Write a clear reason for returning (at least 5 characters).</translation>
    </message>
    <message>
        <source>PDF terkunci kata sandi; Loket tidak dapat membaca isinya.</source>
        <translation>The PDF is password-protected; Loket cannot read its content.</translation>
    </message>
    <message>
        <source>Pilih salah satu: lampirkan PDF hasil TTE, atau catat tanda tangan basah dengan nama penandatangan.</source>
        <translation>Choose one: attach the e-signed PDF, or record a wet signature with the signatory&apos;s name.</translation>
    </message>
    <message>
        <source>Nama penandatangan</source>
        <translation>Signatory&apos;s name</translation>
    </message>
    <message>
        <source>Berkas {no} ditangani {unit}, bukan unit Anda ({mine}).</source>
        <translation>File {no} is handled by {unit}, not your unit ({mine}).</translation>
    </message>
    <message>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>{label} terlalu panjang (maks. {n} karakter).</source>
        <translation>{label} is too long (max. {n} characters).</translation>
    </message>
    <message>
        <source>{label} harus salah satu dari: {choices}.</source>
        <translation>{label} must be one of: {choices}.</translation>
    </message>
    <message>
        <source>verifikasi {r}</source>
        <translation>verification {r}</translation>
    </message>
    <message>
        <source>{kind} {when}</source>
        <translation>{kind} {when}</translation>
    </message>
    <message>
        <source>Lampiran harus berkas PDF, JPEG atau PNG.</source>
        <translation>The attachment must be a PDF, JPEG or PNG file.</translation>
    </message>
    <message>
        <source>BAP {no}, {r}</source>
        <translation>Inspection report {no}, {r}</translation>
    </message>
    <message>
        <source>Hasil verifikasi: tidak memenuhi syarat. Buat surat penolakan, bukan naskah izin.</source>
        <translation>Verification result: requirements not met. Draft a rejection letter, not a permit.</translation>
    </message>
    <message>
        <source>Alasan penolakan wajib diisi.</source>
        <translation>The reason for refusal is required.</translation>
    </message>
    <message>
        <source>dikembalikan: {r}</source>
        <translation>returned: {r}</translation>
    </message>
    <message>
        <source>Tulis nama lengkap penandatangan.</source>
        <translation>Write the signatory&apos;s full name.</translation>
    </message>
    <message>
        <source>ditandatangani ({sig}), nomor {n}</source>
        <translation>signed ({sig}), number {n}</translation>
    </message>
    <message>
        <source>Status tidak dikenal: {state}.</source>
        <translation>Unknown status: {state}.</translation>
    </message>
    <message>
        <source>Data teknis tidak dikenal untuk {pt}: {fields}.</source>
        <translation>Unknown technical data for {pt}: {fields}.</translation>
    </message>
    <message>
        <source>Data teknis belum lengkap: {fields}.</source>
        <translation>Technical data incomplete: {fields}.</translation>
    </message>
    <message>
        <source>{d} bukan hari kerja ({why}); pilih tanggal lain.</source>
        <translation>{d} is not a working day ({why}); choose another date.</translation>
    </message>
    <message>
        <source>Jadwal kajian tidak boleh sebelum berkas diterima ({d}).</source>
        <translation>The review cannot be scheduled before the file was received ({d}).</translation>
    </message>
    <message>
        <source>PDF rusak atau tidak dapat dibaca ({err}).</source>
        <translation>The PDF is broken or cannot be read ({err}).</translation>
    </message>
    <message>
        <source>Nama berkas</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Tanggal BAP ({b}) sebelum jadwal kajian ({s}).</source>
        <translation>The inspection report date ({b}) is before the review schedule ({s}).</translation>
    </message>
    <message>
        <source>Lampiran terlalu besar (maks. {n} MB).</source>
        <translation>The attachment is too large (max. {n} MB).</translation>
    </message>
    <message>
        <source>Rekomendasi teknis (BAP {no}) menolak permohonan. Buat surat penolakan, bukan naskah izin.</source>
        <translation>The technical recommendation (inspection report {no}) refuses the application. Draft a rejection letter, not a permit.</translation>
    </message>
    <message>
        <source>PDF terlalu besar (maks. {n} MB).</source>
        <translation>The PDF is too large (max. {n} MB).</translation>
    </message>
    <message>
        <source>Nomor izin {n} sudah terpakai; periksa format dan urutan penomoran.</source>
        <translation>Permit number {n} is already used; check the numbering format and sequence.</translation>
    </message>
    <message>
        <source>Pokok pengaduan belum diisi.</source>
        <translation>The complaint&apos;s subject is not filled in.</translation>
    </message>
    <message>
        <source>Isi pengaduan terlalu singkat (paling sedikit 10 huruf).</source>
        <translation>The complaint is too short (at least 10 letters).</translation>
    </message>
    <message>
        <source>Tuliskan tanggapan/penyelesaian sebelum menutup pengaduan.</source>
        <translation>Write the reply/resolution before closing the complaint.</translation>
    </message>
    <message>
        <source>Saluran pengaduan tidak dikenal: {c}. Pilihan: {choices}</source>
        <translation>Unknown complaint channel: {c}. Choices: {choices}</translation>
    </message>
    <message>
        <source>Status pengaduan tidak dikenal: {s}.</source>
        <translation>Unknown complaint status: {s}.</translation>
    </message>
    <message>
        <source>Pengaduan {t} baru saja diubah petugas lain; muat ulang lalu coba lagi.</source>
        <translation>Complaint {t} was just changed by another officer; reload and try again.</translation>
    </message>
    <message>
        <source>Pengaduan {t} berstatus {cur}; tidak dapat diubah menjadi {new}.</source>
        <translation>Complaint {t} is {cur}; it cannot become {new}.</translation>
    </message>
    <message>
        <source>Pengaduan {t} tidak ditemukan.</source>
        <translation>Complaint {t} not found.</translation>
    </message>
    <message>
        <source>Anda tidak berwenang untuk tindakan ini (peran yang diperlukan: {roles}).</source>
        <translation>You may not do this (role needed: {roles}).</translation>
    </message>
    <message>
        <source>Tanda terima penyerahan</source>
        <translation>Handover receipt</translation>
    </message>
    <message>
        <source>Nama penerima belum diisi.</source>
        <translation>The recipient&apos;s name is not filled in.</translation>
    </message>
    <message>
        <source>SK ini sudah diserahkan kepada {name} pada {when} oleh {officer}. Penyerahan kedua ditolak.</source>
        <translation>This permit was already handed over to {name} on {when} by {officer}. A second handover is refused.</translation>
    </message>
    <message>
        <source>Nomor identitas penerima belum lengkap.</source>
        <translation>The recipient&apos;s ID number is incomplete.</translation>
    </message>
    <message>
        <source>Penyerahan melalui kuasa: nomor surat kuasa wajib diisi.</source>
        <translation>Handover by proxy: the power of attorney number is required.</translation>
    </message>
    <message>
        <source>Penyerahan melalui kuasa: tanggal surat kuasa wajib diisi.</source>
        <translation>Handover by proxy: the power of attorney date is required.</translation>
    </message>
    <message>
        <source>Tanggal surat kuasa tidak boleh setelah hari ini.</source>
        <translation>The power of attorney date cannot be after today.</translation>
    </message>
    <message>
        <source>Surat Penolakan</source>
        <translation>Rejection letter</translation>
    </message>
    <message>
        <source>Surat Keputusan</source>
        <translation>Decree</translation>
    </message>
    <message>
        <source>SKM telah diisi</source>
        <translation>Survey filled in</translation>
    </message>
    <message>
        <source>SKM ditolak pemohon (alasan dicatat)</source>
        <translation>Survey declined by the applicant (reason recorded)</translation>
    </message>
    <message>
        <source>Belum dapat diserahkan: status “{state}”.</source>
        <translation>Cannot be handed over yet: status “{state}”.</translation>
    </message>
    <message>
        <source>Jenis identitas penerima harus salah satu dari: {c}.</source>
        <translation>The recipient&apos;s ID type must be one of: {c}.</translation>
    </message>
    <message>
        <source>SK belum dapat diserahkan: SKM permohonan {no} belum diisi atau ditolak dengan alasan. Persilakan pemohon mengisi survei dulu.</source>
        <translation>The permit cannot be handed over yet: the survey of application {no} is not filled in or declined with a reason. Ask the applicant to fill in the survey first.</translation>
    </message>
    <message>
        <source>SK permohonan {no} belum diserahkan; belum ada tanda terima penyerahan.</source>
        <translation>The permit of application {no} has not been handed over; there is no handover receipt yet.</translation>
    </message>
    <message>
        <source>Nomor KTP penerima: {msg}</source>
        <translation>Recipient&apos;s KTP number: {msg}</translation>
    </message>
    <message>
        <source>skm.toml harus berisi unsur U1 sampai U9.</source>
        <translation>skm.toml must contain the elements U1 to U9.</translation>
    </message>
    <message>
        <source>Belum ada responden SKM untuk dihitung.</source>
        <translation>No survey respondents to compute yet.</translation>
    </message>
    <message>
        <source>Urutan unsur SKM harus memuat U1 sampai U9 masing-masing satu kali: {order}</source>
        <translation>The order of survey elements must contain U1 to U9, each exactly once: {order}</translation>
    </message>
    <message>
        <source>{path}: berkas kosong (baris 1): tidak ada kepala kolom U1…U9.</source>
        <translation>{path}: empty file (line 1): no column headers U1…U9.</translation>
    </message>
    <message>
        <source>{path} baris 1: kolom {cols} tidak ada.</source>
        <translation>{path} line 1: columns {cols} are missing.</translation>
    </message>
    <message>
        <source>{path} baris 2: tidak ada baris jawaban di bawah kepala kolom.</source>
        <translation>{path} line 2: no answer rows under the column headers.</translation>
    </message>
    <message>
        <source>Unsur {key} harus punya tepat empat jawaban.</source>
        <translation>Element {key} must have exactly four answers.</translation>
    </message>
    <message>
        <source>Bobot tidak dikenal: {w}. Pilihan: {choices}</source>
        <translation>Unknown weight: {w}. Choices: {choices}</translation>
    </message>
    <message>
        <source>Berkas {path} tidak ditemukan.</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <source>{path}: bukan berkas teks UTF-8.</source>
        <translation>{path}: not a UTF-8 text file.</translation>
    </message>
    <message>
        <source>Responden ke-{i}: jawaban {key} harus 1–4 (tertulis: {v}).</source>
        <translation>Respondent {i}: answer {key} must be 1–4 (written: {v}).</translation>
    </message>
    <message>
        <source>{path} baris {line}: nilai {key} harus 1–4 (tertulis: “{raw}”).</source>
        <translation>{path} line {line}: value {key} must be 1–4 (written: “{raw}”).</translation>
    </message>
    <message>
        <source>Tipe pemohon</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <source>Jenis identitas</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>NIK / nomor identitas</source>
        <translation>NIK / ID number</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>NPWP pemohon</source>
        <translation>Applicant&apos;s NPWP</translation>
    </message>
    <message>
        <source>Wilayah (desa/kelurahan)</source>
        <translation>Region (village/kelurahan)</translation>
    </message>
    <message>
        <source>Kode pos</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Nama perusahaan</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>NPWP perusahaan</source>
        <translation>Company NPWP</translation>
    </message>
    <message>
        <source>Telepon perusahaan</source>
        <translation>Company phone</translation>
    </message>
    <message>
        <source>Surel perusahaan</source>
        <translation>Company e-mail</translation>
    </message>
    <message>
        <source>Nomor izin lama</source>
        <translation>Old permit number</translation>
    </message>
    <message>
        <source>Wilayah lokasi izin</source>
        <translation>Permit location region</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak sah: tulis HH-BB-TTTT, mis. 17-08-1985.</source>
        <translation>Invalid date of birth: write DD-MM-YYYY, e.g. 17-08-1985.</translation>
    </message>
    <message>
        <source>Hanya petugas Loket 2 (Pendaftaran) yang dapat melakukan ini.</source>
        <translation>Only counter 2 (registration) officers can do this.</translation>
    </message>
    <message>
        <source>Jenis izin tidak dikenal.</source>
        <translation>Unknown permit type.</translation>
    </message>
    <message>
        <source>tanda terima</source>
        <translation>receipt</translation>
    </message>
    <message>
        <source>bukti pengembalian</source>
        <translation>return slip</translation>
    </message>
    <message>
        <source>Jumlah salinan 1–20.</source>
        <translation>Copies 1–20.</translation>
    </message>
    <message>
        <source>Isian tidak dikenal: {field}</source>
        <translation>Unknown field: {field}</translation>
    </message>
    <message>
        <source>Dokumen asli wajib diperlihatkan</source>
        <translation>The original document must be shown</translation>
    </message>
    <message>
        <source>Daftar persyaratan tidak lengkap; muat ulang berkas.</source>
        <translation>The requirement list is incomplete; reload the file.</translation>
    </message>
    <message>
        <source>Tidak ada kekurangan yang dicatat. Terima berkas, atau tulis alasan pengembalian.</source>
        <translation>No missing items are recorded. Accept the file, or write the reason for returning it.</translation>
    </message>
    <message>
        <source>Alasan pengembalian terlalu panjang (maks. 2000).</source>
        <translation>The reason for returning is too long (max. 2000).</translation>
    </message>
    <message>
        <source>Dokumen tidak ditemukan.</source>
        <translation>Document not found.</translation>
    </message>
    <message>
        <source>Huruf dokumen</source>
        <translation>Document typeface</translation>
    </message>
    <message>
        <source>Nomor tanda terima</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Nomor walk-in</source>
        <translation>Walk-in number</translation>
    </message>
    <message>
        <source>Nomor bukti pengembalian</source>
        <translation>Return slip number</translation>
    </message>
    <message>
        <source>Kertas tanda terima</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <source>Logo kop surat</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <source>{fmt} → {example}</source>
        <translation>{fmt} → {example}</translation>
    </message>
    <message>
        <source>{path} tidak ditemukan — kop tanpa logo</source>
        <translation>{path} not found — letterhead without a logo</translation>
    </message>
    <message>
        <source>SiCantik tarik terjadwal</source>
        <translation>SiCantik scheduled pull</translation>
    </message>
    <message>
        <source>setiap workstation menarik sendiri; dengan basis data pusat tetapkan satu: loket config set sicantik.pull_workstation NAMA</source>
        <translation>every workstation pulls by itself; with a central database set one: loket config set sicantik.pull_workstation NAME</translation>
    </message>
    <message>
        <source>tidak di workstation ini</source>
        <translation>not on this workstation</translation>
    </message>
    <message>
        <source>setiap {n} menit di workstation ini</source>
        <translation>every {n} minutes on this workstation</translation>
    </message>
    <message>
        <source>lacak satu permohonan: langkah, petugas, durasi jam kerja, keterlambatan</source>
        <translation>track one application: steps, officers, office-hours durations, delays</translation>
    </message>
    <message>
        <source>nomor permohonan, nomor tanda terima, atau id</source>
        <translation>application number, receipt number, or id</translation>
    </message>
    <message>
        <source>TERLAMBAT</source>
        <translation>LATE</translation>
    </message>
    <message>
        <source>Posisi: {state} — {holder}, sejak {since}</source>
        <translation>Position: {state} — {holder}, since {since}</translation>
    </message>
    <message>
        <source>Batas waktu: {d} ({left})</source>
        <translation>Due date: {d} ({left})</translation>
    </message>
    <message>
        <source>SiCantik tidak sesuai: {note}</source>
        <translation>SiCantik disagrees: {note}</translation>
    </message>
    <message>
        <source>selesai; selisih {n} hari kerja</source>
        <translation>finished; difference {n} working days</translation>
    </message>
    <message>
        <source>Memenuhi syarat</source>
        <translation>Meets the requirements</translation>
    </message>
    <message>
        <source>Tidak memenuhi syarat</source>
        <translation>Does not meet the requirements</translation>
    </message>
    <message>
        <source>Rapat kajian teknis</source>
        <translation>Technical review meeting</translation>
    </message>
    <message>
        <source>Peninjauan lapangan</source>
        <translation>Field inspection</translation>
    </message>
    <message>
        <source>Rapat kajian teknis dan peninjauan lapangan</source>
        <translation>Technical review meeting and field inspection</translation>
    </message>
    <message>
        <source>Direkomendasikan disetujui</source>
        <translation>Recommended for approval</translation>
    </message>
    <message>
        <source>Direkomendasikan ditolak</source>
        <translation>Recommended for refusal</translation>
    </message>
    <message>
        <source>Naskah izin (SK)</source>
        <translation>Permit (SK)</translation>
    </message>
    <message>
        <source>Surat penolakan</source>
        <translation>Rejection letter</translation>
    </message>
    <message>
        <source>Tanda tangan elektronik (TTE)</source>
        <translation>Electronic signature (TTE)</translation>
    </message>
    <message>
        <source>Tanda tangan basah</source>
        <translation>Wet signature</translation>
    </message>
    <message>
        <source>SK telah diserahkan kepada {name} pada {when} oleh {officer}; berkas diarsipkan.</source>
        <translation>The permit was handed over to {name} on {when} by {officer}; the file is archived.</translation>
    </message>
    <message>
        <source>Nomor paspor/KITAS: 6–20 huruf atau angka.</source>
        <translation>Passport/KITAS number: 6–20 letters or digits.</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak mungkin.</source>
        <translation>Impossible date of birth.</translation>
    </message>
    <message>
        <source>Jenis kelamin: L atau P.</source>
        <translation>Sex: L or P.</translation>
    </message>
    <message>
        <source>Jenis permohonan: Baru, Perpanjangan atau Perubahan.</source>
        <translation>Kind of application: New, Renewal or Change.</translation>
    </message>
    <message>
        <source>Tipe pemohon: Perorangan atau Perusahaan.</source>
        <translation>Applicant type: Individual or Company.</translation>
    </message>
    <message>
        <source>Jenis identitas: KTP, Paspor atau KITAS.</source>
        <translation>ID type: KTP, passport or KITAS.</translation>
    </message>
    <message>
        <source>NIK ini sudah punya permohonan {permit} yang masih berjalan: {no} ({state}).</source>
        <translation>This NIK already has a {permit} application in progress: {no} ({state}).</translation>
    </message>
    <message>
        <source>Berkas {no} sudah berstatus “{state}”; pemeriksaan Loket 2 sudah selesai.</source>
        <translation>File {no} is already “{state}”; the counter 2 check is done.</translation>
    </message>
    <message>
        <source>Permohonan {no} belum memiliki {doc}.</source>
        <translation>Application {no} has no {doc} yet.</translation>
    </message>
    <message>
        <source>Permohonan {no} belum diterima di Loket 2 (belum ada tanda terima).</source>
        <translation>Application {no} has not been received at counter 2 yet (no receipt).</translation>
    </message>
    <message>
        <source>{field} wajib diisi.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>Nomor tidak sah; contoh 081234567890 atau 021-7654321.</source>
        <translation>Invalid number; for example 081234567890 or 021-7654321.</translation>
    </message>
    <message>
        <source>Persyaratan “{name}” bukan milik jenis izin ini.</source>
        <translation>Requirement “{name}” does not belong to this permit type.</translation>
    </message>
    <message>
        <source>Jumlah lembar “{name}” harus 0–9999.</source>
        <translation>The sheet count of “{name}” must be 0–9999.</translation>
    </message>
    <message>
        <source>Keterangan “{name}” terlalu panjang (maks. 1000).</source>
        <translation>The remark on “{name}” is too long (max. 1000).</translation>
    </message>
    <message>
        <source>Berkas belum lengkap; tanda terima tidak dapat diterbitkan. Kurang: {items}.</source>
        <translation>The file is incomplete; no receipt can be issued. Missing: {items}.</translation>
    </message>
    <message>
        <source>SALINAN — cetak ulang ke-{n}, {when}</source>
        <translation>COPY — reprint no. {n}, {when}</translation>
    </message>
    <message>
        <source>{field} paling banyak 200 karakter.</source>
        <translation>{field} takes at most 200 characters.</translation>
    </message>
    <message>
        <source>Kode wilayah {code} tidak dikenal.</source>
        <translation>Unknown region code {code}.</translation>
    </message>
    <message>
        <source>{field} terlalu panjang.</source>
        <translation>{field} is too long.</translation>
    </message>
    <message>
        <source>Petugas Loket 4</source>
        <translation>Counter 4 officer</translation>
    </message>
    <message>
        <source>Pindai QR tanda terima atau ketik nomor tanda terima / nomor permohonan.</source>
        <translation>Scan the receipt&apos;s QR or type the receipt number / application number.</translation>
    </message>
    <message>
        <source>selama kegiatan/usaha masih berjalan</source>
        <translation>as long as the activity/business runs</translation>
    </message>
    <message>
        <source>kegiatan/usaha tidak lagi berjalan</source>
        <translation>the activity/business no longer runs</translation>
    </message>
    <message>
        <source>Tuliskan alasan cetak ulang (paling sedikit 5 huruf), mis. “kertas macet”.</source>
        <translation>Write the reason for the reprint (at least 5 letters), e.g. “paper jam”.</translation>
    </message>
    <message>
        <source>SK bertanda tangan elektronik</source>
        <translation>Electronically signed permit</translation>
    </message>
    <message>
        <source>SK yang tersimpan</source>
        <translation>Stored permit</translation>
    </message>
    <message>
        <source>administrator yang menandatangani pengaturan kantor (kata sandinya: baris pertama stdin); tanpa ini pengaturan kantor hanya berlaku di workstation ini</source>
        <translation>the administrator who signs an office setting (their password: the first line of stdin); without it an office setting holds on this workstation only</translation>
    </message>
    <message>
        <source>Catatan: {key} adalah pengaturan kantor; tanpa --as ADMIN perubahan ini tidak ditandatangani dan workstation lain tidak memberlakukannya.</source>
        <translation>Note: {key} is an office setting; without --as ADMIN this change is not signed and other workstations do not apply it.</translation>
    </message>
    <message>
        <source>belum diisi: {keys} — isi di Admin — Kantor atau `loket config set &lt;kunci&gt; &lt;nilai&gt;`</source>
        <translation>not set: {keys} — set them under Admin — Office or `loket config set &lt;key&gt; &lt;value&gt;`</translation>
    </message>
    <message>
        <source>laporan: register, kepatuhan standar pelayanan, IKM, izin berakhir…</source>
        <translation>reports: register, service standard compliance, IKM, expiring permits…</translation>
    </message>
    <message>
        <source>nama laporan, atau list</source>
        <translation>report name, or list</translation>
    </message>
    <message>
        <source>kelompok periode (bawaan: month)</source>
        <translation>period grouping (default: month)</translation>
    </message>
    <message>
        <source>hanya jenis izin unit/bidang ini</source>
        <translation>only the permit types of this unit/division</translation>
    </message>
    <message>
        <source>hanya satu jenis izin (kode)</source>
        <translation>only one permit type (code)</translation>
    </message>
    <message>
        <source>bobot unsur IKM (laporan ikm)</source>
        <translation>IKM element weight (ikm report)</translation>
    </message>
    <message>
        <source>berkas keluaran: .xlsx, .pdf atau .csv</source>
        <translation>output file: .xlsx, .pdf or .csv</translation>
    </message>
    <message>
        <source>--out BERKAS wajib (.xlsx, .pdf atau .csv).</source>
        <translation>--out FILE is required (.xlsx, .pdf or .csv).</translation>
    </message>
    <message>
        <source>baris jumlah disertakan</source>
        <translation>total row included</translation>
    </message>
    <message>
        <source>baris perintah (loket report)</source>
        <translation>command line (loket report)</translation>
    </message>
    <message>
        <source>{title}: {n} baris{total} → {path}</source>
        <translation>{title}: {n} rows{total} → {path}</translation>
    </message>
    <message>
        <source>Format berkas tidak dikenal: “{ext}” (gunakan .xlsx, .pdf atau .csv).</source>
        <translation>Unknown file format: “{ext}” (use .xlsx, .pdf or .csv).</translation>
    </message>
    <message>
        <source>jenis izin SiCantik yang belum dipetakan (berkas menunggu) dan nilai SiCantik yang belum dikenal</source>
        <translation>SiCantik permit types not mapped yet (files waiting) and SiCantik values not known yet</translation>
    </message>
    <message>
        <source>petakan nilai SiCantik (mis. jenis_permohonan “Daftar Ulang”) ke nilai Loket</source>
        <translation>map a SiCantik value (e.g. jenis_permohonan “Daftar Ulang”) to a Loket value</translation>
    </message>
    <message>
        <source>mis. PERPANJANGAN, PERUSAHAAN, L, Selesai</source>
        <translation>e.g. PERPANJANGAN, PERUSAHAAN, L, Selesai</translation>
    </message>
    <message>
        <source>Semua jenis izin dan nilai SiCantik sudah dikenal Loket.</source>
        <translation>Loket knows every SiCantik permit type and value.</translation>
    </message>
    <message>
        <source>{field} “{value}” → {loket}; {n} berkas diperbarui</source>
        <translation>{field} “{value}” → {loket}; {n} files updated</translation>
    </message>
    <message>
        <source>jenis izin {id:&gt;6}  {name:&lt;40}  {n} berkas menunggu ({numbers})</source>
        <translation>permit type {id:&gt;6}  {name:&lt;40}  {n} files waiting ({numbers})</translation>
    </message>
    <message>
        <source>{field:&lt;16}  “{value}”  {n} berkas  → {choices}</source>
        <translation>{field:&lt;16}  “{value}”  {n} files  → {choices}</translation>
    </message>
    <message>
        <source>{n} berkas sudah dipetakan; diimpor pada penarikan berikutnya.</source>
        <translation>{n} files already mapped; imported at the next pull.</translation>
    </message>
    <message>
        <source>SK: draf untuk TTE, lampirkan PDF bertanda tangan, tanda tangan langsung</source>
        <translation>Permits: draft for e-signing, attach the signed PDF, sign directly</translation>
    </message>
    <message>
        <source>ekspor PDF final SK untuk ditandatangani (nomor SK di baris terakhir)</source>
        <translation>export the permit&apos;s final PDF for signing (permit number on the last line)</translation>
    </message>
    <message>
        <source>lampirkan PDF hasil TTE (kata sandi petugas dari stdin)</source>
        <translation>attach the e-signed PDF (officer&apos;s password from stdin)</translation>
    </message>
    <message>
        <source>Kepala Dinas yang menandatangani (kata sandinya baris pertama stdin)</source>
        <translation>The head of office who signs (password on the first line of stdin)</translation>
    </message>
    <message>
        <source>tanda tangani langsung lewat layanan BSrE (kata sandi, lalu passphrase dari stdin)</source>
        <translation>sign directly through the BSrE service (password, then passphrase from stdin)</translation>
    </message>
    <message>
        <source>NIK pada sertifikat (bawaan: tte.head_nik)</source>
        <translation>NIK on the certificate (default: tte.head_nik)</translation>
    </message>
    <message>
        <source>periksa ulang SK bertanda tangan elektronik yang tersimpan</source>
        <translation>check the stored electronically signed permit again</translation>
    </message>
    <message>
        <source>TTE: layanan BSrE</source>
        <translation>E-signature: BSrE service</translation>
    </message>
    <message>
        <source>TTE: akar tepercaya</source>
        <translation>E-signature: trusted roots</translation>
    </message>
    <message>
        <source>belum diatur (tte.trust_roots): PDF TTE tidak dapat diterima atau dicetak di workstation ini</source>
        <translation>not set (tte.trust_roots): e-signed PDFs cannot be accepted or printed on this workstation</translation>
    </message>
    <message>
        <source>tidak diatur (TTE lewat berkas)</source>
        <translation>not set (e-signature through a file)</translation>
    </message>
    <message>
        <source>Draf SK disimpan di {path} ({n} bait). Tanda tangani berkas ini apa adanya, lalu: loket sk attach-signed {no} FILE.pdf --as USERNAME</source>
        <translation>Permit draft saved to {path} ({n} bytes). Sign this file as it is, then: loket sk attach-signed {no} FILE.pdf --as USERNAME</translation>
    </message>
    <message>
        <source>Ditandatangani: SK {n}, penanda tangan {who} (NIK {nik}), diterbitkan oleh {ca}, waktu {t} UTC.</source>
        <translation>Signed: permit {n}, signer {who} (NIK {nik}), issued by {ca}, time {t} UTC.</translation>
    </message>
    <message>
        <source>SAH: SK {n} ditandatangani {who} (NIK {nik}) pada {t} UTC; rantai ke {root}; SHA-256 {sha}.</source>
        <translation>VALID: permit {n} signed by {who} (NIK {nik}) at {t} UTC; chain to {root}; SHA-256 {sha}.</translation>
    </message>
    <message>
        <source>PERINGATAN: {w}</source>
        <translation>WARNING: {w}</translation>
    </message>
    <message>
        <source>Passphrase TTE</source>
        <translation>E-signature passphrase</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat dibaca: {err}</source>
        <translation>File {path} cannot be read: {err}</translation>
    </message>
    <message>
        <source>Permohonan {no} tidak punya SK bertanda tangan elektronik.</source>
        <translation>Application {no} has no electronically signed permit.</translation>
    </message>
    <message>
        <source>perubahan yang menunggu dikirim, yang ditolak pusat, sinkronisasi terakhir</source>
        <translation>changes waiting to be sent, those refused by the central database, last sync</translation>
    </message>
    <message>
        <source>satu objek JSON pada satu baris</source>
        <translation>one JSON object on one line</translation>
    </message>
    <message>
        <source>{r} perubahan ditolak basis data pusat dan {w} menunggu bersamanya; semuanya tetap di antrean. Lihat halaman Konflik sinkronisasi (Administrator) atau: loket sync conflicts</source>
        <translation>{r} changes refused by the central database and {w} waiting with them; all stay in the queue. See the Sync conflicts page (Administrator) or: loket sync conflicts</translation>
    </message>
    <message>
        <source>Ditolak pusat</source>
        <translation>Refused by central</translation>
    </message>
    <message>
        <source>{n} baris menunggu baris yang ditolak (dikirim bersama begitu diterima).</source>
        <translation>{n} rows wait on refused rows (sent together once accepted).</translation>
    </message>
    <message>
        <source>PERINGATAN: {w}.</source>
        <translation>WARNING: {w}.</translation>
    </message>
    <message>
        <source>Ditolak basis data pusat: {n} (tetap di antrean)</source>
        <translation>Refused by the central database: {n} (kept in the queue)</translation>
    </message>
    <message>
        <source>Menunggu baris yang ditolak: {n}</source>
        <translation>Waiting on refused rows: {n}</translation>
    </message>
    <message>
        <source>selisih jam {m} menit dengan server pusat</source>
        <translation>clock offset of {m} minutes from the central server</translation>
    </message>
    <message>
        <source>teks hasil pindai kode QR: kode LKT2.… atau alamat halaman verifikasi yang memuatnya</source>
        <translation>the text read from a QR code: an LKT2.… code or the address of the verification page that holds it</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>workstation</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh ditulis di URL basis data pusat: selama perintah berjalan siapa pun di komputer ini dapat melihatnya di daftar proses (ps), dan pengaturan bukan tempat rahasia. Tulis URL tanpa kata sandi, lalu simpan kata sandinya di keyring: loket secret set central.password</source>
        <translation>A password must not be written in the central database URL: while the command runs anyone on this computer can see it in the process list (ps), and settings are no place for secrets. Write the URL without a password, then store the password in the keyring: loket secret set central.password</translation>
    </message>
    <message>
        <source>{name} harus alamat http(s):// tanpa &apos;#&apos; dan tanpa spasi</source>
        <translation>{name} must be an http(s):// address without &apos;#&apos; and without spaces</translation>
    </message>
    <message>
        <source>{office} · Register harian Loket 2 · {day}</source>
        <translation>{office} · Counter 2 daily register · {day}</translation>
    </message>
    <message>
        <source>Mengetahui,</source>
        <translation>Acknowledged by,</translation>
    </message>
    <message>
        <source>Petugas Loket 2 yang mencetak,</source>
        <translation>Counter 2 officer who printed it,</translation>
    </message>
    <message>
        <source>Kepala Seksi Pelayanan</source>
        <translation>Head of the Service Section</translation>
    </message>
    <message>
        <source>Dokumen yang diserahkan kembali kepada pemohon:</source>
        <translation>Documents handed back to the applicant:</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{n} lembar</source>
        <translation>{n} sheets</translation>
    </message>
    <message>
        <source>Dasar</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>di</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Templat {name}: jenis harus &quot;keputusan&quot;, &quot;keterangan&quot; atau &quot;surat&quot;.</source>
        <translation>Template {name}: the kind must be &quot;keputusan&quot;, &quot;keterangan&quot; or &quot;surat&quot;.</translation>
    </message>
    <message>
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>dengan ketentuan sebagai berikut:</source>
        <translation>with the following provisions:</translation>
    </message>
    <message>
        <source>Yth.</source>
        <translation>Dear</translation>
    </message>
    <message>
        <source>KUESIONER SURVEI KEPUASAN MASYARAKAT (SKM)</source>
        <translation>PUBLIC SATISFACTION SURVEY (SKM) QUESTIONNAIRE</translation>
    </message>
    <message>
        <source>Berdasarkan Peraturan Menteri PANRB Nomor 14 Tahun 2017</source>
        <translation>Based on Regulation of the Minister of PANRB Number 14 of 2017</translation>
    </message>
    <message>
        <source>Jenis Layanan yang diterima</source>
        <translation>Kind of service received</translation>
    </message>
    <message>
        <source>Tanggal survei</source>
        <translation>Survey date</translation>
    </message>
    <message>
        <source>PROFIL</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Pekerjaan utama</source>
        <translation>Main occupation</translation>
    </message>
    <message>
        <source>PENDAPAT RESPONDEN TENTANG PELAYANAN PUBLIK</source>
        <translation>RESPONDENT&apos;S OPINION OF THE PUBLIC SERVICE</translation>
    </message>
    <message>
        <source>Berilah tanda silang (×) pada satu jawaban yang sesuai dengan pendapat Anda.</source>
        <translation>Put a cross (×) on the one answer that matches your opinion.</translation>
    </message>
    <message>
        <source>Saran dan masukan untuk perbaikan pelayanan:</source>
        <translation>Suggestions to improve the service:</translation>
    </message>
    <message>
        <source>Kuesioner ini tidak mencantumkan nama; jawaban hanya dipakai untuk menghitung Indeks Kepuasan Masyarakat. Terima kasih atas penilaian Anda.</source>
        <translation>This questionnaire asks for no name; the answers are only used to compute the Public Satisfaction Index. Thank you for your rating.</translation>
    </message>
    <message>
        <source>Kuesioner SKM</source>
        <translation>Survey questionnaire</translation>
    </message>
    <message>
        <source>Survei Kepuasan Masyarakat</source>
        <translation>Public satisfaction survey</translation>
    </message>
    <message>
        <source>Lainnya (sebutkan)</source>
        <translation>Other (specify)</translation>
    </message>
    <message>
        <source>tahun</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Jam survei</source>
        <translation>Survey time</translation>
    </message>
    <message>
        <source>Kuesioner SKM (PermenPANRB 14/2017)</source>
        <translation>Survey questionnaire (PermenPANRB 14/2017)</translation>
    </message>
    <message>
        <source>{office} · Dicetak {when} oleh {who}</source>
        <translation>{office} · Printed {when} by {who}</translation>
    </message>
    <message>
        <source>pukul</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Durasi dihitung dalam jam kerja ({hours}) pada hari kerja, tanpa hari libur nasional, cuti bersama dan hari tutup kantor.</source>
        <translation>Durations are counted in office hours ({hours}) on working days, without national holidays, collective leave and office closures.</translation>
    </message>
    <message>
        <source>SK izin</source>
        <translation>Permit</translation>
    </message>
    <message>
        <source>surat penolakan</source>
        <translation>rejection letter</translation>
    </message>
    <message>
        <source>tiket pengaduan</source>
        <translation>complaint ticket</translation>
    </message>
    <message>
        <source>permohonan walk-in</source>
        <translation>walk-in application</translation>
    </message>
    <message>
        <source>tanda terima penyerahan</source>
        <translation>handover receipt</translation>
    </message>
    <message>
        <source>Nomor {kind} belum tersedia di workstation ini: blok nomor yang dipesan dari basis data pusat sudah terpakai semua. Sambungkan ke jaringan kantor dan sinkronkan (Ctrl+F5 atau loket sync --once), lalu ulangi; tidak ada yang perlu dinomori ulang.</source>
        <translation>No {kind} number available on this workstation yet: the block of numbers reserved from the central database is used up. Connect to the office network and sync (Ctrl+F5 or loket sync --once), then try again; nothing needs renumbering.</translation>
    </message>
    <message>
        <source>Berkas kunci publik tidak sah (bukan hasil `loket keys export`, atau telah diubah).</source>
        <translation>Invalid public key file (not made by `loket keys export`, or altered).</translation>
    </message>
    <message>
        <source>keyring aman</source>
        <translation>secure keyring</translation>
    </message>
    <message>
        <source>Tuliskan alasan pencabutan kunci (--reason).</source>
        <translation>Write the reason for revoking the key (--reason).</translation>
    </message>
    <message>
        <source>Alasan pencabutan terlalu panjang (maks. 500 karakter).</source>
        <translation>The revocation reason is too long (max. 500 characters).</translation>
    </message>
    <message>
        <source>Kunci penanda QR</source>
        <translation>QR signing key</translation>
    </message>
    <message>
        <source>Kunci publik kantor</source>
        <translation>Office public keys</translation>
    </message>
    <message>
        <source>ada: kode QR lama (LKT1) tetap dapat diperiksa di sini</source>
        <translation>present: old QR codes (LKT1) can still be checked here</translation>
    </message>
    <message>
        <source>tidak ada: kode QR lama (LKT1) tidak dapat diperiksa di workstation ini</source>
        <translation>absent: old QR codes (LKT1) cannot be checked on this workstation</translation>
    </message>
    <message>
        <source>tidak dapat dibaca (keyring tidak tersedia): kode QR LKT1 tidak dapat diperiksa</source>
        <translation>cannot be read (keyring not available): LKT1 QR codes cannot be checked</translation>
    </message>
    <message>
        <source>Kunci HMAC lama</source>
        <translation>Old HMAC key</translation>
    </message>
    <message>
        <source>Halaman verifikasi QR</source>
        <translation>QR verification page</translation>
    </message>
    <message>
        <source>Ed25519 {kid}, di keyring ({name}); tidak pernah keluar dari mesin ini</source>
        <translation>Ed25519 {kid}, in the keyring ({name}); never leaves this machine</translation>
    </message>
    <message>
        <source>Ed25519 {kid}, berkas {path} (hanya pemilik, terenkripsi AES-256-GCM terikat mesin ini; dibuat saat tidak ada keyring aman)</source>
        <translation>Ed25519 {kid}, file {path} (owner only, AES-256-GCM encrypted, bound to this machine; made when there was no secure keyring)</translation>
    </message>
    <message>
        <source>belum ada (kunci workstation ini terdaftar saat dokumen pertama)</source>
        <translation>none yet (this workstation&apos;s key is registered at the first document)</translation>
    </message>
    <message>
        <source>office.verify_url kosong: QR berisi kode saja (`loket verify-page --out FOLDER`)</source>
        <translation>office.verify_url is empty: the QR holds the code only (`loket verify-page --out FOLDER`)</translation>
    </message>
    <message>
        <source>berkas {path}</source>
        <translation>file {path}</translation>
    </message>
    <message>
        <source>belum ada; dibuat saat dokumen pertama ditandatangani ({where})</source>
        <translation>none yet; made when the first document is signed ({where})</translation>
    </message>
    <message>
        <source>Kunci {kid} tidak dikenal di basis data ini (lihat `loket keys list`).</source>
        <translation>Key {kid} is not known in this database (see `loket keys list`).</translation>
    </message>
    <message>
        <source>Lebih dari satu kunci bernomor {kid}; cabut lewat berkas ekspor.</source>
        <translation>More than one key numbered {kid}; revoke through the export file.</translation>
    </message>
    <message>
        <source>dicabut di kantor asal</source>
        <translation>revoked at the issuing office</translation>
    </message>
    <message>
        <source>Kunci {kid} sudah dicabut sejak {day}; tidak diubah.</source>
        <translation>Key {kid} was already revoked from {day}; not changed.</translation>
    </message>
    <message>
        <source>{n} kunci dari {w} workstation, {r} dicabut (tersinkron; `loket keys list`)</source>
        <translation>{n} keys from {w} workstations, {r} revoked (synced; `loket keys list`)</translation>
    </message>
    <message>
        <source>Kode QR format lama (LKT1) tidak dapat diperiksa di workstation ini: kunci kantor lama tidak ada di sini, jadi keasliannya tidak terbukti (tidak sah di sini).</source>
        <translation>An old-format QR code (LKT1) cannot be checked on this workstation: the office&apos;s old key is not here, so its authenticity is not proven (not valid here).</translation>
    </message>
    <message>
        <source>Kode QR tidak sah: kunci penanda tangannya dicabut sejak {day}.</source>
        <translation>Invalid QR code: its signing key was revoked from {day}.</translation>
    </message>
    <message>
        <source>Loket belum dapat membuka jendelanya: Qt memerlukan pustaka sistem berikut yang belum terpasang: {libs}.
Pasang semuanya sekaligus:

    sudo apt-get install {pkgs}

lalu jalankan lagi.</source>
        <translation>Loket cannot open its window yet: Qt needs these system libraries, which are not installed: {libs}.
Install them all at once:

    sudo apt-get install {pkgs}

then run it again.</translation>
    </message>
    <message>
        <source>Laporan “{title}” tidak tersedia untuk peran Anda.</source>
        <translation>The report “{title}” is not available to your role.</translation>
    </message>
    <message>
        <source>Rentang tanggal terbalik: {a} setelah {b}.</source>
        <translation>Reversed date range: {a} is after {b}.</translation>
    </message>
    <message>
        <source>Pengelompokan tidak dikenal: {by} (pilihan: month, quarter, year).</source>
        <translation>Unknown grouping: {by} (choices: month, quarter, year).</translation>
    </message>
    <message>
        <source>Bobot IKM tidak dikenal: {w}.</source>
        <translation>Unknown IKM weight: {w}.</translation>
    </message>
    <message>
        <source>Laporan tidak dikenal: {name} (lihat: loket report list).</source>
        <translation>Unknown report: {name} (see: loket report list).</translation>
    </message>
    <message>
        <source>Register penerimaan berkas</source>
        <translation>File intake register</translation>
    </message>
    <message>
        <source>semua jenis izin</source>
        <translation>all permit types</translation>
    </message>
    <message>
        <source>Seluruh layanan (hari kerja)</source>
        <translation>Whole service (working days)</translation>
    </message>
    <message>
        <source>Kepatuhan standar pelayanan</source>
        <translation>Service standard compliance</translation>
    </message>
    <message>
        <source>Berkas terlambat</source>
        <translation>Late files</translation>
    </message>
    <message>
        <source>Indeks Kepuasan Masyarakat</source>
        <translation>Public Satisfaction Index</translation>
    </message>
    <message>
        <source>Izin akan berakhir</source>
        <translation>Permits about to expire</translation>
    </message>
    <message>
        <source>pemberitahuan ke pemohon (WhatsApp/SMS/surel): kirim, log, uji</source>
        <translation>messages to applicants (WhatsApp/SMS/e-mail): send, log, test</translation>
    </message>
    <message>
        <source>kirim pesan yang sudah waktunya (terus berjalan; --once: sekali lalu keluar)</source>
        <translation>send the messages that are due (keeps running; --once: one pass, then exit)</translation>
    </message>
    <message>
        <source>satu putaran saja</source>
        <translation>one pass only</translation>
    </message>
    <message>
        <source>paling banyak N pesan</source>
        <translation>at most N messages</translation>
    </message>
    <message>
        <source>pesan terkirim, gagal atau menunggu</source>
        <translation>messages sent, failed or waiting</translation>
    </message>
    <message>
        <source>nomor permohonan (kosong = semua)</source>
        <translation>application number (empty = all)</translation>
    </message>
    <message>
        <source>WAITING, SENT, FAILED, UNCERTAIN, CANCELLED</source>
        <translation>WAITING, SENT, FAILED, UNCERTAIN, CANCELLED</translation>
    </message>
    <message>
        <source>kirim pesan uji lewat saluran yang diatur</source>
        <translation>send a test message through the configured channel</translation>
    </message>
    <message>
        <source>catat persetujuan dan saluran pemohon untuk satu berkas</source>
        <translation>record the applicant&apos;s consent and channel for one file</translation>
    </message>
    <message>
        <source>petugas Loket 2 (kata sandi dari baris pertama stdin)</source>
        <translation>counter 2 officer (password from the first line of stdin)</translation>
    </message>
    <message>
        <source>workstation ini mengirim</source>
        <translation>this workstation sends</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Belum ada pesan.</source>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <source>Pemberitahuan</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>aktif, tetapi tidak ada saluran (notify.smtp.host / notify.wa.url)</source>
        <translation>on, but no channel (notify.smtp.host / notify.wa.url)</translation>
    </message>
    <message>
        <source>terkirim {sent}, dicoba lagi nanti {retry}, gagal {failed}</source>
        <translation>sent {sent}, to retry later {retry}, failed {failed}</translation>
    </message>
    <message>
        <source>mati (notify.enabled)</source>
        <translation>off (notify.enabled)</translation>
    </message>
    <message>
        <source>dikirim oleh {ws}</source>
        <translation>sent by {ws}</translation>
    </message>
    <message>
        <source>Token gateway</source>
        <translation>Gateway token</translation>
    </message>
    <message>
        <source>belum disimpan: loket secret set notify.wa.token</source>
        <translation>not stored: loket secret set notify.wa.token</translation>
    </message>
    <message>
        <source>Kata sandi SMTP</source>
        <translation>SMTP password</translation>
    </message>
    <message>
        <source>belum disimpan: loket secret set notify.smtp.password</source>
        <translation>not stored: loket secret set notify.smtp.password</translation>
    </message>
    <message>
        <source>{sent} terkirim, {waiting} menunggu, {bad} gagal/tidak pasti</source>
        <translation>{sent} sent, {waiting} waiting, {bad} failed/uncertain</translation>
    </message>
    <message>
        <source>; {n} pengiriman terputus dilanjutkan</source>
        <translation>; {n} interrupted sends resumed</translation>
    </message>
    <message>
        <source>; {n} tidak pasti (lihat loket notify log --status UNCERTAIN)</source>
        <translation>; {n} uncertain (see loket notify log --status UNCERTAIN)</translation>
    </message>
    <message>
        <source>percobaan</source>
        <translation>attempts</translation>
    </message>
    <message>
        <source>Workstation ini bukan pengirim pemberitahuan (notify.send_workstation = {ws}).</source>
        <translation>This workstation does not send messages (notify.send_workstation = {ws}).</translation>
    </message>
    <message>
        <source>Belum diatur: isi server SMTP dan/atau URL gateway WhatsApp.</source>
        <translation>Not set up: fill in the SMTP server and/or the WhatsApp gateway URL.</translation>
    </message>
    <message>
        <source>server surel {host}:{port} tersambung</source>
        <translation>mail server {host}:{port} connected</translation>
    </message>
    <message>
        <source>gateway menjawab HTTP {code}</source>
        <translation>gateway answered HTTP {code}</translation>
    </message>
    <message>
        <source>gateway tidak dapat dihubungi: {e}</source>
        <translation>gateway unreachable: {e}</translation>
    </message>
    <message>
        <source>server surel: {e}</source>
        <translation>mail server: {e}</translation>
    </message>
    <message>
        <source>Surel belum diatur (notify.smtp.host dan notify.smtp.from).</source>
        <translation>E-mail is not set up (notify.smtp.host and notify.smtp.from).</translation>
    </message>
    <message>
        <source>Gateway WhatsApp/SMS belum diatur (notify.wa.url).</source>
        <translation>The WhatsApp/SMS gateway is not set up (notify.wa.url).</translation>
    </message>
    <message>
        <source>Server surel menjawab {code}: {text}</source>
        <translation>The mail server answered {code}: {text}</translation>
    </message>
    <message>
        <source>Token gateway belum disimpan: loket secret set notify.wa.token</source>
        <translation>The gateway token is not stored: loket secret set notify.wa.token</translation>
    </message>
    <message>
        <source>Gateway menjawab HTTP {code}: {answer}</source>
        <translation>The gateway answered HTTP {code}: {answer}</translation>
    </message>
    <message>
        <source>Gateway menolak (HTTP {code}): {answer}</source>
        <translation>The gateway refused (HTTP {code}): {answer}</translation>
    </message>
    <message>
        <source>Gateway menjawab halaman HTML, bukan jawaban gateway: {answer}</source>
        <translation>The gateway answered with an HTML page, not a gateway answer: {answer}</translation>
    </message>
    <message>
        <source>Gateway tidak menjawab dalam {n} detik.</source>
        <translation>The gateway did not answer within {n} seconds.</translation>
    </message>
    <message>
        <source>Server surel tidak dapat dihubungi: {e}</source>
        <translation>The mail server cannot be reached: {e}</translation>
    </message>
    <message>
        <source>Gateway tidak dapat dihubungi: {e}</source>
        <translation>The gateway cannot be reached: {e}</translation>
    </message>
    <message>
        <source>Gateway menolak: {reason}</source>
        <translation>The gateway refused: {reason}</translation>
    </message>
    <message>
        <source>Tidak mau diberi tahu</source>
        <translation>Does not want messages</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Surel (e-mail)</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Pemberitahuan lewat surel dipilih: isi alamat surel pemohon.</source>
        <translation>Messages by e-mail chosen: fill in the applicant&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>Saluran pemberitahuan tidak dikenal: {c}.</source>
        <translation>Unknown message channel: {c}.</translation>
    </message>
    <message>
        <source>Pemberitahuan lewat {c} dipilih: isi nomor HP pemohon.</source>
        <translation>Messages by {c} chosen: fill in the applicant&apos;s mobile number.</translation>
    </message>
    <message>
        <source>Pesan uji dari Loket {office}: saluran {channel} berfungsi.</source>
        <translation>Test message from Loket {office}: the {channel} channel works.</translation>
    </message>
    <message>
        <source>Pesan uji Loket</source>
        <translation>Loket test message</translation>
    </message>
    <message>
        <source>Diterima: {answer}</source>
        <translation>Accepted: {answer}</translation>
    </message>
    <message>
        <source>Sedang dikirim</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Tidak pasti</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Bapak/Ibu</source>
        <translation>Sir/Madam</translation>
    </message>
    <message>
        <source>Perpanjangan izin sudah diajukan</source>
        <translation>A renewal of the permit has been filed</translation>
    </message>
    <message>
        <source>Pesan tidak ditemukan.</source>
        <translation>Message not found.</translation>
    </message>
    <message>
        <source>Pesan ini sudah/ sedang dikirim; tidak dapat dibatalkan.</source>
        <translation>This message is sent or being sent; it cannot be cancelled.</translation>
    </message>
    <message>
        <source>Pengiriman pemberitahuan lain sedang berjalan untuk folder data ini.</source>
        <translation>Another message sender is running for this data folder.</translation>
    </message>
    <message>
        <source>Pesan ini berstatus {s}; tidak perlu dikirim ulang.</source>
        <translation>This message is {s}; it need not be sent again.</translation>
    </message>
    <message>
        <source>Pengiriman sebelumnya terputus; dikirim ulang dengan kunci yang sama</source>
        <translation>The previous send was interrupted; sent again with the same key</translation>
    </message>
    <message>
        <source>Pengiriman terputus; belum pasti sampai. Kirim ulang atau batalkan dari halaman admin.</source>
        <translation>Send interrupted; delivery is uncertain. Send again or cancel it on the admin page.</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Telepon kantor</source>
        <translation>Office phone</translation>
    </message>
    <message>
        <source>Jam layanan</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>Nomor tanda terima / bukti pengembalian</source>
        <translation>Receipt / return slip number</translation>
    </message>
    <message>
        <source>Perkiraan tanggal selesai</source>
        <translation>Estimated completion date</translation>
    </message>
    <message>
        <source>Yang harus dilengkapi</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>SK izin atau surat penolakan</source>
        <translation>Permit SK or rejection letter</translation>
    </message>
    <message>
        <source>Nama penerima</source>
        <translation>Recipient&apos;s name</translation>
    </message>
    <message>
        <source>Tanggal penyerahan</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>Nomor SK izin</source>
        <translation>Permit SK number</translation>
    </message>
    <message>
        <source>Tanggal akhir masa berlaku</source>
        <translation>Last day of validity</translation>
    </message>
    <message>
        <source>Sisa hari (90, 30 atau 7)</source>
        <translation>Days left (90, 30 or 7)</translation>
    </message>
    <message>
        <source>Nomor tiket pengaduan</source>
        <translation>Complaint ticket number</translation>
    </message>
    <message>
        <source>Tanggapan petugas</source>
        <translation>Officer&apos;s answer</translation>
    </message>
    <message>
        <source>Berkas diterima</source>
        <translation>File received</translation>
    </message>
    <message>
        <source>Berkas dikembalikan</source>
        <translation>File returned</translation>
    </message>
    <message>
        <source>SK siap diambil</source>
        <translation>SK ready for collection</translation>
    </message>
    <message>
        <source>SK diserahkan</source>
        <translation>SK handed over</translation>
    </message>
    <message>
        <source>Pengaduan ditanggapi</source>
        <translation>Complaint answered</translation>
    </message>
    <message>
        <source>Berkas permohonan diterima</source>
        <translation>Application file received</translation>
    </message>
    <message>
        <source>Berkas permohonan perlu dilengkapi</source>
        <translation>Application file needs completing</translation>
    </message>
    <message>
        <source>Dokumen izin siap diambil</source>
        <translation>Permit document ready for collection</translation>
    </message>
    <message>
        <source>Dokumen izin telah diserahkan</source>
        <translation>Permit document handed over</translation>
    </message>
    <message>
        <source>Masa berlaku izin akan berakhir</source>
        <translation>Permit validity ending soon</translation>
    </message>
    <message>
        <source>Tanggapan atas pengaduan Anda</source>
        <translation>Answer to your complaint</translation>
    </message>
    <message>
        <source>Teks pesan tidak boleh kosong.</source>
        <translation>The message text must not be empty.</translation>
    </message>
    <message>
        <source>Kurung kurawal tidak berpasangan; tulis placeholder sebagai {{nama}}, dan {{{{ atau }}}} untuk kurung kurawal biasa.</source>
        <translation>Unbalanced curly braces; write a placeholder as {{nama}}, and {{{{ or }}}} for a literal brace.</translation>
    </message>
    <message>
        <source>Jenis pesan tidak dikenal: {kind}</source>
        <translation>Unknown message kind: {kind}</translation>
    </message>
    <message>
        <source>Teks pesan paling banyak {n} karakter.</source>
        <translation>A message text has at most {n} characters.</translation>
    </message>
    <message>
        <source>Placeholder tidak dikenal: {{{field}}}. Yang dapat dipakai: {names}.</source>
        <translation>Unknown placeholder: {{{field}}}. Available: {names}.</translation>
    </message>
    <message>
        <source>Placeholder {{{field}}} tidak boleh memakai format atau konversi.</source>
        <translation>Placeholder {{{field}}} may not use a format or a conversion.</translation>
    </message>
    <message>
        <source>Beban kerja petugas</source>
        <translation>Officers&apos; workload</translation>
    </message>
    <message>
        <source>Berkas per jenis izin</source>
        <translation>Files per permit type</translation>
    </message>
    <message>
        <source>Langkah diukur dalam menit jam kerja terhadap standar SOP; seluruh layanan dalam hari kerja sejak berkas lengkap sampai ditandatangani. P90: nilai pada peringkat ke-⌈0,9 × n⌉.</source>
        <translation>Steps are measured in office-hours minutes against the SOP standard; the whole service in working days from the complete file to signing. P90: the value at rank ⌈0.9 × n⌉.</translation>
    </message>
    <message>
        <source>% tepat waktu per jenis izin</source>
        <translation>% on time per permit type</translation>
    </message>
    <message>
        <source>Hari kerja terlambat per pemegang</source>
        <translation>Working days late per holder</translation>
    </message>
    <message>
        <source>% tepat waktu per jenis izin (seluruh layanan)</source>
        <translation>% on time per permit type (whole service)</translation>
    </message>
    <message>
        <source>SKM dihitung untuk seluruh kantor; saringan unit/jenis izin tidak berlaku.</source>
        <translation>The survey is computed for the whole office; the unit/permit type filter does not apply.</translation>
    </message>
    <message>
        <source>IKM per periode</source>
        <translation>IKM per period</translation>
    </message>
    <message>
        <source>Izin per jendela waktu</source>
        <translation>Permits per time window</translation>
    </message>
    <message>
        <source>Berkas per petugas</source>
        <translation>Files per officer</translation>
    </message>
    <message>
        <source>Triwulan {q} {y}</source>
        <translation>Quarter {q} {y}</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>% tepat waktu</source>
        <translation>% on time</translation>
    </message>
    <message>
        <source>Pemegang</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Terlambat (hari kerja)</source>
        <translation>Late (working days)</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Responden</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>Mutu</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Sisa hari</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Jendela (hari)</source>
        <translation>Window (days)</translation>
    </message>
    <message>
        <source>Pemegang izin</source>
        <translation>Permit holder</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Unit: {u}</source>
        <translation>Unit: {u}</translation>
    </message>
    <message>
        <source>Jenis izin: {c}</source>
        <translation>Permit type: {c}</translation>
    </message>
    <message>
        <source>(siapa pun di peran ini)</source>
        <translation>(anyone in this role)</translation>
    </message>
    <message>
        <source>Keadaan pada {d}; rentang tanggal tidak membatasi laporan ini.</source>
        <translation>As of {d}; the date range does not limit this report.</translation>
    </message>
    <message>
        <source>Sisa hari dihitung dari {d} (hari kalender).</source>
        <translation>Days left are counted from {d} (calendar days).</translation>
    </message>
    <message>
        <source>Berkas diterima per minggu</source>
        <translation>Files received per week</translation>
    </message>
    <message>
        <source>Berkas per status dan pemegang</source>
        <translation>Files per state and holder</translation>
    </message>
    <message>
        <source>Ditandatangani dalam 90 hari terakhir; klik untuk berkas yang terlambat.</source>
        <translation>Signed in the last 90 days; click for the late files.</translation>
    </message>
    <message>
        <source>IKM per bulan</source>
        <translation>IKM per month</translation>
    </message>
    <message>
        <source>12 bulan terakhir; bobot 1/9.</source>
        <translation>Last 12 months; weight 1/9.</translation>
    </message>
    <message>
        <source>Izin berakhir dalam 90 hari</source>
        <translation>Permits expiring within 90 days</translation>
    </message>
    <message>
        <source>Daring (SiCantik)</source>
        <translation>Online (SiCantik)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Berkas yang masih berjalan; arsip tidak dihitung.</source>
        <translation>Files in progress; the archive is not counted.</translation>
    </message>
    <message>
        <source>≤ 30 hari</source>
        <translation>≤ 30 days</translation>
    </message>
    <message>
        <source>31–60 hari</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <source>61–90 hari</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <source>Izin</source>
        <translation>Permits</translation>
    </message>
    <message>
        <source>minggu mulai {d}</source>
        <translation>week starting {d}</translation>
    </message>
    <message>
        <source>{n} minggu terakhir, menurut minggu diterima</source>
        <translation>last {n} weeks, by week received</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Rentang</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Dikelompokkan per</source>
        <translation>Grouped by</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Dibuat oleh</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Tidak ada data dalam rentang ini.</source>
        <translation>No data in this range.</translation>
    </message>
    <message>
        <source>Folder tujuan tidak ada: {path}</source>
        <translation>The target folder does not exist: {path}</translation>
    </message>
    <message>
        <source>bulan</source>
        <translation>month</translation>
    </message>
    <message>
        <source>triwulan</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>{a} s.d. {b}</source>
        <translation>{a} to {b}</translation>
    </message>
    <message>
        <source>Dibuat oleh,</source>
        <translation>Made by,</translation>
    </message>
    <message>
        <source>{office} · {title}</source>
        <translation>{office} · {title}</translation>
    </message>
    <message>
        <source>Tidak dapat menulis ke {path}: {err}</source>
        <translation>Cannot write to {path}: {err}</translation>
    </message>
    <message>
        <source>TIDAK ADA penyimpanan rahasia ({name}): kata sandi basis data pusat dan SiCantik tidak dapat disimpan (dokumen tetap ditandatangani: kunci QR workstation ini tersimpan di berkas terenkripsi yang terikat mesin ini). Aktifkan Windows Credential Manager, macOS Keychain, atau GNOME Keyring/KWallet (Secret Service).</source>
        <translation>NO secret storage ({name}): the central database and SiCantik passwords cannot be stored (documents are still signed: this workstation&apos;s QR key is kept in an encrypted file bound to this machine). Enable Windows Credential Manager, macOS Keychain, or GNOME Keyring/KWallet (Secret Service).</translation>
    </message>
    <message>
        <source>Nama rahasia tidak dikenal: {name}.</source>
        <translation>Unknown secret name: {name}.</translation>
    </message>
    <message>
        <source>Keyring tidak menyimpan {name}.</source>
        <translation>The keyring did not store {name}.</translation>
    </message>
    <message>
        <source>Libur nasional</source>
        <translation>National holiday</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Collective leave</translation>
    </message>
    <message>
        <source>Penutupan kantor</source>
        <translation>Office closures</translation>
    </message>
    <message>
        <source>Tanggal tidak sah: tulis TTTT-BB-HH, mis. 2026-12-24.</source>
        <translation>Invalid date: write YYYY-MM-DD, e.g. 2026-12-24.</translation>
    </message>
    <message>
        <source>tidak ada tanggal selesai yang bergeser</source>
        <translation>no due date moved</translation>
    </message>
    <message>
        <source>Penutupan kantor {d} ({name}); {moved}</source>
        <translation>Office closure on {d} ({name}); {moved}</translation>
    </message>
    <message>
        <source>Penutupan kantor {d} ({name}) dihapus; {moved}</source>
        <translation>Office closure on {d} ({name}) removed; {moved}</translation>
    </message>
    <message>
        <source>{n} tanggal selesai bergeser: {list}{more}</source>
        <translation>{n} due dates moved: {list}{more}</translation>
    </message>
    <message>
        <source>Alasan penutupan wajib diisi, mis. “Pemadaman listrik gedung”.</source>
        <translation>The reason for the closure is required, e.g. “Building power cut”.</translation>
    </message>
    <message>
        <source>Alasan paling banyak 200 karakter.</source>
        <translation>The reason takes at most 200 characters.</translation>
    </message>
    <message>
        <source>Jam layanan ditulis JJ:MM-JJ:MM, mis. 08:00-16:00.</source>
        <translation>Service hours are written HH:MM-HH:MM, e.g. 08:00-16:00.</translation>
    </message>
    <message>
        <source>Jam tutup harus sesudah jam buka.</source>
        <translation>The closing time must be after the opening time.</translation>
    </message>
    <message>
        <source> dan {n} lainnya</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>Jam layanan tidak sah: jam 00–23, menit 00–59.</source>
        <translation>Invalid service hours: hours 00–23, minutes 00–59.</translation>
    </message>
    <message>
        <source>{d} hari {dow}: kantor memang tutup.</source>
        <translation>{d} is a {dow}: the office is closed anyway.</translation>
    </message>
    <message>
        <source>{d} sudah tercatat sebagai penutupan kantor: {name}.</source>
        <translation>{d} is already recorded as an office closure: {name}.</translation>
    </message>
    <message>
        <source>{d} bukan penutupan kantor yang tercatat.</source>
        <translation>{d} is not a recorded office closure.</translation>
    </message>
    <message>
        <source>{d} sudah hari libur ({kind}: {name}).</source>
        <translation>{d} is already a holiday ({kind}: {name}).</translation>
    </message>
    <message>
        <source>Pokok pengaduan</source>
        <translation>Complaint subject</translation>
    </message>
    <message>
        <source>administrator yang menandatangani pemetaan (kata sandinya: baris pertama stdin); tanpa ini pemetaan hanya berlaku di workstation ini</source>
        <translation>the administrator who signs the mapping (their password: the first line of stdin); without it the mapping holds on this workstation only</translation>
    </message>
    <message>
        <source>Catatan: tanpa --as ADMIN pemetaan ini tidak ditandatangani dan workstation lain tidak memberlakukannya.</source>
        <translation>Note: without --as ADMIN this mapping is not signed and other workstations do not apply it.</translation>
    </message>
    <message>
        <source>Disamakan dengan pusat: {n} baris yang perubahannya dibuang dari antrean.</source>
        <translation>Brought in line with the central database: {n} row(s) whose change was discarded from the queue.</translation>
    </message>
    <message>
        <source>{when}  DITOLAK  {table}.{field} {id} dari {ws}: {msg} Di pusat “{kept}”, di sini “{lost}”.</source>
        <translation>{when}  REFUSED  {table}.{field} {id} from {ws}: {msg} Central: “{kept}”, here: “{lost}”.</translation>
    </message>
    <message>
        <source>Posisi: {state}, sejak {since}</source>
        <translation>Position: {state}, since {since}</translation>
    </message>
    <message>
        <source>Atau melalui SP4N-LAPOR! (www.lapor.go.id) dengan menyebut nomor tiket ini.</source>
        <translation>Or through SP4N-LAPOR! (www.lapor.go.id), quoting this ticket number.</translation>
    </message>
    <message>
        <source>Pos-el</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>TANDA TERIMA PENGADUAN</source>
        <translation>COMPLAINT RECEIPT</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Isi pengaduan</source>
        <translation>The complaint</translation>
    </message>
    <message>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Cara menanyakan tindak lanjut</source>
        <translation>How to ask about the follow-up</translation>
    </message>
    <message>
        <source>Kode QR berisi nomor tiket: petugas Loket 5 memindainya untuk membuka pengaduan ini.</source>
        <translation>The QR code holds the ticket number: the counter 5 officer scans it to open this complaint.</translation>
    </message>
    <message>
        <source>Sebutkan nomor tiket {t} setiap kali menanyakan pengaduan ini.</source>
        <translation>Quote ticket number {t} whenever you ask about this complaint.</translation>
    </message>
    <message>
        <source>Datang ke Loket 5 (Pengaduan) {office}{address}.</source>
        <translation>Come to counter 5 (Complaints), {office}{address}.</translation>
    </message>
    <message>
        <source>Permohonan terkait</source>
        <translation>Related application</translation>
    </message>
    <message>
        <source>Kontak pengadu</source>
        <translation>Complainant&apos;s contact</translation>
    </message>
    <message>
        <source>Nomor tiket: {t}</source>
        <translation>Ticket number: {t}</translation>
    </message>
    <message>
        <source>Tanda Terima Pengaduan {t}</source>
        <translation>Complaint Receipt {t}</translation>
    </message>
    <message>
        <source>Tanda terima pengaduan {t}</source>
        <translation>Complaint receipt {t}</translation>
    </message>
    <message>
        <source>{state} sejak {since}</source>
        <translation>{state} since {since}</translation>
    </message>
    <message>
        <source>Rekomendasi {r}</source>
        <translation>Recommendation: {r}</translation>
    </message>
    <message>
        <source>BAP {no} tanggal {d}</source>
        <translation>inspection report {no} of {d}</translation>
    </message>
    <message>
        <source>BAP {no}</source>
        <translation>inspection report {no}</translation>
    </message>
    <message>
        <source>BAP tanggal {d}</source>
        <translation>inspection report of {d}</translation>
    </message>
    <message>
        <source>Catatan: tanpa {libs} Loket tidak melihat printer sistem (dialog cetak hanya menawarkan berkas PDF). Pasang dengan:

    sudo apt-get install {pkgs}
</source>
        <translation>Note: without {libs} Loket does not see the system&apos;s printers (the print dialog offers only a PDF file). Install with:

    sudo apt-get install {pkgs}
</translation>
    </message>
    <message>
        <source>Bobot unsur {w}; IKM = Σ(NRR × bobot) × 25, dibulatkan setengah ke atas dua desimal (PermenPANRB 14/2017). Baris Jumlah dihitung dari semua jawaban dalam rentang, sama dengan IKM di halaman SKM Loket 5.</source>
        <translation>Element weight {w}; IKM = Σ(NRR × weight) × 25, rounded half up to two decimals (PermenPANRB 14/2017). The Total row is computed from all answers in the range, the same as the IKM on the Counter 5 SKM page.</translation>
    </message>
    <message>
        <source>Untuk pengingat perpanjangan (laporan: Izin akan berakhir).</source>
        <translation>For renewal reminders (report: Permits expiring).</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Tanggapan</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Tuliskan tanggapan/tindak lanjut (paling sedikit 5 huruf): tindak lanjut tanpa isi tidak disimpan.</source>
        <translation>Write the response/follow-up (at least 5 letters): a follow-up without content is not saved.</translation>
    </message>
    <message>
        <source>Penerima kuasa tidak boleh pemohon sendiri.</source>
        <translation>The proxy cannot be the applicant.</translation>
    </message>
    <message>
        <source>Pindai QR tanda terima berkas pemohon (atau ketik nomornya); bila tanda terima hilang, tuliskan alasannya.</source>
        <translation>Scan the applicant&apos;s file receipt QR (or type its number); if the receipt is lost, write the reason.</translation>
    </message>
    <message>
        <source>SK diserahkan setelah pemohon mengisi survei (atau penolakannya dicatat).</source>
        <translation>The decree is handed over once the applicant has filled in the survey (or the refusal is recorded).</translation>
    </message>
    <message>
        <source>“{name}” tidak tercatat sebagai penerima kuasa dengan surat kuasa {letter} untuk permohonan ini. Catat surat kuasanya dulu.</source>
        <translation>“{name}” is not recorded as the proxy of power of attorney {letter} for this application. Record the power of attorney first.</translation>
    </message>
    <message>
        <source>Nomor tanda terima {n} bukan nomor tanda terima permohonan ini.</source>
        <translation>Receipt number {n} is not this application&apos;s receipt number.</translation>
    </message>
    <message>
        <source>SK permohonan {no} sudah diserahkan kepada {name} pada {when}, tetapi PDF tanda terima penyerahannya tidak tersimpan di komputer ini.</source>
        <translation>The SK of application {no} was handed over to {name} on {when}, but its handover receipt PDF is not stored on this computer.</translation>
    </message>
    <message>
        <source>Nama penerima: {m}</source>
        <translation>Recipient&apos;s name: {m}</translation>
    </message>
    <message>
        <source>“{name}” bukan pemohon ({applicant}). Penyerahan kepada orang lain hanya dengan surat kuasa yang dicatat{named}.</source>
        <translation>“{name}” is not the applicant ({applicant}). Handing over to someone else needs a recorded power of attorney{named}.</translation>
    </message>
    <message>
        <source>NIK pada KTP penerima ({n}) berbeda dengan NIK pemohon yang tercatat.</source>
        <translation>The NIK on the recipient&apos;s KTP ({n}) differs from the applicant&apos;s recorded NIK.</translation>
    </message>
    <message>
        <source>Kode QR tanda terima tidak sah.</source>
        <translation>Invalid receipt QR code.</translation>
    </message>
    <message>
        <source>Identitas penerima ({t} {n}) berbeda dengan yang tercatat pada surat kuasa {letter} ({pt} {pn}).</source>
        <translation>The recipient&apos;s ID ({t} {n}) differs from the one recorded on power of attorney {letter} ({pt} {pn}).</translation>
    </message>
    <message>
        <source>Kode QR itu bukan tanda terima berkas permohonan {no}.</source>
        <translation>That QR code is not the file receipt of application {no}.</translation>
    </message>
    <message>
        <source> (tercatat: {n})</source>
        <translation> (recorded: {n})</translation>
    </message>
    <message>
        <source>Pemberitahuan ke pemohon</source>
        <translation>Messages to the applicant</translation>
    </message>
    <message>
        <source>Pemberitahuan: tidak mau, WhatsApp, SMS atau surel.</source>
        <translation>Messages: none, WhatsApp, SMS or e-mail.</translation>
    </message>
    <message>
        <source>“{name}” ditandai TIDAK ADA: jumlah lembarnya tidak diisi.</source>
        <translation>“{name}” is marked ABSENT: its sheet count is not filled in.</translation>
    </message>
    <message>
        <source>Permohonan {no} sudah diterima dengan tanda terima {number}, tetapi PDF tanda terimanya tidak tersimpan di komputer ini.</source>
        <translation>Application {no} was received with receipt {number}, but its receipt PDF is not stored on this computer.</translation>
    </message>
    <message>
        <source>berlaku selama kegiatan/usaha masih berjalan sesuai dengan ketentuan dalam Keputusan ini</source>
        <translation>valid as long as the activity/business runs according to the provisions of this Decree</translation>
    </message>
    <message>
        <source>berlaku selama {span} sejak tanggal ditetapkan, sampai dengan tanggal {until}</source>
        <translation>valid for {span} from the date of issue, until {until}</translation>
    </message>
    <message>
        <source>Nomor {no} tanggal {day}</source>
        <translation>Number {no} dated {day}</translation>
    </message>
    <message>
        <source>tanggal {day}</source>
        <translation>date {day}</translation>
    </message>
    <message>
        <source>Jumlah salinan harus berupa angka.</source>
        <translation>The number of copies must be a number.</translation>
    </message>
    <message>
        <source>Belum ditandatangani: status “{state}”. Hanya berkas yang sudah ditandatangani Kepala Dinas yang dapat dicetak.</source>
        <translation>Not signed yet: status “{state}”. Only files signed by the head of office can be printed.</translation>
    </message>
    <message>
        <source>{what} tidak dicetak: berkasnya telah berubah sejak ditandatangani (SHA-256 tidak cocok dengan yang dicatat). Hubungi Back Office agar dokumen ditandatangani ulang.</source>
        <translation>{what} not printed: its file changed since it was signed (the SHA-256 does not match the recorded one). Contact the back office to have the document signed again.</translation>
    </message>
    <message>
        <source>Jenis izin {name} belum punya templat SK; administrator perlu mengisinya.</source>
        <translation>Permit type {name} has no permit template yet; the administrator needs to set one.</translation>
    </message>
    <message>
        <source>Permohonan {no} belum ditandatangani Kepala Dinas.</source>
        <translation>Application {no} is not signed by the head of office yet.</translation>
    </message>
    <message>
        <source>Nomor SK permohonan {no} belum dialokasikan saat penandatanganan.</source>
        <translation>The permit number of application {no} was not allocated at signing.</translation>
    </message>
    <message>
        <source>SK permohonan {no} tercatat ditandatangani elektronik (TTE), tetapi tidak ada PDF bertanda tangan yang sah. Kepala Dinas perlu melampirkan PDF hasil TTE.</source>
        <translation>The permit of application {no} is recorded as electronically signed (TTE), but there is no valid signed PDF. The head of office needs to attach the e-signed PDF.</translation>
    </message>
    <message>
        <source>SK {no} tidak dicetak: peraturan daerah kantor yang disebut di bagian Mengingat belum diisi administrator ({keys}). Isi di Admin — Kantor, atau `loket config set &lt;kunci&gt; &quot;&lt;nomor, tahun dan judul lengkap&gt;&quot;`.</source>
        <translation>Permit {no} not printed: the office&apos;s regional regulations named under Mengingat are not filled in by the administrator ({keys}). Fill them in under Admin — Office, or `loket config set &lt;key&gt; &quot;&lt;number, year and full title&gt;&quot;`.</translation>
    </message>
    <message>
        <source>Jumlah salinan harus antara 1 dan {n}.</source>
        <translation>The number of copies must be between 1 and {n}.</translation>
    </message>
    <message>
        <source>SK permohonan {no} sudah pernah dicetak. Gunakan “Cetak ulang” dengan alasan.</source>
        <translation>The permit of application {no} was already printed. Use “Reprint” with a reason.</translation>
    </message>
    <message>
        <source>Permohonan {no} belum dapat dicetak: statusnya “{state}”. Hanya berkas yang sudah ditandatangani yang dapat dicetak.</source>
        <translation>Application {no} cannot be printed yet: its status is “{state}”. Only signed files can be printed.</translation>
    </message>
    <message>
        <source>SK permohonan {no} belum pernah dicetak; lakukan cetak pertama dulu.</source>
        <translation>The permit of application {no} was never printed; do the first print first.</translation>
    </message>
    <message>
        <source>Dokumen SK permohonan {no} tidak ditemukan.</source>
        <translation>The permit document of application {no} was not found.</translation>
    </message>
    <message>
        <source>a.n. {head}</source>
        <translation>on behalf of {head}</translation>
    </message>
    <message>
        <source>Tanda terima berkas</source>
        <translation>File receipt</translation>
    </message>
    <message>
        <source>Permohonan walk-in</source>
        <translation>Walk-in application</translation>
    </message>
    <message>
        <source>Bukti pengembalian berkas</source>
        <translation>File return slip</translation>
    </message>
    <message>
        <source>Tiket pengaduan</source>
        <translation>Complaint ticket</translation>
    </message>
    <message>
        <source>Tanda terima penyerahan SK</source>
        <translation>Permit handover receipt</translation>
    </message>
    <message>
        <source>Pemerintah daerah</source>
        <translation>Regional government</translation>
    </message>
    <message>
        <source>Daerah (wilayah)</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Jabatan kepala kantor</source>
        <translation>Head of office: title</translation>
    </message>
    <message>
        <source>Nama kepala kantor</source>
        <translation>Head of office: name</translation>
    </message>
    <message>
        <source>NIP kepala kantor</source>
        <translation>Head of office: NIP</translation>
    </message>
    <message>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <source>Kota (tempat penetapan)</source>
        <translation>City (place of issue)</translation>
    </message>
    <message>
        <source>Kontak (baris bebas)</source>
        <translation>Contact (free line)</translation>
    </message>
    <message>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Pejabat legalisasi: jabatan</source>
        <translation>Legalising official: title</translation>
    </message>
    <message>
        <source>Pejabat legalisasi: nama</source>
        <translation>Legalising official: name</translation>
    </message>
    <message>
        <source>Pejabat legalisasi: NIP</source>
        <translation>Legalising official: NIP</translation>
    </message>
    <message>
        <source>Mengetahui register: jabatan</source>
        <translation>Register acknowledged by: title</translation>
    </message>
    <message>
        <source>Mengetahui register: nama</source>
        <translation>Register acknowledged by: name</translation>
    </message>
    <message>
        <source>Mengetahui register: NIP</source>
        <translation>Register acknowledged by: NIP</translation>
    </message>
    <message>
        <source>Perda perangkat daerah (Mengingat)</source>
        <translation>Regional regulation on the regional apparatus (Mengingat)</translation>
    </message>
    <message>
        <source>Perbup pendelegasian kewenangan (Mengingat)</source>
        <translation>Regent regulation delegating authority (Mengingat)</translation>
    </message>
    <message>
        <source>Perda reklame (Mengingat)</source>
        <translation>Regional regulation on advertising (Mengingat)</translation>
    </message>
    <message>
        <source>Perbup reklame (Mengingat)</source>
        <translation>Regent regulation on advertising (Mengingat)</translation>
    </message>
    <message>
        <source>Bukti pengembalian</source>
        <translation>Return slip</translation>
    </message>
    <message>
        <source>URL basis data pusat</source>
        <translation>Central database URL</translation>
    </message>
    <message>
        <source>Mode TLS</source>
        <translation>TLS mode</translation>
    </message>
    <message>
        <source>Berkas CA</source>
        <translation>CA file</translation>
    </message>
    <message>
        <source>URL SiCantik</source>
        <translation>SiCantik URL</translation>
    </message>
    <message>
        <source>Cara akses</source>
        <translation>Access method</translation>
    </message>
    <message>
        <source>instansi_id</source>
        <translation>instansi_id</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Pengguna API</source>
        <translation>API user</translation>
    </message>
    <message>
        <source>Kata sandi API</source>
        <translation>API password</translation>
    </message>
    <message>
        <source>API key SPLP</source>
        <translation>SPLP API key</translation>
    </message>
    <message>
        <source>Salt key SPLP</source>
        <translation>SPLP salt key</translation>
    </message>
    <message>
        <source>URL layanan TTE</source>
        <translation>Electronic signature service URL</translation>
    </message>
    <message>
        <source>NIK Kepala Dinas (BSrE)</source>
        <translation>Head of office&apos;s NIK (BSrE)</translation>
    </message>
    <message>
        <source>Berkas CA (TLS)</source>
        <translation>CA file (TLS)</translation>
    </message>
    <message>
        <source>Akar tepercaya (PEM)</source>
        <translation>Trusted roots (PEM)</translation>
    </message>
    <message>
        <source>Kirim pemberitahuan</source>
        <translation>Send notifications</translation>
    </message>
    <message>
        <source>Workstation pengirim</source>
        <translation>Sending workstation</translation>
    </message>
    <message>
        <source>Server SMTP</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>Port SMTP</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <source>Pengamanan SMTP</source>
        <translation>SMTP security</translation>
    </message>
    <message>
        <source>Pengirim surel</source>
        <translation>Email sender</translation>
    </message>
    <message>
        <source>Pengguna SMTP</source>
        <translation>SMTP user</translation>
    </message>
    <message>
        <source>URL gateway</source>
        <translation>Gateway URL</translation>
    </message>
    <message>
        <source>Metode HTTP</source>
        <translation>HTTP method</translation>
    </message>
    <message>
        <source>Header token</source>
        <translation>Token header</translation>
    </message>
    <message>
        <source>Isian nomor</source>
        <translation>Number field</translation>
    </message>
    <message>
        <source>Isian pesan</source>
        <translation>Message field</translation>
    </message>
    <message>
        <source>Bentuk isi</source>
        <translation>Body format</translation>
    </message>
    <message>
        <source>Isian tambahan</source>
        <translation>Extra fields</translation>
    </message>
    <message>
        <source>Header kunci idempotensi</source>
        <translation>Idempotency key header</translation>
    </message>
    <message>
        <source>kedaluwarsa</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>dicabut</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>ditangguhkan</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>belum terbit</source>
        <translation>not issued yet</translation>
    </message>
    <message>
        <source>menunggu verifikasi</source>
        <translation>awaiting verification</translation>
    </message>
    <message>
        <source>Format nomor wajib diisi.</source>
        <translation>The number format is required.</translation>
    </message>
    <message>
        <source>Format nomor paling banyak 80 karakter.</source>
        <translation>A number format takes at most 80 characters.</translation>
    </message>
    <message>
        <source>Format harus memuat {seq} (nomor urut).</source>
        <translation>The format must contain {seq} (the sequence number).</translation>
    </message>
    <message>
        <source>Format harus memuat {year}: nomor urut dimulai lagi setiap tahun.</source>
        <translation>The format must contain {year}: the sequence restarts every year.</translation>
    </message>
    <message>
        <source>Format harus memuat {workstation}, agar dua workstation yang luring tidak memberi nomor yang sama.</source>
        <translation>The format must contain {workstation}, so that two offline workstations never give the same number.</translation>
    </message>
    <message>
        <source>Isian paling banyak 500 karakter.</source>
        <translation>The field takes at most 500 characters.</translation>
    </message>
    <message>
        <source>Belum diatur: isi URL SiCantik Cloud (Loket tetap bisa menerima walk-in).</source>
        <translation>Not set: enter the SiCantik Cloud URL (Loket can still take walk-ins).</translation>
    </message>
    <message>
        <source>akar tepercaya (tte.trust_roots) belum diatur: SK bertanda tangan tidak dapat diperiksa</source>
        <translation>trust roots (tte.trust_roots) not set: signed SKs cannot be checked</translation>
    </message>
    <message>
        <source>Layanan TTE {url} tersambung; sertifikat Kepala Dinas: {state}</source>
        <translation>TTE service {url} connected; Head of Office&apos;s certificate: {state}</translation>
    </message>
    <message>
        <source>sertifikat tidak dapat dipakai menandatangani</source>
        <translation>the certificate cannot be used to sign</translation>
    </message>
    <message>
        <source>Kurung kurawal format tidak seimbang.</source>
        <translation>Unbalanced braces in the format.</translation>
    </message>
    <message>
        <source>Logo harus berkas PNG atau JPG.</source>
        <translation>The logo must be a PNG or JPG file.</translation>
    </message>
    <message>
        <source>Belum diatur: isi URL basis data pusat (Loket bekerja lokal saja).</source>
        <translation>Not set: enter the central database URL (Loket works locally only).</translation>
    </message>
    <message>
        <source>Tersambung ke basis data pusat {url}; skema mutakhir.</source>
        <translation>Connected to the central database {url}; the schema is up to date.</translation>
    </message>
    <message>
        <source>Isi NIK Kepala Dinas (tte.head_nik) untuk menguji sertifikatnya di layanan TTE.</source>
        <translation>Enter the Head of Office&apos;s NIK (tte.head_nik) to test their certificate at the TTE service.</translation>
    </message>
    <message>
        <source>Tidak ada uji untuk koneksi ini.</source>
        <translation>There is no test for this connection.</translation>
    </message>
    <message>
        <source>Tempat penampung tidak dikenal: {names}. Yang boleh: {allowed}.</source>
        <translation>Unknown placeholders: {names}. Allowed: {allowed}.</translation>
    </message>
    <message>
        <source>SiCantik {state}.</source>
        <translation>SiCantik {state}.</translation>
    </message>
    <message>
        <source>TTE lewat berkas saja (tte.url kosong); {n} akar tepercaya terbaca.</source>
        <translation>TTE by file only (tte.url empty); {n} trust roots read.</translation>
    </message>
    <message>
        <source>; {n} akar tepercaya terbaca.</source>
        <translation>; {n} trust roots read.</translation>
    </message>
    <message>
        <source>{what} belum dapat diuji di versi Loket ini.</source>
        <translation>{what} cannot be tested in this version of Loket yet.</translation>
    </message>
    <message>
        <source>Format tidak dapat dipakai: {err}</source>
        <translation>The format cannot be used: {err}</translation>
    </message>
    <message>
        <source>Format ini sama dengan format {other}: nomornya bisa kembar. Bedakan awalan atau kodenya.</source>
        <translation>This format is the same as the {other} format: numbers could collide. Use a different prefix or code.</translation>
    </message>
    <message>
        <source>Berkas logo tidak ditemukan: {path}</source>
        <translation>Logo file not found: {path}</translation>
    </message>
    <message>
        <source>TTE lewat berkas saja (tte.url kosong); {p}.</source>
        <translation>TTE by file only (tte.url empty); {p}.</translation>
    </message>
    <message>
        <source>Uji koneksi gagal: {err}</source>
        <translation>The connection test failed: {err}</translation>
    </message>
    <message>
        <source>akar tepercaya tidak terbaca: {err}</source>
        <translation>trust roots unreadable: {err}</translation>
    </message>
    <message>
        <source>Nama pengguna wajib diisi.</source>
        <translation>The username is required.</translation>
    </message>
    <message>
        <source>Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf (contoh: budi.santoso).</source>
        <translation>Username of 3–32 characters: lowercase letters, digits, dot, underscore or hyphen, starting with a letter (example: budi.santoso).</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi (minimal 3 huruf).</source>
        <translation>The full name is required (at least 3 letters).</translation>
    </message>
    <message>
        <source>Nama lengkap maksimal 200 karakter.</source>
        <translation>The full name takes at most 200 characters.</translation>
    </message>
    <message>
        <source>NIP hanya boleh berisi angka.</source>
        <translation>The NIP may contain digits only.</translation>
    </message>
    <message>
        <source>NIP tidak sah: digit 9–14 bukan bulan dan tahun pengangkatan yang mungkin.</source>
        <translation>Invalid NIP: digits 9–14 are not a possible month and year of appointment.</translation>
    </message>
    <message>
        <source>NIP tidak sah: tahun lahir di dalamnya tidak mungkin.</source>
        <translation>Invalid NIP: the birth year in it is impossible.</translation>
    </message>
    <message>
        <source>NIP tidak sah: digit ke-15 (jenis kelamin) harus 1 atau 2.</source>
        <translation>Invalid NIP: digit 15 (sex) must be 1 or 2.</translation>
    </message>
    <message>
        <source>Pilih minimal satu peran.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <source>Petugas pertama harus berperan Administrator (ADMIN).</source>
        <translation>The first officer must have the Administrator (ADMIN) role.</translation>
    </message>
    <message>
        <source>Administrator pertama sudah dibuat. Masuk dengan akun petugas.</source>
        <translation>The first administrator has already been created. Log in with an officer account.</translation>
    </message>
    <message>
        <source>Anda tidak dapat mencabut peran Administrator dari akun Anda sendiri.</source>
        <translation>You cannot remove the Administrator role from your own account.</translation>
    </message>
    <message>
        <source>Masuk ulang sebagai administrator (dengan kata sandi) untuk menandatangani.</source>
        <translation>Log in again as an administrator (with the password) to sign.</translation>
    </message>
    <message>
        <source>Kata sandi baru harus berbeda dari yang lama.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan gagal. Akun dikunci sementara; coba lagi dalam {n} menit atau minta administrator membukanya.</source>
        <translation>Too many failed attempts. The account is locked for a while; try again in {n} minutes or ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter the username and password.</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi administrator.</source>
        <translation>This account is deactivated. Contact the administrator.</translation>
    </message>
    <message>
        <source>Akun ini belum diberi peran. Hubungi administrator.</source>
        <translation>This account has no role yet. Contact the administrator.</translation>
    </message>
    <message>
        <source>Akun ini sudah tidak ada. Masuk sebagai petugas lain.</source>
        <translation>This account no longer exists. Log in as another officer.</translation>
    </message>
    <message>
        <source>NIP tidak sah: 8 digit pertama bukan tanggal lahir yang mungkin.</source>
        <translation>Invalid NIP: the first 8 digits are not a possible birth date.</translation>
    </message>
    <message>
        <source>Administrator pertama dibuat: {u} ({name})</source>
        <translation>First administrator created: {u} ({name})</translation>
    </message>
    <message>
        <source>Petugas {u} ({name}) dibuat; peran {roles}; loket {counter}</source>
        <translation>Officer {u} ({name}) created; roles {roles}; counter {counter}</translation>
    </message>
    <message>
        <source>Peran {u}: {before} → {after}</source>
        <translation>Roles of {u}: {before} → {after}</translation>
    </message>
    <message>
        <source>Kantor ini sudah punya administrator pertama; minta dia mengatur ulang kata sandi Anda agar tanda tangan Anda dikenali.</source>
        <translation>This office already has its first administrator; ask them to reset your password so that your signature is recognised.</translation>
    </message>
    <message>
        <source>{n} petugas ditandatangani oleh {u}</source>
        <translation>{n} officers signed by {u}</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Kunci akun {u} dibuka oleh administrator</source>
        <translation>Account {u} unlocked by the administrator</translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <source>{u} masuk di {ws}</source>
        <translation>{u} logged in at {ws}</translation>
    </message>
    <message>
        <source>NIP harus 18 digit (terisi {n}).</source>
        <translation>The NIP must have 18 digits ({n} typed).</translation>
    </message>
    <message>
        <source>Peran tidak dikenal: {roles}. Pilihan: {choices}.</source>
        <translation>Unknown roles: {roles}. Choices: {choices}.</translation>
    </message>
    <message>
        <source>Isian {field} maksimal {n} karakter.</source>
        <translation>Field {field} takes at most {n} characters.</translation>
    </message>
    <message>
        <source>Petugas “{username}” tidak ditemukan.</source>
        <translation>Officer “{username}” not found.</translation>
    </message>
    <message>
        <source>Nama pengguna “{username}” sudah dipakai.</source>
        <translation>The username “{username}” is already taken.</translation>
    </message>
    <message>
        <source>NIP {nip} sudah terdaftar untuk petugas lain.</source>
        <translation>NIP {nip} is already registered for another officer.</translation>
    </message>
    <message>
        <source>Basis data pusat {url} sudah punya {n} petugas: workstation ini memakai petugas kantor. Jalankan sinkronisasi (loket sync --once), lalu masuk dengan akun Anda. Administrator pertama tidak dibuat.</source>
        <translation>The central database {url} already has {n} officers: this workstation uses the office&apos;s officers. Run a sync (loket sync --once), then log in with your account. No first administrator was created.</translation>
    </message>
    <message>
        <source>{u} adalah administrator aktif terakhir; peran Administrator tidak dapat dicabut.</source>
        <translation>{u} is the last active administrator; the Administrator role cannot be removed.</translation>
    </message>
    <message>
        <source>Petugas {u} diaktifkan kembali</source>
        <translation>Officer {u} activated again</translation>
    </message>
    <message>
        <source>Petugas {u} dinonaktifkan</source>
        <translation>Officer {u} deactivated</translation>
    </message>
    <message>
        <source>Kata sandi {u} diganti sendiri</source>
        <translation>Password of {u} changed by its owner</translation>
    </message>
    <message>
        <source>Kata sandi {u} diatur ulang oleh administrator</source>
        <translation>Password of {u} reset by the administrator</translation>
    </message>
    <message>
        <source>Kata sandi salah untuk {u} (percobaan ke-{k})</source>
        <translation>Wrong password for {u} (attempt {k})</translation>
    </message>
    <message>
        <source>Folder data ini diarahkan ke basis data pusat, tetapi pusat tidak dapat dihubungi untuk memastikan kantor belum punya petugas: {err}. Administrator pertama tidak dibuat.</source>
        <translation>This data folder points to a central database, but it cannot be reached to make sure the office has no officers yet: {err}. No first administrator was created.</translation>
    </message>
    <message>
        <source>; {m} pemetaan SiCantik</source>
        <translation>; {m} SiCantik mappings</translation>
    </message>
    <message>
        <source>{u} adalah administrator aktif terakhir dan tidak dapat dinonaktifkan.</source>
        <translation>{u} is the last active administrator and cannot be deactivated.</translation>
    </message>
    <message>
        <source>Akun {u} dikunci {n} menit setelah {k} percobaan gagal</source>
        <translation>Account {u} is locked for {n} minutes after {k} failed attempts</translation>
    </message>
    <message>
        <source>Nama jenis izin</source>
        <translation>Permit type name</translation>
    </message>
    <message>
        <source>Kode jenis izin wajib diisi.</source>
        <translation>The permit type code is required.</translation>
    </message>
    <message>
        <source>Kode 1–32 karakter: huruf besar, angka, titik, garis miring atau tanda hubung (contoh: SIP-DOK).</source>
        <translation>Code of 1–32 characters: capitals, digits, dot, slash or hyphen (example: SIP-DOK).</translation>
    </message>
    <message>
        <source>Nama jenis izin wajib diisi.</source>
        <translation>The permit type name is required.</translation>
    </message>
    <message>
        <source>Standar pelayanan 1–365 hari kerja.</source>
        <translation>Service standard of 1–365 working days.</translation>
    </message>
    <message>
        <source>Nama data teknis</source>
        <translation>Technical data name</translation>
    </message>
    <message>
        <source>Nama persyaratan</source>
        <translation>Requirement name</translation>
    </message>
    <message>
        <source>Jenis izin perlu minimal satu persyaratan.</source>
        <translation>A permit type needs at least one requirement.</translation>
    </message>
    <message>
        <source>Dasar hukum paling banyak 4000 karakter.</source>
        <translation>The legal basis takes at most 4000 characters.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>urutan persyaratan diubah</source>
        <translation>order of requirements changed</translation>
    </message>
    <message>
        <source>(contoh {name})</source>
        <translation>(example {name})</translation>
    </message>
    <message>
        <source>Pilih templat SK untuk melihat pratinjau.</source>
        <translation>Choose a permit template to see a preview.</translation>
    </message>
    <message>
        <source>NAMA KEPALA DINAS</source>
        <translation>NAME OF THE HEAD OF OFFICE</translation>
    </message>
    <message>
        <source>penerbitan</source>
        <translation>issuance</translation>
    </message>
    <message>
        <source>CONTOH — bukan dokumen resmi</source>
        <translation>SAMPLE — not an official document</translation>
    </message>
    <message>
        <source>Petugas Loket 2</source>
        <translation>Counter 2 officer</translation>
    </message>
    <message>
        <source>Berkas ditolak, tidak ada yang diubah ({n} masalah):</source>
        <translation>File refused, nothing was changed ({n} problems):</translation>
    </message>
    <message>
        <source>Standar pelayanan harus bilangan hari kerja.</source>
        <translation>The service standard must be a number of working days.</translation>
    </message>
    <message>
        <source>Masa berlaku 1–1200 bulan, atau kosong (selama usaha berjalan).</source>
        <translation>Validity of 1–1200 months, or empty (as long as the business runs).</translation>
    </message>
    <message>
        <source>Jenis izin {code} ({name}) ditambahkan{how}; {n} persyaratan</source>
        <translation>Permit type {code} ({name}) added{how}; {n} requirements</translation>
    </message>
    <message>
        <source>Contoh ketentuan dari naskah back office.</source>
        <translation>Sample provisions from the back office&apos;s draft.</translation>
    </message>
    <message>
        <source>Data teknis tidak dikenal: {fields}.</source>
        <translation>Unknown technical data: {fields}.</translation>
    </message>
    <message>
        <source>Jenis izin “{code}” tidak ditemukan.</source>
        <translation>Permit type “{code}” not found.</translation>
    </message>
    <message>
        <source>Templat {name} memakai data teknis yang tidak ada pada jenis izin ini: {fields}. Tambahkan isiannya atau pilih templat lain.</source>
        <translation>Template {name} uses technical data that this permit type does not have: {fields}. Add the fields or choose another template.</translation>
    </message>
    <message>
        <source>{label} paling banyak {n} karakter.</source>
        <translation>{label} takes at most {n} characters.</translation>
    </message>
    <message>
        <source>Lama kajian teknis harus bilangan hari kerja.</source>
        <translation>The technical review duration must be a number of working days.</translation>
    </message>
    <message>
        <source>Masa berlaku harus bilangan bulan.</source>
        <translation>The validity must be a number of months.</translation>
    </message>
    <message>
        <source>persyaratan dihapus: {name}</source>
        <translation>requirement removed: {name}</translation>
    </message>
    <message>
        <source>{where}: kunci tidak dikenal: {keys}</source>
        <translation>{where}: unknown keys: {keys}</translation>
    </message>
    <message>
        <source>Bagian tidak dikenal di berkas: {keys} (hanya [[izin]])</source>
        <translation>Unknown sections in the file: {keys} (only [[izin]])</translation>
    </message>
    <message>
        <source>Berkas tidak memuat satu pun [[izin]].</source>
        <translation>The file contains no [[izin]].</translation>
    </message>
    <message>
        <source>izin ke-{i}</source>
        <translation>permit no. {i}</translation>
    </message>
    <message>
        <source>Impor jenis izin{src}: {c} baru, {u} diubah, {n} tetap</source>
        <translation>Permit types imported{src}: {c} new, {u} changed, {n} unchanged</translation>
    </message>
    <message>
        <source>berlaku selama {span} sejak tanggal ditetapkan</source>
        <translation>valid for {span} from the date of issue</translation>
    </message>
    <message>
        <source>Pratinjau SK {code}</source>
        <translation>Preview of permit {code}</translation>
    </message>
    <message>
        <source>{name}: paling banyak 500 karakter.</source>
        <translation>{name}: at most 500 characters.</translation>
    </message>
    <message>
        <source>{name} harus angka, mis. 1.250 atau 12,5.</source>
        <translation>{name} must be a number, e.g. 1.250 or 12,5.</translation>
    </message>
    <message>
        <source>{name} harus salah satu dari: {choices}.</source>
        <translation>{name} must be one of: {choices}.</translation>
    </message>
    <message>
        <source>Lama kajian teknis 1–{n} hari kerja (tidak lebih dari standar pelayanan).</source>
        <translation>Technical review of 1–{n} working days (not more than the service standard).</translation>
    </message>
    <message>
        <source>Data teknis baris {i}: nama wajib diisi.</source>
        <translation>Technical data row {i}: the name is required.</translation>
    </message>
    <message>
        <source>Data teknis “{name}”: nama tidak boleh memuat [ ] {{ }}.</source>
        <translation>Technical data “{name}”: the name must not contain [ ] {{ }}.</translation>
    </message>
    <message>
        <source>Data teknis “{name}” tercantum dua kali.</source>
        <translation>Technical data “{name}” is listed twice.</translation>
    </message>
    <message>
        <source>Data teknis “{name}”: jenis harus salah satu dari {types}.</source>
        <translation>Technical data “{name}”: the type must be one of {types}.</translation>
    </message>
    <message>
        <source>Data teknis “{name}”: jenis pilihan perlu minimal dua pilihan.</source>
        <translation>Technical data “{name}”: a choice type needs at least two choices.</translation>
    </message>
    <message>
        <source>Persyaratan baris {i}: nama wajib diisi.</source>
        <translation>Requirement row {i}: the name is required.</translation>
    </message>
    <message>
        <source>Persyaratan “{name}” tercantum dua kali.</source>
        <translation>Requirement “{name}” is listed twice.</translation>
    </message>
    <message>
        <source>Catatan persyaratan “{name}” paling banyak 1000 karakter.</source>
        <translation>The note on requirement “{name}” takes at most 1000 characters.</translation>
    </message>
    <message>
        <source>persyaratan diubah: {name}</source>
        <translation>requirement changed: {name}</translation>
    </message>
    <message>
        <source>Kode jenis izin yang sudah dipakai permohonan tidak dapat diganti.</source>
        <translation>The code of a permit type already used by applications cannot be changed.</translation>
    </message>
    <message>
        <source>Jenis izin {code} diaktifkan kembali</source>
        <translation>Permit type {code} activated again</translation>
    </message>
    <message>
        <source>Jenis izin {code} dinonaktifkan</source>
        <translation>Permit type {code} deactivated</translation>
    </message>
    <message>
        <source>{where}, persyaratan {j}: harus tabel {{ nama = … }}</source>
        <translation>{where}, requirement {j}: must be a table {{ nama = … }}</translation>
    </message>
    <message>
        <source>{where}, persyaratan {j}: kunci tidak dikenal: {keys}</source>
        <translation>{where}, requirement {j}: unknown keys: {keys}</translation>
    </message>
    <message>
        <source>{where}: kode {code} sudah dipakai izin ke-{j}</source>
        <translation>{where}: code {code} is already used by permit no. {j}</translation>
    </message>
    <message>
        <source>{name} wajib diisi.</source>
        <translation>{name} is required.</translation>
    </message>
    <message>
        <source>{name} harus tanggal, mis. 26-11-2026.</source>
        <translation>{name} must be a date, e.g. 26-11-2026.</translation>
    </message>
    <message>
        <source>persyaratan ditambah: {name}</source>
        <translation>requirement added: {name}</translation>
    </message>
    <message>
        <source>catatan persyaratan: {name}</source>
        <translation>requirement note: {name}</translation>
    </message>
    <message>
        <source>Kode {code} sudah dipakai jenis izin lain.</source>
        <translation>Code {code} is already used by another permit type.</translation>
    </message>
    <message>
        <source>{where}, data_teknis {j}: harus teks atau tabel</source>
        <translation>{where}, data_teknis {j}: must be text or a table</translation>
    </message>
    <message>
        <source>Berkas bukan TOML yang sah: {err}</source>
        <translation>The file is not valid TOML: {err}</translation>
    </message>
    <message>
        <source> (impor)</source>
        <translation> (import)</translation>
    </message>
    <message>
        <source>{where}, data_teknis {j}: kunci tidak dikenal: {keys}</source>
        <translation>{where}, data_teknis {j}: unknown keys: {keys}</translation>
    </message>
    <message>
        <source>SiCantik tidak memberi daftar persyaratan; lengkapi di halaman Jenis Izin</source>
        <translation>SiCantik gives no requirement list; complete it on the Permit types page</translation>
    </message>
    <message>
        <source>sudah dipetakan</source>
        <translation>already mapped</translation>
    </message>
    <message>
        <source> (dari SiCantik)</source>
        <translation> (from SiCantik)</translation>
    </message>
    <message>
        <source>Jenis izin dari SiCantik: {new} baru, {mapped} dipetakan, {same} sudah ada</source>
        <translation>Permit types from SiCantik: {new} new, {mapped} mapped, {same} already present</translation>
    </message>
    <message>
        <source>dipetakan ke jenis izin {code} yang sudah ada</source>
        <translation>mapped to the existing permit type {code}</translation>
    </message>
    <message>
        <source>Nama tampilan</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tentang</source>
        <translation>Concerning (Tentang)</translation>
    </message>
    <message>
        <source>Diktum</source>
        <translation>Dicta</translation>
    </message>
    <message>
        <source>Tembusan</source>
        <translation>Copies (Tembusan)</translation>
    </message>
    <message>
        <source>Nama templat: huruf kecil, angka, _ atau -, paling banyak 64, mis. sk_izin_usaha_kantor.</source>
        <translation>Template name: lower-case letters, digits, _ or -, at most 64, e.g. sk_izin_usaha_kantor.</translation>
    </message>
    <message>
        <source>Nama surat_penolakan dipakai surat penolakan; pilih nama lain.</source>
        <translation>The name surat_penolakan belongs to the rejection letter; choose another name.</translation>
    </message>
    <message>
        <source>Nama tampilan paling banyak 200 karakter.</source>
        <translation>The display name has at most 200 characters.</translation>
    </message>
    <message>
        <source>Belum ada jenis izin untuk pratinjau.</source>
        <translation>There is no permit type to preview with yet.</translation>
    </message>
    <message>
        <source>Templat {name} bukan surat keputusan; hanya templat keputusan yang dapat disunting di sini.</source>
        <translation>Template {name} is not a decree; only decree templates can be edited here.</translation>
    </message>
    <message>
        <source>Baris rincian (diawali “- ”) harus di bawah sebuah diktum.</source>
        <translation>A detail row (starting with “- ”) must be under a dictum.</translation>
    </message>
    <message>
        <source>Templat SK {name} revisi {rev} disimpan{base}; bagian diubah: {sections}</source>
        <translation>SK template {name} revision {rev} saved{base}; sections changed: {sections}</translation>
    </message>
    <message>
        <source>Kurung kurawal tidak seimbang: tulis {{ dan }} berpasangan, mis. {{nama_pemohon}}.</source>
        <translation>Unbalanced braces: write {{ and }} in pairs, e.g. {{nama_pemohon}}.</translation>
    </message>
    <message>
        <source>Tempat penampung {{{field}}} tidak dikenal. Lihat daftar tempat penampung di samping.</source>
        <translation>Unknown placeholder {{{field}}}. See the list of placeholders beside.</translation>
    </message>
    <message>
        <source>Tulis data teknis sebagai {{teknis[Nama isian]}}.</source>
        <translation>Write technical data as {{teknis[Field name]}}.</translation>
    </message>
    <message>
        <source>Bagian ini paling banyak {n} karakter.</source>
        <translation>This section has at most {n} characters.</translation>
    </message>
    <message>
        <source>Bagian {label} wajib diisi.</source>
        <translation>The {label} section is required.</translation>
    </message>
    <message>
        <source>Data teknis “{field}” tidak ada pada jenis izin {code} ({name}) yang memakai templat ini. Tambahkan isiannya di Admin — Jenis Izin, atau hapus dari templat.</source>
        <translation>Technical field “{field}” is not in permit type {code} ({name}), which uses this template. Add the field in Admin — Permit types, or remove it from the template.</translation>
    </message>
    <message>
        <source> (dari {b})</source>
        <translation> (from {b})</translation>
    </message>
    <message>
        <source>Baris rincian ditulis “- Label: {{nilai}}”, mis. “- NIK: {{nik}}”.</source>
        <translation>Write a detail row as “- Label: {{value}}”, e.g. “- NIK: {{nik}}”.</translation>
    </message>
    <message>
        <source>Draf SK</source>
        <translation>Permit draft</translation>
    </message>
    <message>
        <source>Pratinjau naskah — nomor, kode QR dan kolom tanda tangan diberikan setelah disetujui Kepala Bidang</source>
        <translation>Draft preview — the number, QR code and signature field are given once the division head approves</translation>
    </message>
    <message>
        <source>Templat SK tidak menyisakan tempat tanda tangan elektronik.</source>
        <translation>The permit template leaves no room for the electronic signature.</translation>
    </message>
    <message>
        <source>(nomor diberikan setelah disetujui Kepala Bidang)</source>
        <translation>(the number is given once the division head approves)</translation>
    </message>
    <message>
        <source>NIK penanda tangan harus 16 angka.</source>
        <translation>The signer&apos;s NIK must be 16 digits.</translation>
    </message>
    <message>
        <source>Passphrase TTE wajib diketik.</source>
        <translation>The e-signature passphrase must be typed.</translation>
    </message>
    <message>
        <source>Draf SK {n} — PDF final yang akan ditandatangani (belum bertanda tangan)</source>
        <translation>Permit draft {n} — the final PDF to be signed (not signed yet)</translation>
    </message>
    <message>
        <source>SK {no} belum dapat disiapkan: peraturan daerah kantor yang disebut di bagian Mengingat belum diisi administrator ({keys}).</source>
        <translation>Permit {no} cannot be prepared yet: the office&apos;s regional regulations named under Mengingat are not filled in by the administrator ({keys}).</translation>
    </message>
    <message>
        <source>{what} tidak dapat dipakai: berkasnya berubah sejak disimpan (SHA-256 tidak cocok).</source>
        <translation>{what} cannot be used: its file changed since it was saved (the SHA-256 does not match).</translation>
    </message>
    <message>
        <source>Penetapan {what} {n}</source>
        <translation>Issue of {what} {n}</translation>
    </message>
    <message>
        <source>SK bertanda tangan elektronik permohonan {no} tidak dicetak: draf Loket yang ditandatangani tidak ditemukan, jadi tanda tangannya tidak dapat diperiksa.</source>
        <translation>The electronically signed permit of application {no} is not printed: the signed Loket draft was not found, so its signature cannot be checked.</translation>
    </message>
    <message>
        <source>Naskah permohonan {no} belum dibuat.</source>
        <translation>The draft of application {no} has not been made yet.</translation>
    </message>
    <message>
        <source>PDF ini adalah SK permohonan {other}, bukan permohonan {no}.</source>
        <translation>This PDF is the permit of application {other}, not of application {no}.</translation>
    </message>
    <message>
        <source>PDF TTE ditolak: {reason}</source>
        <translation>E-signed PDF refused: {reason}</translation>
    </message>
    <message>
        <source>Penandatanganan TTE gagal: {reason}</source>
        <translation>E-signing failed: {reason}</translation>
    </message>
    <message>
        <source>SK tidak dicetak: {reason}</source>
        <translation>Permit not printed: {reason}</translation>
    </message>
    <message>
        <source>Permohonan {no} belum disetujui Kepala Bidang (status “{s}”); SK belum dapat disiapkan untuk tanda tangan.</source>
        <translation>Application {no} is not approved by the division head yet (status “{s}”); the permit cannot be prepared for signing yet.</translation>
    </message>
    <message>
        <source>Permohonan {no} sudah ditandatangani tanpa draf Loket; tidak ada PDF final untuk diekspor.</source>
        <translation>Application {no} was already signed without a Loket draft; there is no final PDF to export.</translation>
    </message>
    <message>
        <source>Umur belum diisi.</source>
        <translation>The age is not filled in.</translation>
    </message>
    <message>
        <source>Jenis kelamin belum dipilih.</source>
        <translation>No sex chosen yet.</translation>
    </message>
    <message>
        <source>Pendidikan belum dipilih.</source>
        <translation>No education chosen yet.</translation>
    </message>
    <message>
        <source>Pekerjaan utama belum dipilih.</source>
        <translation>No main occupation chosen yet.</translation>
    </message>
    <message>
        <source>Kebijakan kantor: SKM wajib diisi sebelum SK diserahkan; penolakan tidak diizinkan.</source>
        <translation>Office policy: the survey must be filled in before the permit is handed over; declining is not allowed.</translation>
    </message>
    <message>
        <source>Tuliskan alasan pemohon menolak mengisi SKM (paling sedikit 5 huruf).</source>
        <translation>Write why the applicant declines the survey (at least 5 letters).</translation>
    </message>
    <message>
        <source>SKM belum diisi</source>
        <translation>Survey not filled in</translation>
    </message>
    <message>
        <source>SKM sudah diisi</source>
        <translation>Survey already filled in</translation>
    </message>
    <message>
        <source>SK belum dicetak di Loket 4</source>
        <translation>Permit not yet printed at counter 4</translation>
    </message>
    <message>
        <source>Umur harus berupa angka tahun.</source>
        <translation>The age must be a number of years.</translation>
    </message>
    <message>
        <source>SKM untuk permohonan {no} sudah tercatat.</source>
        <translation>The survey for application {no} is already recorded.</translation>
    </message>
    <message>
        <source>Unsur SKM tidak dikenal: {keys}</source>
        <translation>Unknown survey elements: {keys}</translation>
    </message>
    <message>
        <source>Umur harus antara {a} dan {b} tahun.</source>
        <translation>The age must be between {a} and {b} years.</translation>
    </message>
    <message>
        <source>Pertanyaan “{q}” belum dijawab.</source>
        <translation>Question “{q}” is not answered yet.</translation>
    </message>
    <message>
        <source>Saran: {m}</source>
        <translation>Suggestion: {m}</translation>
    </message>
    <message>
        <source>{n} jam</source>
        <translation>{n} hours</translation>
    </message>
    <message>
        <source>{n} menit</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>Nomor {n}; PDF final disiapkan</source>
        <translation>Number {n}; final PDF prepared</translation>
    </message>
    <message>
        <source>Nilai SiCantik kosong.</source>
        <translation>Empty SiCantik value.</translation>
    </message>
    <message>
        <source>Kolom SiCantik “{f}” tidak dapat dipetakan.</source>
        <translation>SiCantik column “{f}” cannot be mapped.</translation>
    </message>
    <message>
        <source>Nilai Loket untuk {f} harus salah satu dari: {choices}.</source>
        <translation>The Loket value for {f} must be one of: {choices}.</translation>
    </message>
    <message>
        <source>Nilai SiCantik {f} “{v}” → {loket}; {n} berkas diperbarui</source>
        <translation>SiCantik value {f} “{v}” → {loket}; {n} files updated</translation>
    </message>
    <message>
        <source>Jawaban token SiCantik tidak berisi token (“data” berupa teks JWT atau {{&quot;token&quot;: …}}).</source>
        <translation>The SiCantik token answer holds no token (“data” as JWT text or {{&quot;token&quot;: …}}).</translation>
    </message>
    <message>
        <source>Jawaban token SiCantik berisi token yang tidak sah.</source>
        <translation>The SiCantik token answer contains an invalid token.</translation>
    </message>
    <message>
        <source>Nomor permohonan “{v}” tidak dikirim ke SiCantik: hanya huruf, angka dan - / . _ (paling banyak 64 karakter).</source>
        <translation>Application number “{v}” is not sent to SiCantik: only letters, digits and - / . _ (at most 64 characters).</translation>
    </message>
    <message>
        <source>Jawaban SiCantik bukan JSON yang sah; tidak ada yang diimpor.</source>
        <translation>The SiCantik answer is not valid JSON; nothing was imported.</translation>
    </message>
    <message>
        <source>Nomor permohonan “{v}” tidak sesuai format nomor kantor (sicantik.number_pattern); tidak dikirim ke SiCantik.</source>
        <translation>Application number “{v}” does not match the office&apos;s number format (sicantik.number_pattern); not sent to SiCantik.</translation>
    </message>
    <message>
        <source>Nama parameter SiCantik “{name}” tidak dapat dipakai (huruf, angka, _; bukan nama yang dipakai SiCantik sendiri); periksa sicantik.param.*.</source>
        <translation>SiCantik parameter name “{name}” cannot be used (letters, digits, _; not a name SiCantik itself uses); check sicantik.param.*.</translation>
    </message>
    <message>
        <source>Nilai parameter {name} “{v}” tidak dikirim ke SiCantik: hanya huruf, angka dan - / . _.</source>
        <translation>The value of parameter {name} “{v}” is not sent to SiCantik: only letters, digits and - / . _.</translation>
    </message>
    <message>
        <source>SiCantik menolak masuk{said}; periksa nama pengguna dan kata sandi (rahasia sicantik.username dan sicantik.password).</source>
        <translation>SiCantik refused the login{said}; check the username and password (secrets sicantik.username and sicantik.password).</translation>
    </message>
    <message>
        <source>Permintaan token SiCantik gagal (HTTP {code}){said}.</source>
        <translation>The SiCantik token request failed (HTTP {code}){said}.</translation>
    </message>
    <message>
        <source>sicantik.number_pattern “{p}” bukan regex yang sah.</source>
        <translation>sicantik.number_pattern “{p}” is not a valid regex.</translation>
    </message>
    <message>
        <source>sicantik.param.date_format “{fmt}” menghasilkan “{v}” untuk {name}, bukan tanggal (angka dengan - / .); tidak dikirim ke SiCantik.</source>
        <translation>sicantik.param.date_format “{fmt}” gives “{v}” for {name}, not a date (digits with - / .); not sent to SiCantik.</translation>
    </message>
    <message>
        <source> (HTTP {code})</source>
        <translation> (HTTP {code})</translation>
    </message>
    <message>
        <source>Jawaban SiCantik terputus ({kind}); tidak ada yang diimpor.</source>
        <translation>The SiCantik answer was cut off ({kind}); nothing was imported.</translation>
    </message>
    <message>
        <source>SiCantik ({host}) tidak selesai mengirim jawaban dalam {s:.0f} detik (batas waktu total per permintaan); tidak ada yang diimpor.</source>
        <translation>SiCantik ({host}) did not finish sending its answer within {s:.0f} seconds (total time limit per request); nothing was imported.</translation>
    </message>
    <message>
        <source>Hanya administrator, atau petugas Loket 2 yang diizinkan (sicantik.counter_mappers), yang dapat memetakan jenis izin SiCantik.</source>
        <translation>Only administrators, or counter 2 officers who are allowed (sicantik.counter_mappers), can map SiCantik permit types.</translation>
    </message>
    <message>
        <source>Permohonan {no} tidak sedang menunggu pemetaan jenis izin.</source>
        <translation>Application {no} is not waiting for a permit type mapping.</translation>
    </message>
    <message>
        <source>dipilih di Loket 2 untuk {no}</source>
        <translation>chosen at counter 2 for {no}</translation>
    </message>
    <message>
        <source>Permohonan {no} tidak dapat diimpor: {reason}</source>
        <translation>Application {no} cannot be imported: {reason}</translation>
    </message>
    <message>
        <source>Jawaban SiCantik lebih besar dari {mb} MB (setelah dibuka; batas sicantik.max_answer_mb); tidak ada yang diimpor.</source>
        <translation>The SiCantik answer is larger than {mb} MB (once decompressed; limit sicantik.max_answer_mb); nothing was imported.</translation>
    </message>
    <message>
        <source>Jawaban SiCantik bersarang lebih dari {n} tingkat; itu bukan jawaban Template Data. Tidak ada yang diimpor.</source>
        <translation>The SiCantik answer is nested more than {n} levels; that is not a Template Data answer. Nothing was imported.</translation>
    </message>
    <message>
        <source>Jawaban SiCantik berisi angka yang tidak wajar ({v}); tidak ada yang diimpor.</source>
        <translation>The SiCantik answer contains an absurd number ({v}); nothing was imported.</translation>
    </message>
    <message>
        <source>SiCantik mengirim jawaban terkompresi “{enc}” yang tidak diminta; tidak ada yang diimpor.</source>
        <translation>SiCantik sent an answer compressed as “{enc}”, which was not asked for; nothing was imported.</translation>
    </message>
    <message>
        <source>Jawaban SiCantik rusak: data {enc} tidak dapat dibuka; tidak ada yang diimpor.</source>
        <translation>The SiCantik answer is broken: the {enc} data cannot be opened; nothing was imported.</translation>
    </message>
    <message>
        <source>jenis izin SiCantik “{name}” (id {sid}) belum dipetakan ke jenis izin Loket; berkas menunggu. Petakan di halaman Admin — SiCantik atau dengan: loket sicantik map KODE_IZIN {how}</source>
        <translation>SiCantik permit type “{name}” (id {sid}) is not mapped to a Loket permit type yet; the file waits. Map it on the Admin — SiCantik page or with: loket sicantik map PERMIT_CODE {how}</translation>
    </message>
    <message>
        <source>Permohonan {no} ada di SiCantik dengan jenis izin “{name}” yang belum dipetakan ke jenis izin Loket; berkas menunggu pemetaan. Berkas tetap dapat didaftarkan sebagai walk-in.</source>
        <translation>Application {no} is in SiCantik with permit type “{name}”, which is not mapped to a Loket permit type yet; the file waits for the mapping. It can still be registered as a walk-in.</translation>
    </message>
    <message>
        <source>Status proses</source>
        <translation>Process status</translation>
    </message>
    <message>
        <source>Perorangan</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Proses</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Drop (dibatalkan)</source>
        <translation>Drop (cancelled)</translation>
    </message>
    <message>
        <source>SiCantik menghentikan (Drop) proses ini, di Loket berkas masih berjalan.</source>
        <translation>SiCantik stopped (Drop) this process; in Loket the file is still in progress.</translation>
    </message>
    <message>
        <source>memenuhi syarat</source>
        <translation>meets the requirements</translation>
    </message>
    <message>
        <source>tidak memenuhi syarat</source>
        <translation>does not meet the requirements</translation>
    </message>
    <message>
        <source>setuju</source>
        <translation>agree</translation>
    </message>
    <message>
        <source>tolak</source>
        <translation>refuse</translation>
    </message>
    <message>
        <source>SiCantik mencatat “{p}” selesai, di Loket berkas belum ditandatangani.</source>
        <translation>SiCantik records “{p}” as done; in Loket the file is not signed yet.</translation>
    </message>
    <message>
        <source>SiCantik: “{p}” ({s}); Loket: “{l}”.</source>
        <translation>SiCantik: “{p}” ({s}); Loket: “{l}”.</translation>
    </message>
    <message>
        <source>Dikembalikan: {reason}</source>
        <translation>Returned: {reason}</translation>
    </message>
    <message>
        <source>Hasil verifikasi: {r}</source>
        <translation>Verification result: {r}</translation>
    </message>
    <message>
        <source>{kind}: {when}</source>
        <translation>{kind}: {when}</translation>
    </message>
    <message>
        <source>Naskah: {o}</source>
        <translation>Draft: {o}</translation>
    </message>
    <message>
        <source>Tanda tangan basah oleh {s}; nomor {n}</source>
        <translation>Wet signature by {s}; number {n}</translation>
    </message>
    <message>
        <source>{n} hk</source>
        <translation>{n} wd</translation>
    </message>
    <message>
        <source>{n} j</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{n} mnt</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>TTE; nomor {n}</source>
        <translation>E-signature; number {n}</translation>
    </message>
    <message>
        <source>Sedang berjalan — menunggu {role}</source>
        <translation>In progress — waiting on {role}</translation>
    </message>
    <message>
        <source>izin</source>
        <translation>permit</translation>
    </message>
    <message>
        <source>penolakan</source>
        <translation>rejection</translation>
    </message>
    <message>
        <source>Jawaban SiCantik tidak berisi “data” berupa daftar atau kelompok baris.</source>
        <translation>The SiCantik answer has no “data” as a list or a group of rows.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>SiCantik belum dikonfigurasi: isi sicantik.base_url (loket config set sicantik.base_url URL).</source>
        <translation>SiCantik is not configured: set sicantik.base_url (loket config set sicantik.base_url URL).</translation>
    </message>
    <message>
        <source>Isi sicantik.template.by_range atau sicantik.template.by_number.</source>
        <translation>Set sicantik.template.by_range or sicantik.template.by_number.</translation>
    </message>
    <message>
        <source>terhubung (mode {mode}); {n} baris hari ini</source>
        <translation>connected (mode {mode}); {n} rows today</translation>
    </message>
    <message>
        <source>pilih mode token atau splp dan isi rahasianya</source>
        <translation>choose the token or splp mode and set its secrets</translation>
    </message>
    <message>
        <source>periksa rahasia SiCantik (nama pengguna, kata sandi, API key)</source>
        <translation>check the SiCantik secrets (username, password, API key)</translation>
    </message>
    <message>
        <source>SiCantik tidak mengenal alamat ini (HTTP 404): periksa sicantik.base_url dan ID template/UUID.</source>
        <translation>SiCantik does not know this address (HTTP 404): check sicantik.base_url and the template ID/UUID.</translation>
    </message>
    <message>
        <source>Jawaban SiCantik tidak berisi daftar permohonan (tipe {t}).</source>
        <translation>The SiCantik answer holds no list of applications (type {t}).</translation>
    </message>
    <message>
        <source>SiCantik menolak permintaan: {msg}</source>
        <translation>SiCantik refused the request: {msg}</translation>
    </message>
    <message>
        <source>Jawaban SiCantik tidak berisi kelompok baris di bawah “data” (kunci: {keys}).</source>
        <translation>The SiCantik answer has no group of rows under “data” (keys: {keys}).</translation>
    </message>
    <message>
        <source>Jawaban SiCantik bukan teks UTF-8.</source>
        <translation>The SiCantik answer is not UTF-8 text.</translation>
    </message>
    <message>
        <source>Jawaban SiCantik berisi lebih dari satu kelompok baris ({keys}); template harus memilih satu.</source>
        <translation>The SiCantik answer has more than one group of rows ({keys}); the template must choose one.</translation>
    </message>
    <message>
        <source>sicantik.mode “{mode}” tidak dikenal: template, token atau splp.</source>
        <translation>unknown sicantik.mode “{mode}”: template, token or splp.</translation>
    </message>
    <message>
        <source>sicantik.base_url “{url}” bukan alamat http(s) yang sah.</source>
        <translation>sicantik.base_url “{url}” is not a valid http(s) address.</translation>
    </message>
    <message>
        <source>sicantik.template.{which} belum diisi (ID template SiCantik atau UUID interop SPLP).</source>
        <translation>sicantik.template.{which} is not set (SiCantik template ID or SPLP interop UUID).</translation>
    </message>
    <message>
        <source>Rahasia {name} belum diisi (loket secret set {name}).</source>
        <translation>Secret {name} is not set (loket secret set {name}).</translation>
    </message>
    <message>
        <source>SiCantik menolak akses (HTTP {code}): {hint}.</source>
        <translation>SiCantik refused access (HTTP {code}): {hint}.</translation>
    </message>
    <message>
        <source>SiCantik menjawab HTTP {code}.</source>
        <translation>SiCantik answered HTTP {code}.</translation>
    </message>
    <message>
        <source>Isi terdekripsi jawaban SPLP bukan JSON yang utuh.</source>
        <translation>The decrypted SPLP answer is not complete JSON.</translation>
    </message>
    <message>
        <source>SiCantik mengirim halaman HTML, bukan JSON ({what}, HTTP {code}{title}). Biasanya halaman galat server atau login; tidak ada yang diimpor.</source>
        <translation>SiCantik sent an HTML page, not JSON ({what}, HTTP {code}{title}). Usually a server error or login page; nothing was imported.</translation>
    </message>
    <message>
        <source>SiCantik menolak karena terlalu banyak permintaan (HTTP 429); coba lagi nanti.</source>
        <translation>SiCantik refused: too many requests (HTTP 429); try again later.</translation>
    </message>
    <message>
        <source>Berkas CA sicantik.ca_bundle tidak ditemukan: {path}</source>
        <translation>CA file sicantik.ca_bundle not found: {path}</translation>
    </message>
    <message>
        <source>SiCantik mengirim halaman {n} sama dengan halaman sebelumnya: template tidak mendukung parameter page/limit.</source>
        <translation>SiCantik sent page {n} identical to the previous one: the template does not support the page/limit parameters.</translation>
    </message>
    <message>
        <source>SiCantik mengirim lebih dari {n} halaman; penarikan dihentikan.</source>
        <translation>SiCantik sent more than {n} pages; the pull was stopped.</translation>
    </message>
    <message>
        <source>Jawaban gateway SPLP tidak berisi data terenkripsi ({{&quot;data&quot;: &quot;&lt;hex&gt;&quot;}}){said}.</source>
        <translation>The SPLP gateway&apos;s answer holds no encrypted data ({{&quot;data&quot;: &quot;&lt;hex&gt;&quot;}}){said}.</translation>
    </message>
    <message>
        <source>Jawaban SiCantik bukan JSON yang utuh (rusak atau terpotong pada bajt {pos} dari {size}); tidak ada yang diimpor.</source>
        <translation>The SiCantik answer is not complete JSON (broken or cut at byte {pos} of {size}); nothing was imported.</translation>
    </message>
    <message>
        <source>tanpa keterangan</source>
        <translation>no remarks</translation>
    </message>
    <message>
        <source>SiCantik tidak menjawab dalam batas waktu ({s:.0f} detik).</source>
        <translation>SiCantik did not answer within the time limit ({s:.0f} seconds).</translation>
    </message>
    <message>
        <source>Sertifikat TLS SiCantik ({host}) tidak dapat diverifikasi; bila kantor memakai CA sendiri, isi sicantik.ca_bundle.</source>
        <translation>The SiCantik TLS certificate ({host}) cannot be verified; if the office uses its own CA, set sicantik.ca_bundle.</translation>
    </message>
    <message>
        <source>SiCantik ({host}) tidak menjawab dalam {s:.0f} detik.</source>
        <translation>SiCantik ({host}) did not answer within {s:.0f} seconds.</translation>
    </message>
    <message>
        <source>SiCantik ({host}) tidak dapat dihubungi: periksa jaringan atau sicantik.base_url.</source>
        <translation>SiCantik ({host}) cannot be reached: check the network or sicantik.base_url.</translation>
    </message>
    <message>
        <source>Permintaan ke SiCantik gagal: {kind}.</source>
        <translation>The request to SiCantik failed: {kind}.</translation>
    </message>
    <message>
        <source>SiCantik mengalihkan permintaan (HTTP {code}); periksa sicantik.base_url (https, alamat lengkap).</source>
        <translation>SiCantik redirected the request (HTTP {code}); check sicantik.base_url (https, full address).</translation>
    </message>
    <message>
        <source>SiCantik sedang bermasalah (HTTP {code}); coba lagi nanti.</source>
        <translation>SiCantik is having trouble (HTTP {code}); try again later.</translation>
    </message>
    <message>
        <source>SiCantik meminta menunggu {s:.0f} detik sebelum mencoba lagi.</source>
        <translation>SiCantik asks to wait {s:.0f} seconds before trying again.</translation>
    </message>
    <message>
        <source>Kunci salt SiCantik (rahasia sicantik.saltkey) belum diisi: jawaban gateway SPLP tidak dapat dibuka.</source>
        <translation>The SiCantik salt key (secret sicantik.saltkey) is not set: the SPLP gateway&apos;s answer cannot be opened.</translation>
    </message>
    <message>
        <source>Jawaban gateway SPLP bukan data heksadesimal yang sah.</source>
        <translation>The SPLP gateway&apos;s answer is not valid hexadecimal data.</translation>
    </message>
    <message>
        <source>Jawaban gateway SPLP tidak dapat dibuka: kunci salt (sicantik.saltkey) salah, atau data rusak di jalan.</source>
        <translation>The SPLP gateway&apos;s answer cannot be opened: the salt key (sicantik.saltkey) is wrong, or the data was damaged on the way.</translation>
    </message>
    <message>
        <source>Jawaban gateway SPLP terlalu pendek untuk data terenkripsi ({n} bajt).</source>
        <translation>The SPLP gateway&apos;s answer is too short for encrypted data ({n} bytes).</translation>
    </message>
    <message>
        <source>jenis izin tidak ada pada baris SiCantik (kolom jenis_izin / jenis_izin_id).</source>
        <translation>no permit type in the SiCantik row (column jenis_izin / jenis_izin_id).</translation>
    </message>
    <message>
        <source>Nomor permohonan kosong.</source>
        <translation>The application number is empty.</translation>
    </message>
    <message>
        <source>Sebutkan jenis_izin_id SiCantik (--id) atau namanya (--name).</source>
        <translation>Give the SiCantik jenis_izin_id (--id) or its name (--name).</translation>
    </message>
    <message>
        <source>nama pemohon kosong atau tidak ada (kolom nama).</source>
        <translation>applicant&apos;s name empty or missing (column nama).</translation>
    </message>
    <message>
        <source>Tanggal akhir ({to}) sebelum tanggal awal ({frm}).</source>
        <translation>The end date ({to}) is before the start date ({frm}).</translation>
    </message>
    <message>
        <source>Halaman {n}: {msg}</source>
        <translation>Page {n}: {msg}</translation>
    </message>
    <message>
        <source>Berkas tetap dapat didaftarkan sebagai walk-in.</source>
        <translation>The file can still be registered as a walk-in.</translation>
    </message>
    <message>
        <source>Permohonan {no} ada di SiCantik tetapi tidak dapat diimpor: {reason} Berkas tetap dapat didaftarkan sebagai walk-in.</source>
        <oldsource>Permohonan {no} ada di SiCantik tetapi tidak dapat diimpor: {reason}</oldsource>
        <translation>Application {no} is in SiCantik but cannot be imported: {reason} The file can still be registered as a walk-in.</translation>
    </message>
    <message>
        <source>Jenis izin Loket dengan kode {code} tidak ada.</source>
        <translation>There is no Loket permit type with code {code}.</translation>
    </message>
    <message>
        <source>Permohonan {no} diimpor dari SiCantik</source>
        <translation>Application {no} imported from SiCantik</translation>
    </message>
    <message>
        <source>Data SiCantik {no} berubah: {fields}; status SiCantik {status}</source>
        <translation>SiCantik data of {no} changed: {fields}; SiCantik status {status}</translation>
    </message>
    <message>
        <source>(baris tanpa nomor #{n})</source>
        <translation>(row without number #{n})</translation>
    </message>
    <message>
        <source>nomor permohonan lebih dari 64 karakter.</source>
        <translation>application number longer than 64 characters.</translation>
    </message>
    <message>
        <source>baris bukan objek JSON: {v}</source>
        <translation>row is not a JSON object: {v}</translation>
    </message>
    <message>
        <source>kolom nomor permohonan ({name}) kosong atau tidak ada.</source>
        <translation>the application number column ({name}) is empty or missing.</translation>
    </message>
    <message>
        <source>sicantik.fields: “{part}” harus berbentuk kolom_loket=kolom_sicantik.</source>
        <translation>sicantik.fields: “{part}” must read loket_column=sicantik_column.</translation>
    </message>
    <message>
        <source>sicantik.fields: kolom Loket “{name}” tidak dikenal. Pilihan: {names}.</source>
        <translation>sicantik.fields: unknown Loket column “{name}”. Choices: {names}.</translation>
    </message>
    <message>
        <source>{name} “{v}” bukan tanggal yang dikenali (YYYY-MM-DD, YYYY-MM-DD HH:MM:SS, DD-MM-YYYY).</source>
        <translation>{name} “{v}” is not a recognised date (YYYY-MM-DD, YYYY-MM-DD HH:MM:SS, DD-MM-YYYY).</translation>
    </message>
    <message>
        <source>tgl_lahir “{v}” diabaikan: bukan tanggal.</source>
        <translation>tgl_lahir “{v}” ignored: not a date.</translation>
    </message>
    <message>
        <source>SK sudah diserahkan di Loket, tetapi SiCantik masih mencatat “{process}” ({status}).</source>
        <translation>The permit was handed over at Loket, but SiCantik still records “{process}” ({status}).</translation>
    </message>
    <message>
        <source>Basis data pusat belum diatur. Jalankan: loket config set central.url postgresql+psycopg://loket@server/loket</source>
        <translation>No central database configured. Run: loket config set central.url postgresql+psycopg://loket@server/loket</translation>
    </message>
    <message>
        <source>Basis data pusat {url} tidak dapat dihubungi: {detail}</source>
        <translation>The central database {url} cannot be reached: {detail}</translation>
    </message>
    <message>
        <source>Basis data pusat harus PostgreSQL atau MariaDB/MySQL, bukan {b}.</source>
        <translation>The central database must be PostgreSQL or MariaDB/MySQL, not {b}.</translation>
    </message>
    <message>
        <source>URL basis data pusat tidak sah: {url}</source>
        <translation>Invalid central database URL: {url}</translation>
    </message>
    <message>
        <source>Driver basis data untuk {url} tidak tersedia.</source>
        <translation>No database driver available for {url}.</translation>
    </message>
    <message>
        <source>Skema basis data pusat {url} belum mutakhir. Jalankan: loket central upgrade</source>
        <translation>The schema of the central database {url} is out of date. Run: loket central upgrade</translation>
    </message>
    <message>
        <source>Basis data pusat {url} dipakai oleh versi Loket yang lebih baru. Perbarui Loket di workstation ini.</source>
        <translation>The central database {url} is used by a newer version of Loket. Update Loket on this workstation.</translation>
    </message>
    <message>
        <source>Basis data pusat {url} dibuat oleh versi Loket yang lebih baru.</source>
        <translation>The central database {url} was created by a newer version of Loket.</translation>
    </message>
    <message>
        <source>Baris dari pusat ditolak basis data lokal: {d}</source>
        <translation>A row from the central database was refused by the local database: {d}</translation>
    </message>
    <message>
        <source>(disembunyikan)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>Ditolak basis data pusat: {detail}</source>
        <translation>Refused by the central database: {detail}</translation>
    </message>
    <message>
        <source>Nilai dari {ws} diganti oleh perubahan yang lebih baru.</source>
        <translation>The value from {ws} was replaced by a newer change.</translation>
    </message>
    <message>
        <source>Perubahan dari {ws} kalah oleh perubahan yang lebih baru.</source>
        <translation>The change from {ws} lost to a newer change.</translation>
    </message>
    <message>
        <source>Sinkronisasi lain sedang berjalan untuk folder data ini.</source>
        <translation>Another sync is running for this data folder.</translation>
    </message>
    <message>
        <source>Permohonan {no} tidak ada di workstation ini, dan basis data pusat tidak dapat dipakai sekarang: {err}</source>
        <translation>Application {no} is not on this workstation, and the central database cannot be used now: {err}</translation>
    </message>
    <message>
        <source>Nama workstation “{ws}” sudah dipakai komputer lain di basis data pusat. Beri nama lain (loket config set workstation.name …), atau bila komputer ini menggantikannya: loket sync --take-over</source>
        <translation>The workstation name “{ws}” is already used by another computer in the central database. Choose another name (loket config set workstation.name …), or if this computer replaces it: loket sync --take-over</translation>
    </message>
    <message>
        <source>Sinkronisasi gagal di basis data lokal: {detail}</source>
        <translation>Sync failed in the local database: {detail}</translation>
    </message>
    <message>
        <source>NIK wajib diisi.</source>
        <translation>The NIK is required.</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka.</source>
        <translation>The NIK may contain digits only.</translation>
    </message>
    <message>
        <source>NIK tidak sah: tanggal lahir di dalamnya tidak mungkin.</source>
        <translation>Invalid NIK: the birth date in it is impossible.</translation>
    </message>
    <message>
        <source>NPWP hanya boleh berisi angka, titik dan tanda hubung.</source>
        <translation>The NPWP may contain only digits, dots and hyphens.</translation>
    </message>
    <message>
        <source>NIB harus 13 digit angka.</source>
        <translation>The NIB must be 13 digits.</translation>
    </message>
    <message>
        <source>Nomor telepon tidak sah: gunakan 08…, 021… atau +62…, 8–15 digit.</source>
        <translation>Invalid phone number: use 08…, 021… or +62…, 8–15 digits.</translation>
    </message>
    <message>
        <source>Bukan nomor HP (08… atau +628…): WhatsApp/SMS tidak sampai ke telepon rumah.</source>
        <translation>Not a mobile number (08… or +628…): WhatsApp/SMS cannot reach a landline.</translation>
    </message>
    <message>
        <source>Alamat surel tidak sah (contoh: nama@contoh.go.id).</source>
        <translation>Invalid e-mail address (example: name@example.go.id).</translation>
    </message>
    <message>
        <source>Kode pos harus 5 digit angka.</source>
        <translation>The postal code must be 5 digits.</translation>
    </message>
    <message>
        <source>NIK tidak sah: kode wilayah atau tanggal lahir di dalamnya tidak mungkin.</source>
        <translation>Invalid NIK: the region code or the birth date in it is impossible.</translation>
    </message>
    <message>
        <source>NIK tidak sah.</source>
        <translation>Invalid NIK.</translation>
    </message>
    <message>
        <source>NPWP tidak sah: digit pemeriksa salah.</source>
        <translation>Invalid NPWP: wrong check digit.</translation>
    </message>
    <message>
        <source>NPWP tidak sah.</source>
        <translation>Invalid NPWP.</translation>
    </message>
    <message>
        <source>NIK harus 16 digit (terisi {n}).</source>
        <translation>The NIK must have 16 digits ({n} typed).</translation>
    </message>
    <message>
        <source>NIK tidak sah: kode wilayah {code} tidak dikenal.</source>
        <translation>Invalid NIK: unknown region code {code}.</translation>
    </message>
    <message>
        <source>Jenis kelamin pada formulir ({form}) tidak sesuai dengan NIK ({nik}).</source>
        <translation>The sex on the form ({form}) does not match the NIK ({nik}).</translation>
    </message>
    <message>
        <source>Tanggal lahir pada formulir ({form}) tidak sesuai dengan NIK ({nik}).</source>
        <translation>The date of birth on the form ({form}) does not match the NIK ({nik}).</translation>
    </message>
    <message>
        <source>NPWP harus 15 atau 16 digit (terisi {n}).</source>
        <translation>The NPWP must have 15 or 16 digits ({n} typed).</translation>
    </message>
    <message>
        <source>Loket 2 — Pendaftaran</source>
        <translation>Counter 2 — Intake</translation>
    </message>
    <message>
        <source>Back Office — Analis</source>
        <translation>Back office — Analyst</translation>
    </message>
    <message>
        <source>Kepala Seksi</source>
        <translation>Section head</translation>
    </message>
    <message>
        <source>Kepala Bidang</source>
        <translation>Division head</translation>
    </message>
    <message>
        <source>Kepala Dinas</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>Dokumen ini akan ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN</source>
        <translation>This document will be signed electronically with an electronic certificate issued by the Electronic Certification Agency (BSrE), BSSN</translation>
    </message>
    <message>
        <source>SiCantik mencatat “{p}” selesai, tetapi penyerahan SK belum tercatat di Loket (status Loket: {state}).</source>
        <translation>SiCantik records “{p}” as done, but the permit handover is not recorded in Loket (Loket status: {state}).</translation>
    </message>
    <message>
        <source>Permohonan</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Penyerahan SK</source>
        <translation>Permit handover</translation>
    </message>
    <message>
        <source>Pemeriksaan berkas</source>
        <translation>File check</translation>
    </message>
    <message>
        <source>Dokumen terbit</source>
        <translation>Issued documents</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Pengaturan kantor</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>Hari libur kantor</source>
        <translation>Office holidays</translation>
    </message>
    <message>
        <source>SKM</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Catatan cetak</source>
        <translation>Print record</translation>
    </message>
    <message>
        <source>Tindak lanjut pengaduan</source>
        <translation>Complaint follow-up</translation>
    </message>
    <message>
        <source>Pencabutan kunci QR</source>
        <translation>QR key revocation</translation>
    </message>
    <message>
        <source>Log konflik sinkronisasi</source>
        <translation>Sync conflict log</translation>
    </message>
    <message>
        <source>Nilai tertimpa</source>
        <translation>Overwritten values</translation>
    </message>
    <message>
        <source>Ditolak lokal</source>
        <translation>Refused locally</translation>
    </message>
    <message>
        <source>Status berkas</source>
        <translation>File status</translation>
    </message>
    <message>
        <source>Status sejak</source>
        <translation>Status since</translation>
    </message>
    <message>
        <source>Pemegang berkas</source>
        <translation>File holder</translation>
    </message>
    <message>
        <source>Peran pemegang berkas</source>
        <translation>File holder&apos;s role</translation>
    </message>
    <message>
        <source>NIK pemohon</source>
        <translation>Applicant&apos;s NIK</translation>
    </message>
    <message>
        <source>Data teknis</source>
        <translation>Technical data</translation>
    </message>
    <message>
        <source>Waktu diterima</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Waktu diajukan</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Asli diperlihatkan</source>
        <translation>Original shown</translation>
    </message>
    <message>
        <source>Jumlah lembar</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Jawaban SKM</source>
        <translation>Survey answers</translation>
    </message>
    <message>
        <source>Saran</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Waktu penyerahan</source>
        <translation>Handed over at</translation>
    </message>
    <message>
        <source>Nama petugas</source>
        <translation>Officer&apos;s name</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status sebelum</source>
        <translation>Status before</translation>
    </message>
    <message>
        <source>Status sesudah</source>
        <translation>Status after</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP (civil servant number)</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Dokumen SK</source>
        <translation>Permit document</translation>
    </message>
    <message>
        <source>Dokumen tanda terima</source>
        <translation>Receipt document</translation>
    </message>
    <message>
        <source>Bidang</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Lama layanan (hari)</source>
        <translation>Service time (days)</translation>
    </message>
    <message>
        <source>Lama kajian (hari)</source>
        <translation>Review time (days)</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>No. pengaduan</source>
        <translation>Complaint no.</translation>
    </message>
    <message>
        <source>Waktu terbit</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>perubahan yang ditolak pusat dibuang dari antrean ({n} baris)</source>
        <translation>changes refused by the central database dropped from the queue ({n} rows)</translation>
    </message>
    <message>
        <source>Tidak ada perubahan ditolak untuk {table} {id} di antrean.</source>
        <translation>No refused change for {table} {id} in the queue.</translation>
    </message>
    <message>
        <source>Menunggu {what} {id} yang belum diterima basis data pusat; dikirim bersama begitu data itu diterima.</source>
        <translation>Waiting on {what} {id}, not yet accepted by the central database; sent together once it is accepted.</translation>
    </message>
    <message>
        <source>{what} ini sudah terkirim ke basis data pusat dan tidak dapat diubah (hanya boleh ditambah); perubahan di workstation ini ({fields}) tidak dikirim. Yang berlaku data di pusat: catat koreksinya sebagai data baru, lalu buang perubahan ini dari antrean.</source>
        <translation>This {what} record is already in the central database and cannot be changed (it can only be added to); the change made on this workstation ({fields}) was not sent. The central copy stands: record the correction as a new entry, then discard this change from the queue.</translation>
    </message>
    <message>
        <source>selisih jam {m} menit: jam komputer ini lebih cepat dari server pusat; betulkan jam komputer</source>
        <translation>clock offset of {m} minutes: this computer&apos;s clock is ahead of the central server; fix the computer&apos;s clock</translation>
    </message>
    <message>
        <source>selisih jam {m} menit: jam komputer ini terlambat dari server pusat; betulkan jam komputer</source>
        <translation>clock offset of {m} minutes: this computer&apos;s clock is behind the central server; fix the computer&apos;s clock</translation>
    </message>
    <message>
        <source>central.sslmode tidak dikenal: {m}</source>
        <translation>unknown central.sslmode: {m}</translation>
    </message>
    <message>
        <source>Berkas CA {f} (central.ca_file) tidak ada.</source>
        <translation>CA file {f} (central.ca_file) does not exist.</translation>
    </message>
    <message>
        <source>hak, status atau kata sandi diubah tanpa tanda tangan administrator</source>
        <translation>rights, status or password changed without an administrator&apos;s signature</translation>
    </message>
    <message>
        <source>tanda tangan tidak cocok dengan isi data</source>
        <translation>the signature does not match the data</translation>
    </message>
    <message>
        <source>tanda tangan administrator tidak sah</source>
        <translation>invalid administrator signature</translation>
    </message>
    <message>
        <source>Perubahan {who} dari pusat tidak diberlakukan: {reason}. Nilai di workstation ini dipertahankan; periksa siapa yang mengubahnya.</source>
        <translation>The change to {who} from the central database was not applied: {reason}. The value on this workstation is kept; check who changed it.</translation>
    </message>
    <message>
        <source>hak, status atau kata sandi diubah tanpa tanda tangan baru dari administrator</source>
        <translation>rights, status or password changed without a new signature from an administrator</translation>
    </message>
    <message>
        <source>data kantor diubah tanpa tanda tangan baru dari administrator</source>
        <translation>office data changed without a new signature from an administrator</translation>
    </message>
    <message>
        <source>data kantor diubah tanpa tanda tangan administrator</source>
        <translation>office data changed without an administrator&apos;s signature</translation>
    </message>
    <message>
        <source>akun yang menandatangani haknya sendiri (bukan administrator pertama kantor)</source>
        <translation>an account signing its own rights (not the office&apos;s first administrator)</translation>
    </message>
    <message>
        <source>ditandatangani oleh akun yang di workstation ini bukan administrator aktif</source>
        <translation>signed by an account that is not an active administrator on this workstation</translation>
    </message>
    <message>
        <source>rantai tanda tangan tidak urut</source>
        <translation>the signature chain is out of order</translation>
    </message>
    <message>
        <source>peran atau status hanya dapat diubah administrator</source>
        <translation>roles or status can only be changed by an administrator</translation>
    </message>
    <message>
        <source>perubahan kata sandi sendiri tidak dapat mewajibkan penggantian</source>
        <translation>changing your own password cannot force a change</translation>
    </message>
    <message>
        <source>penggantian kata sandi tidak ditandatangani dengan kunci kata sandi lama</source>
        <translation>the password change is not signed with the old password&apos;s key</translation>
    </message>
    <message>
        <source>Berkas ini bukan PDF.</source>
        <translation>This file is not a PDF.</translation>
    </message>
    <message>
        <source>PDF terpotong atau rusak: akhir berkasnya tidak ada.</source>
        <translation>The PDF is cut off or broken: the end of the file is missing.</translation>
    </message>
    <message>
        <source>PDF ini belum bertanda tangan elektronik (tidak ada tanda tangan digital di dalamnya).</source>
        <translation>This PDF is not electronically signed (there is no digital signature in it).</translation>
    </message>
    <message>
        <source>Tanda tangan di PDF ini bukan tanda tangan dokumen (/Sig).</source>
        <translation>The signature in this PDF is not a document signature (/Sig).</translation>
    </message>
    <message>
        <source>Tanda tangan tidak memuat waktu penandatanganan.</source>
        <translation>The signature holds no signing time.</translation>
    </message>
    <message>
        <source>Belum ada akar tepercaya TTE (tte.trust_roots); administrator perlu memasang sertifikat Root CA BSrE.</source>
        <translation>No trusted e-signature roots yet (tte.trust_roots); the administrator needs to install BSrE&apos;s Root CA certificate.</translation>
    </message>
    <message>
        <source>Isi PDF telah diubah setelah ditandatangani (tanda tangan tidak cocok dengan isinya).</source>
        <translation>The PDF&apos;s content was changed after signing (the signature does not match its content).</translation>
    </message>
    <message>
        <source>Tanda tangan elektronik di PDF ini tidak sah (kriptografinya gagal diperiksa).</source>
        <translation>The electronic signature in this PDF is not valid (its cryptography fails the check).</translation>
    </message>
    <message>
        <source>PDF diubah setelah ditandatangani: tanda tangan tidak mencakup seluruh berkas.</source>
        <translation>The PDF was changed after signing: the signature does not cover the whole file.</translation>
    </message>
    <message>
        <source>PDF ini bukan draf yang disiapkan Loket untuk permohonan ini (isinya berbeda dari draf, SHA-256 tidak cocok).</source>
        <translation>This PDF is not the draft Loket prepared for this application (its content differs from the draft, the SHA-256 does not match).</translation>
    </message>
    <message>
        <source>PDF ini memuat perubahan lain di antara draf dan tanda tangan.</source>
        <translation>This PDF contains other changes between the draft and the signature.</translation>
    </message>
    <message>
        <source>Penandatanganan mengubah isi draf, bukan hanya menambah tanda tangan.</source>
        <translation>Signing changed the draft&apos;s content, not only added a signature.</translation>
    </message>
    <message>
        <source>PDF terenkripsi (dikunci kata sandi); lampirkan PDF hasil TTE apa adanya, tanpa enkripsi.</source>
        <translation>The PDF is encrypted (password-locked); attach the e-signed PDF as it is, without encryption.</translation>
    </message>
    <message>
        <source>Layanan TTE belum diatur (tte.url kosong); gunakan TTE lewat berkas.</source>
        <translation>The e-signature service is not configured (tte.url is empty); sign through a file instead.</translation>
    </message>
    <message>
        <source>Layanan TTE tidak mengembalikan berkas bertanda tangan.</source>
        <translation>The e-signature service returned no signed file.</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan tidak berlaku pada waktu penandatanganan ({t}); masa berlakunya {a} s.d. {b}.</source>
        <translation>The signer&apos;s certificate was not valid at signing time ({t}); it is valid from {a} to {b}.</translation>
    </message>
    <message>
        <source>Sertifikat penanda tangan tidak berasal dari CA tepercaya kantor (tte.trust_roots): diterbitkan oleh “{issuer}”.</source>
        <translation>The signer&apos;s certificate does not come from a CA the office trusts (tte.trust_roots): issued by “{issuer}”.</translation>
    </message>
    <message>
        <source>Waktu penandatanganan ({t}) di luar rentang sejak draf disiapkan sampai sekarang.</source>
        <translation>The signing time ({t}) is outside the range from when the draft was prepared until now.</translation>
    </message>
    <message>
        <source>Nama pada sertifikat (“{a}”) berbeda dengan Kepala Dinas yang tercatat (“{b}”).</source>
        <translation>The name on the certificate (“{a}”) differs from the recorded head of office (“{b}”).</translation>
    </message>
    <message>
        <source>NIK pada sertifikat ({a}) berbeda dengan NIK Kepala Dinas yang tercatat ({b}).</source>
        <translation>The NIK on the certificate ({a}) differs from the recorded NIK of the head of office ({b}).</translation>
    </message>
    <message>
        <source>Berkas dari layanan TTE tidak terbaca (bukan base64).</source>
        <translation>The file from the e-signature service cannot be read (not base64).</translation>
    </message>
    <message>
        <source>Tanda tangan elektronik di PDF ini tidak dapat diperiksa ({err}).</source>
        <translation>The electronic signature in this PDF cannot be checked ({err}).</translation>
    </message>
    <message>
        <source>Layanan TTE menolak permintaan (HTTP {code}){msg}.</source>
        <translation>The e-signature service refused the request (HTTP {code}){msg}.</translation>
    </message>
    <message>
        <source>Ditandatangani secara elektronik oleh
%(signer)s
{when}</source>
        <translation>Electronically signed by
%(signer)s
{when}</translation>
    </message>
    <message>
        <source>Berkas akar tepercaya TTE tidak dapat dibaca: {p} ({err}).</source>
        <translation>The trusted e-signature root file cannot be read: {p} ({err}).</translation>
    </message>
    <message>
        <source>Berkas akar tepercaya TTE bukan sertifikat PEM: {p}.</source>
        <translation>The trusted e-signature root file is not a PEM certificate: {p}.</translation>
    </message>
    <message>
        <source>Layanan TTE tidak dapat dihubungi ({err}).</source>
        <translation>The e-signature service cannot be reached ({err}).</translation>
    </message>
    <message>
        <source>Isian hanya berisi karakter yang tidak terlihat; ketik isian yang sebenarnya.</source>
        <translation>The field holds only invisible characters; type the real value.</translation>
    </message>
    <message>
        <source>NIK tidak sah: nomor urut (4 digit terakhir) 0000 tidak dipakai Dukcapil; nomor urut dimulai dari 0001.</source>
        <translation>Invalid NIK: serial number (last 4 digits) 0000 is not used by Dukcapil; serials start at 0001.</translation>
    </message>
    <message>
        <source>Isian memuat karakter yang rusak; ketik ulang isian ini.</source>
        <translation>The field contains broken characters; type this field again.</translation>
    </message>
    <message>
        <source>Nomor HP tidak sah untuk WhatsApp/SMS: gunakan 08…, 628… atau +628…, 10–15 digit.</source>
        <translation>Invalid mobile number for WhatsApp/SMS: use 08…, 628… or +628…, 10–15 digits.</translation>
    </message>
    <message>
        <source>Isian memuat karakter pembalik arah teks (U+{code:04X}); ketik ulang tanpa menyalin dari dokumen lain.</source>
        <translation>The field contains a text direction override (U+{code:04X}); type it again without copying from another document.</translation>
    </message>
    <message>
        <source>Isian memuat karakter kendali (U+{code:04X}) yang tidak boleh ada; ketik ulang isian ini.</source>
        <translation>The field contains a control character (U+{code:04X}) that is not allowed; type this field again.</translation>
    </message>
    <message>
        <source>Belum ada kunci publik kantor: halaman tidak ditulis. Terbitkan dokumen pertama di workstation ini atau impor kunci (`loket keys import`) lebih dulu.</source>
        <translation>No office public keys yet: the page was not written. Issue the first document on this workstation or import keys (`loket keys import`) first.</translation>
    </message>
    <message>
        <source>Loket 4 — Pengambilan &amp; Legalisasi</source>
        <translation>Counter 4 — Issuance &amp; legalisation</translation>
    </message>
    <message>
        <source>Loket 5 — Pengaduan &amp; Penyerahan</source>
        <translation>Counter 5 — Complaints &amp; handover</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Sistem</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Draf walk-in</source>
        <translation>Walk-in draft</translation>
    </message>
    <message>
        <source>Diajukan daring</source>
        <translation>Submitted online</translation>
    </message>
    <message>
        <source>Dikembalikan ke pemohon</source>
        <translation>Returned to the applicant</translation>
    </message>
    <message>
        <source>Diterima — menunggu entri data</source>
        <translation>Received — awaiting data entry</translation>
    </message>
    <message>
        <source>Entri data</source>
        <translation>Data entry</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Kajian teknis dijadwalkan</source>
        <translation>Technical review scheduled</translation>
    </message>
    <message>
        <source>Kajian dijadwalkan</source>
        <translation>Review scheduled</translation>
    </message>
    <message>
        <source>Rekomendasi/BAP tercatat</source>
        <translation>Recommendation/report recorded</translation>
    </message>
    <message>
        <source>BAP tercatat</source>
        <translation>Inspection report recorded</translation>
    </message>
    <message>
        <source>Dikembalikan untuk perbaikan naskah</source>
        <translation>Sent back for a corrected draft</translation>
    </message>
    <message>
        <source>Perbaikan naskah</source>
        <translation>Draft revision</translation>
    </message>
    <message>
        <source>Naskah menunggu validasi Kasi</source>
        <translation>Draft awaiting section head</translation>
    </message>
    <message>
        <source>Validasi Kasi</source>
        <translation>Section head&apos;s validation</translation>
    </message>
    <message>
        <source>Menunggu validasi Kabid</source>
        <translation>Awaiting division head</translation>
    </message>
    <message>
        <source>Validasi Kabid</source>
        <translation>Division head&apos;s validation</translation>
    </message>
    <message>
        <source>Menunggu tanda tangan Kadis</source>
        <translation>Awaiting head of office&apos;s signature</translation>
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Ditandatangani — siap cetak</source>
        <translation>Signed — ready to print</translation>
    </message>
    <message>
        <source>Dicetak — menunggu SKM</source>
        <translation>Printed — awaiting survey</translation>
    </message>
    <message>
        <source>SKM selesai — siap diserahkan</source>
        <translation>Survey done — ready for handover</translation>
    </message>
    <message>
        <source>Diserahkan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Diarsipkan</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Impor permohonan daring</source>
        <translation>Import online application</translation>
    </message>
    <message>
        <source>Daftar permohonan walk-in</source>
        <translation>Register walk-in application</translation>
    </message>
    <message>
        <source>Terima berkas (tanda terima)</source>
        <translation>Receive file (receipt)</translation>
    </message>
    <message>
        <source>Kembalikan berkas (bukti pengembalian)</source>
        <translation>Return file (return slip)</translation>
    </message>
    <message>
        <source>Entri data &amp; verifikasi</source>
        <translation>Data entry &amp; verification</translation>
    </message>
    <message>
        <source>Jadwalkan rapat teknis / peninjauan lapangan</source>
        <translation>Schedule technical meeting / field inspection</translation>
    </message>
    <message>
        <source>Jenis izin ini tidak memerlukan kajian teknis.</source>
        <translation>This permit type needs no technical review.</translation>
    </message>
    <message>
        <source>Catat rekomendasi / BAP</source>
        <translation>Record recommendation / inspection report</translation>
    </message>
    <message>
        <source>Buat naskah izin / surat penolakan</source>
        <translation>Draft permit / rejection letter</translation>
    </message>
    <message>
        <source>Validasi Kasi — setujui</source>
        <translation>Section head — approve</translation>
    </message>
    <message>
        <source>Validasi Kasi — kembalikan</source>
        <translation>Section head — send back</translation>
    </message>
    <message>
        <source>Validasi Kabid — setujui</source>
        <translation>Division head — approve</translation>
    </message>
    <message>
        <source>Validasi Kabid — kembalikan</source>
        <translation>Division head — send back</translation>
    </message>
    <message>
        <source>Siapkan untuk tanda tangan (nomor SK, PDF final)</source>
        <translation>Prepare for signing (permit number, final PDF)</translation>
    </message>
    <message>
        <source>Tandatangani (TTE / basah)</source>
        <translation>Sign (electronic / wet)</translation>
    </message>
    <message>
        <source>Kadis — kembalikan ke Kabid</source>
        <translation>Head of office — send back to division head</translation>
    </message>
    <message>
        <source>Cetak SK</source>
        <translation>Print permit</translation>
    </message>
    <message>
        <source>SKM diisi</source>
        <translation>Survey filled in</translation>
    </message>
    <message>
        <source>SKM ditolak pemohon</source>
        <translation>Survey declined by applicant</translation>
    </message>
    <message>
        <source>Serahkan SK</source>
        <translation>Hand over permit</translation>
    </message>
    <message>
        <source>Arsipkan</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>belum ada permohonan</source>
        <translation>no application yet</translation>
    </message>
    <message>
        <source>Jenis izin ini memerlukan kajian teknis sebelum naskah dibuat.</source>
        <translation>This permit type needs a technical review before drafting.</translation>
    </message>
    <message>
        <source>Tindakan tidak dikenal: {action}</source>
        <translation>Unknown action: {action}</translation>
    </message>
    <message>
        <source>“{action}” tidak dapat dilakukan: permohonan berstatus “{state}”.</source>
        <translation>“{action}” is not possible: the application is “{state}”.</translation>
    </message>
    <message>
        <source>Anda tidak berwenang melakukan “{action}” (peran yang diperlukan: {roles}).</source>
        <translation>You may not “{action}” (role needed: {roles}).</translation>
    </message>
    <message>
        <source>Data belum lengkap untuk “{action}”: {fields}.</source>
        <translation>Incomplete data for “{action}”: {fields}.</translation>
    </message>
</context>
<context>
    <name>detail</name>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Perpanjangan</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Perorangan</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Daring (SiCantik)</source>
        <translation>Online (SiCantik)</translation>
    </message>
    <message>
        <source>Datang langsung</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>No. tanda terima</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Kekurangan</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Jadwal</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Jenis kajian</source>
        <translation>Review kind</translation>
    </message>
    <message>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Hasil akhir</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>No. SK</source>
        <translation>Permit no.</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Jenis identitas</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>No. identitas</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Kuasa</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Melalui kuasa</source>
        <translation>By proxy</translation>
    </message>
    <message>
        <source>No. surat kuasa</source>
        <translation>Power of attorney no.</translation>
    </message>
    <message>
        <source>Tgl. surat kuasa</source>
        <translation>Power of attorney date</translation>
    </message>
    <message>
        <source>No. bukti pengembalian</source>
        <translation>Return slip no.</translation>
    </message>
    <message>
        <source>Jatuh tempo</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Lama pemeriksaan</source>
        <translation>Check took</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Berlaku sejak</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Masa berlaku (bulan)</source>
        <translation>Validity (months)</translation>
    </message>
    <message>
        <source>Ketentuan</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>No. BAP</source>
        <translation>Inspection report no.</translation>
    </message>
    <message>
        <source>Jumlah salinan</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>No. tanda terima penyerahan</source>
        <translation>Handover receipt no.</translation>
    </message>
    <message>
        <source>Duplikat dari</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{m} menit {s} detik</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{s} detik</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{status}, dicoba lagi {time}</source>
        <translation>{status}, retrying {time}</translation>
    </message>
    <message>
        <source>{status} sampai {time}</source>
        <translation>{status} until {time}</translation>
    </message>
    <message>
        <source>Pemberitahuan: {kind}</source>
        <translation>Message: {kind}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>file_summary</name>
    <message>
        <source>Belum ada berkas dibuka.</source>
        <translation>No file opened yet.</translation>
    </message>
</context>
<context>
    <name>keyring_banner</name>
    <message>
        <source>Komputer ini tidak punya penyimpanan rahasia (Windows Credential Manager, macOS Keychain, atau GNOME Keyring/KWallet). Kata sandi basis data pusat dan SiCantik belum dapat disimpan; dokumen tetap ditandatangani (kunci QR workstation ini tersimpan terenkripsi, terikat pada komputer ini).</source>
        <translation>This computer has no secret store (Windows Credential Manager, macOS Keychain, or GNOME Keyring/KWallet). The central database and SiCantik passwords cannot be saved yet; documents are still signed (this workstation&apos;s QR key is stored encrypted, bound to this computer).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Loket tidak dapat dibuka</source>
        <translation>Loket cannot start</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Loket 2 — Penerimaan Berkas</source>
        <translation>Counter 2 — Intake</translation>
    </message>
    <message>
        <source>Beranda Pimpinan</source>
        <translation>Heads&apos; dashboard</translation>
    </message>
    <message>
        <source>Daftar Kerja</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <source>Pelacakan Berkas</source>
        <translation>File tracking</translation>
    </message>
    <message>
        <source>Loket 4 — Cetak &amp; Legalisasi SK</source>
        <translation>Counter 4 — Permit printing &amp; legalisation</translation>
    </message>
    <message>
        <source>Loket 5 — SKM, Penyerahan &amp; Pengaduan</source>
        <translation>Counter 5 — Survey, handover &amp; complaints</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Admin — Petugas</source>
        <translation>Admin — Officers</translation>
    </message>
    <message>
        <source>Admin — Jenis Izin</source>
        <translation>Admin — Permit types</translation>
    </message>
    <message>
        <source>Admin — Templat SK</source>
        <translation>Admin — SK templates</translation>
    </message>
    <message>
        <source>Admin — Kalender</source>
        <translation>Admin — Calendar</translation>
    </message>
    <message>
        <source>Admin — Kantor</source>
        <translation>Admin — Office</translation>
    </message>
    <message>
        <source>Admin — Log Audit</source>
        <translation>Admin — Audit log</translation>
    </message>
    <message>
        <source>Admin — Konflik Sinkronisasi</source>
        <translation>Admin — Sync conflicts</translation>
    </message>
    <message>
        <source>Admin — SiCantik</source>
        <translation>Admin — SiCantik</translation>
    </message>
    <message>
        <source>Admin — Pemberitahuan</source>
        <translation>Admin — Messages</translation>
    </message>
</context>
<context>
    <name>self.screen</name>
    <message>
        <source>{name} masih membuka dialog “{title}”. Buka kunci sebagai {name}, selesaikan atau tutup dialognya, lalu kunci lagi untuk berganti petugas.</source>
        <translation>{name} still has the dialog “{title}” open. Unlock as {name}, finish or close the dialog, then lock again to switch officers.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.
Rincian teknis dicatat di berkas log ({log}).</source>
        <translation>An unexpected error occurred. Data already saved is safe.
Technical details are in the log file ({log}).</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Enter = {yes} · Esc = batal</source>
        <translation>Enter = {yes} · Esc = cancel</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Kunci layar</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>Ganti kata sandi…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Kunci layar sekarang (Ctrl+L); pekerjaan tetap tersimpan</source>
        <translation>Lock the screen now (Ctrl+L); your work stays</translation>
    </message>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>worklist</name>
    <message>
        <source>{action}: tersimpan untuk {no}.</source>
        <translation>{action}: saved for {no}.</translation>
    </message>
    <message>
        <source>Berkas tetap di daftar Anda: {state}.</source>
        <translation>The file stays in your list: {state}.</translation>
    </message>
    <message>
        <source>Diteruskan ke {role} ({state}).</source>
        <translation>Passed on to {role} ({state}).</translation>
    </message>
    <message>
        <source>Status sekarang: {state}.</source>
        <translation>Status now: {state}.</translation>
    </message>
    <message>
        <source>{action} — {no} ({name}) selesai. {where}</source>
        <translation>{action} — {no} ({name}) done. {where}</translation>
    </message>
</context>
</TS>
