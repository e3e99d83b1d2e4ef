import LayanDomain

/// The texts this feature shows, each in Indonesian and English.
extension Text {
    static let skmNav = Text(
        id: "Survei kepuasan (SKM)",
        en: "Satisfaction survey (SKM)")
    static let skmDashboardHint = Text(
        id: "Indeks Kepuasan Masyarakat per unit dan unsur, laporan SKM, input kuesioner.",
        en: "Community satisfaction index per unit and element, the SKM report, questionnaire entry.")
    static let skmOfficeLink = Text(
        id: "Isi survei kepuasan layanan kami (tanpa nama, ±3 menit)",
        en: "Tell us how satisfied you were with our service (anonymous, about 3 minutes)")
    static let skmTitle = Text(
        id: "Survei Kepuasan Masyarakat",
        en: "Community satisfaction survey")
    static let skmChooseOffice = Text(
        id: "Pilih kantor atau unit layanan yang Anda datangi. Survei ini tanpa nama.",
        en: "Choose the office or service unit you visited. The survey is anonymous.")
    static let skmIntro = Text(
        id:
            "Bantu {office} memperbaiki layanannya. Survei ini tanpa nama, terdiri dari 9 pertanyaan dan memerlukan sekitar 3 menit. Pilih satu jawaban untuk setiap pertanyaan.",
        en:
            "Help {office} improve its service. The survey is anonymous, has 9 questions and takes about 3 minutes. Choose one answer for each question."
    )
    static let skmQuestion1 = Text(
        id: "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
        en: "How well do the service requirements fit the kind of service?")
    static let skmQuestion2 = Text(
        id: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
        en: "How easy was the service procedure at this unit?")
    static let skmQuestion3 = Text(
        id: "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
        en: "How quickly was the service delivered?")
    static let skmQuestion4 = Text(
        id: "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
        en: "How reasonable was the cost or fee of the service?")
    static let skmQuestion5 = Text(
        id:
            "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
        en: "How well did what you received match what the service standard promises?")
    static let skmQuestion6 = Text(
        id: "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
        en: "How competent were the staff who served you?")
    static let skmQuestion7 = Text(
        id: "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
        en: "How polite and friendly were the staff who served you?")
    static let skmQuestion8 = Text(
        id: "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
        en: "How are complaints from service users handled?")
    static let skmQuestion9 = Text(
        id: "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
        en: "How good are the facilities and infrastructure?")
    static let skmElement = Text(
        id: "Unsur",
        en: "Element")
    static let skmAboutYou = Text(
        id: "Tentang Anda",
        en: "About you")
    static let skmAboutYouHint = Text(
        id: "Boleh dikosongkan. Kami tidak menanyakan nama Anda.",
        en: "You may leave these empty. We do not ask your name.")
    static let skmAge = Text(
        id: "Usia (tahun)",
        en: "Age (years)")
    static let skmEducation = Text(
        id: "Pendidikan terakhir",
        en: "Highest education")
    static let skmOccupation = Text(
        id: "Pekerjaan utama",
        en: "Main occupation")
    static let skmNotSaid = Text(
        id: "Tidak disebutkan",
        en: "Not given")
    static let skmSubmit = Text(
        id: "Kirim jawaban",
        en: "Send my answers")
    static let skmThanks = Text(
        id: "Terima kasih",
        en: "Thank you")
    static let skmThanksText = Text(
        id:
            "Jawaban Anda untuk {office} sudah kami terima. Hasil survei dipakai untuk memperbaiki layanan dan diumumkan setiap tahun.",
        en:
            "We have received your answers for {office}. The survey results are used to improve the service and are published every year."
    )
    static let skmBackToOffice = Text(
        id: "Kembali ke halaman {office}",
        en: "Back to the page of {office}")
    static let skmResultsTitle = Text(
        id: "Hasil Survei Kepuasan Masyarakat",
        en: "Community satisfaction survey results")
    static let skmUnit = Text(
        id: "Unit layanan",
        en: "Service unit")
    static let skmFrom = Text(
        id: "Dari tanggal",
        en: "From")
    static let skmTo = Text(
        id: "Sampai tanggal",
        en: "To")
    static let skmShow = Text(
        id: "Tampilkan",
        en: "Show")
    static let skmReportLink = Text(
        id: "Laporan SKM (siap cetak)",
        en: "SKM report (printable)")
    static let skmNoAnswers = Text(
        id: "Belum ada kuesioner yang diisi pada periode ini.",
        en: "No questionnaire was completed in this period.")
    static let skmIKM = Text(
        id: "IKM (25–100)",
        en: "IKM (25–100)")
    static let skmGrade = Text(
        id: "Mutu pelayanan",
        en: "Service quality grade")
    static let skmRespondents = Text(
        id: "Responden",
        en: "Respondents")
    static let skmSampleAgainst = Text(
        id: "{respondents} responden; sampel minimal {required} dari {population} pengguna layanan (Krejcie–Morgan).",
        en:
            "{respondents} respondents; the minimum sample is {required} of {population} service users (Krejcie–Morgan)."
    )
    static let skmSampleShort = Text(
        id: "Kurang {count} responden dari sampel minimal.",
        en: "{count} respondents short of the minimum sample.")
    static let skmSamplePartial = Text(
        id: "{count} periode survei tanpa jumlah pengguna layanan tidak ikut dihitung.",
        en: "{count} survey periods without a number of service users are not counted.")
    static let skmSampleUnknown = Text(
        id:
            "{respondents} responden. Sampel minimal tidak dapat dihitung: belum ada periode survei dengan jumlah pengguna layanan (populasi).",
        en:
            "{respondents} respondents. The minimum sample cannot be worked out: no survey period gives the number of service users (population)."
    )
    static let skmPerElement = Text(
        id: "Nilai per unsur",
        en: "Score per element")
    static let skmChartElements = Text(
        id: "Grafik nilai konversi per unsur (NRR × 25) dengan batas mutu A, B dan C",
        en: "Chart of the converted score per element (NRR × 25) with the A, B and C grade boundaries")
    static let skmChartTrend = Text(
        id: "Grafik IKM per triwulan dengan batas mutu A, B dan C",
        en: "Chart of the IKM per quarter with the A, B and C grade boundaries")
    static let skmNRR = Text(
        id: "NRR",
        en: "Mean (NRR)")
    static let skmScore = Text(
        id: "Nilai konversi",
        en: "Converted score")
    static let skmWeightNote = Text(
        id:
            "IKM = Σ(NRR × 1/9) × 25. Layan memakai bobot tepat 1/9 per unsur, bukan 0,11, sehingga nilai sempurna adalah 100,00 (dengan 0,11 hanya 99,00).",
        en:
            "IKM = Σ(NRR × 1/9) × 25. Layan weights each element by exactly 1/9, not 0.11, so a perfect survey scores 100.00 (99.00 with 0.11)."
    )
    static let skmWeakest = Text(
        id: "Unsur terlemah",
        en: "Weakest elements")
    static let skmUnits = Text(
        id: "IKM per unit",
        en: "IKM per unit")
    static let skmTrend = Text(
        id: "Tren per triwulan",
        en: "Trend by quarter")
    static let skmQuarter = Text(
        id: "Triwulan",
        en: "Quarter")
    static let skmPeriodsTitle = Text(
        id: "Periode survei",
        en: "Survey periods")
    static let skmPeriodsIntro = Text(
        id:
            "Setiap unit layanan menyurvei penggunanya paling sedikit sekali setahun. Jumlah pengguna layanan dalam periode menentukan sampel minimal (Krejcie–Morgan).",
        en:
            "Every service unit surveys its users at least once a year. The number of service users in the period sets the minimum sample (Krejcie–Morgan)."
    )
    static let skmNewPeriod = Text(
        id: "Buat periode survei",
        en: "New survey period")
    static let skmPeriodNameExample = Text(
        id: "SKM Semester I 2026",
        en: "SKM first half 2026")
    static let skmPeriodName = Text(
        id: "Periode",
        en: "Period")
    static let skmStartsOn = Text(
        id: "Tanggal mulai",
        en: "Start date")
    static let skmEndsOn = Text(
        id: "Tanggal akhir",
        en: "End date")
    static let skmDays = Text(
        id: "Tanggal",
        en: "Dates")
    static let skmPopulation = Text(
        id: "Jumlah pengguna layanan (populasi)",
        en: "Service users (population)")
    static let skmPopulationHint = Text(
        id: "Boleh dikosongkan bila belum diketahui; sampel minimal lalu tidak dihitung.",
        en: "Leave empty when not known yet; the minimum sample is then not worked out.")
    static let skmRequiredSample = Text(
        id: "Sampel minimal",
        en: "Minimum sample")
    static let skmSavePeriod = Text(
        id: "Simpan periode",
        en: "Save the period")
    static let skmNoPeriods = Text(
        id: "Belum ada periode survei.",
        en: "No survey period yet.")
    static let skmEntryTitle = Text(
        id: "Input kuesioner kertas",
        en: "Enter paper questionnaires")
    static let skmEntryIntro = Text(
        id: "Salin satu kuesioner kertas, simpan, lalu lanjutkan dengan kuesioner berikutnya.",
        en: "Copy one paper questionnaire, save it, then go on with the next one.")
    static let skmAnsweredOn = Text(
        id: "Tanggal pengisian",
        en: "Date answered")
    static let skmSaveEntry = Text(
        id: "Simpan kuesioner",
        en: "Save the questionnaire")
    static let skmEntrySaved = Text(
        id: "Kuesioner untuk {office} tanggal {date} tersimpan. Silakan isi kuesioner berikutnya.",
        en: "The questionnaire for {office} of {date} is saved. Go on with the next one.")
    static let skmImportTitle = Text(
        id: "Impor kuesioner dari CSV",
        en: "Import questionnaires from CSV")
    static let skmImportIntro = Text(
        id: "Unggah berkas CSV (UTF-8) dengan satu kuesioner per baris. Baris pertama adalah judul kolom, misalnya:",
        en: "Upload a CSV file (UTF-8) with one questionnaire per line. The first line names the columns, for example:")
    static let skmImportRules = Text(
        id:
            "u1–u9 berisi jawaban 1–4; usia, jenis kelamin, pendidikan dan pekerjaan boleh kosong. Kolom organisation (opsional) berisi kode unit per baris. Semua atau tidak sama sekali: bila satu baris salah, tidak ada yang disimpan dan nomor barisnya disebutkan.",
        en:
            "u1–u9 hold the answers 1–4; age, sex, education and occupation may be empty. An optional organisation column gives each line's unit code. All or nothing: if one line is wrong, nothing is saved and its line number is named."
    )
    static let skmImportFile = Text(
        id: "Berkas CSV",
        en: "CSV file")
    static let skmImportPaste = Text(
        id: "atau tempel isi CSV di sini",
        en: "or paste the CSV here")
    static let skmImportSubmit = Text(
        id: "Impor",
        en: "Import")
    static let skmImported = Text(
        id: "{count} kuesioner diimpor: {units}.",
        en: "{count} questionnaires imported: {units}.")
    static let skmAddFollowUp = Text(
        id: "Tambah rencana tindak lanjut",
        en: "Add a follow-up action")
    static let skmFollowUpAction = Text(
        id: "Program/kegiatan",
        en: "Programme or action")
    static let skmFollowUpOwner = Text(
        id: "Penanggung jawab",
        en: "Responsible")
    static let skmFollowUpDue = Text(
        id: "Waktu",
        en: "Due")
    static let skmNoFollowUps = Text(
        id:
            "Belum ada rencana tindak lanjut yang dicatat. Usulan di atas untuk unsur terlemah dapat dijadikan bahan rapat tindak lanjut.",
        en:
            "No follow-up action has been recorded yet. The suggestions above for the weakest elements can start the follow-up meeting."
    )
    static let skmPrintHint = Text(
        id: "Cetak halaman ini dari peramban (kertas A4).",
        en: "Print this page from the browser (A4 paper).")
    static let skmReportTitle = Text(
        id: "Laporan Survei Kepuasan Masyarakat",
        en: "Community satisfaction survey report")
    static let skmReportPeriod = Text(
        id: "Periode {period}",
        en: "Period {period}")
    static let skmReportChapter1 = Text(
        id: "Bab I Pendahuluan",
        en: "Chapter I Introduction")
    static let skmReportBackground = Text(
        id: "A. Latar belakang",
        en: "A. Background")
    static let skmReportBackgroundText = Text(
        id:
            "Pelayanan publik yang baik adalah hak setiap warga. Undang-Undang Nomor 25 Tahun 2009 mewajibkan penyelenggara pelayanan publik menilai kinerjanya secara berkala, dan Peraturan Menteri PANRB Nomor 14 Tahun 2017 menetapkan Survei Kepuasan Masyarakat (SKM) sebagai alat ukurnya, paling sedikit sekali setahun. {office} melaksanakan SKM untuk mengetahui pendapat pengguna layanan tentang sembilan unsur pelayanan dan menjadikannya dasar perbaikan.",
        en:
            "Good public service is every citizen's right. Law 25/2009 requires public service providers to assess their performance regularly, and PermenPANRB 14/2017 sets the community satisfaction survey (SKM) as the measure, at least once a year. {office} runs the SKM to learn what its service users think of the nine elements of service and to base improvements on it."
    )
    static let skmReportLegalBasis = Text(
        id: "B. Dasar hukum",
        en: "B. Legal basis")
    static let skmReportLaw1 = Text(
        id: "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        en: "Law 25/2009 on Public Services;")
    static let skmReportLaw2 = Text(
        id:
            "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        en: "Government Regulation 96/2012 implementing Law 25/2009 on Public Services;")
    static let skmReportLaw3 = Text(
        id:
            "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik;",
        en:
            "Regulation 14/2017 of the Minister of Administrative and Bureaucratic Reform on guidelines for the community satisfaction survey of public service units;"
    )
    static let skmReportLaw4 = Text(
        id: "Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal;",
        en: "Government Regulation 2/2018 on Minimum Service Standards;")
    static let skmReportLaw5 = Text(
        id:
            "Peraturan Menteri Sosial Nomor 9 Tahun 2018 tentang Standar Teknis Pelayanan Dasar pada Standar Pelayanan Minimal Bidang Sosial.",
        en:
            "Regulation 9/2018 of the Minister of Social Affairs on the technical standards of basic services in the minimum service standards for social affairs."
    )
    static let skmReportPurpose = Text(
        id: "C. Maksud dan tujuan",
        en: "C. Purpose")
    static let skmReportPurposeText = Text(
        id:
            "SKM dimaksudkan untuk mengukur tingkat kepuasan pengguna layanan {office}, menemukan unsur pelayanan yang masih lemah, dan menyusun rencana tindak lanjut perbaikannya.",
        en:
            "The SKM measures how satisfied the service users of {office} are, finds the elements of service that are still weak, and leads to a follow-up plan to improve them."
    )
    static let skmReportChapter2 = Text(
        id: "Bab II Pengumpulan Data SKM",
        en: "Chapter II Data collection")
    static let skmReportExecutor = Text(
        id: "A. Pelaksana SKM",
        en: "A. Who ran the survey")
    static let skmReportExecutorText = Text(
        id: "SKM dilaksanakan secara mandiri oleh {office}.",
        en: "The SKM was run by {office} itself.")
    static let skmReportMethod = Text(
        id: "B. Metode pengumpulan data",
        en: "B. Method")
    static let skmReportMethodText = Text(
        id:
            "Kuesioner baku PermenPANRB 14/2017 dengan sembilan unsur, masing-masing dijawab dengan skala 1 (tidak baik) sampai 4 (sangat baik), diisi tanpa nama oleh pengguna layanan melalui formulir daring, kuesioner kertas yang kemudian diinput petugas, atau berkas yang diimpor.",
        en:
            "The standard PermenPANRB 14/2017 questionnaire of nine elements, each answered on a scale of 1 (poor) to 4 (very good), completed anonymously by service users on the online form, on paper typed in by staff, or in an imported file."
    )
    static let skmChannelWeb = Text(
        id: "Formulir daring",
        en: "Online form")
    static let skmChannelPaper = Text(
        id: "Kuesioner kertas",
        en: "Paper questionnaire")
    static let skmChannelImport = Text(
        id: "Impor berkas",
        en: "File import")
    static let skmReportTime = Text(
        id: "C. Lokasi dan waktu pelaksanaan",
        en: "C. Place and time")
    static let skmReportTimeText = Text(
        id: "Kuesioner dikumpulkan di lokasi pelayanan dan secara daring dalam periode {period}.",
        en: "Questionnaires were collected where the service is given and online in the period {period}.")
    static let skmReportSample = Text(
        id: "D. Penentuan jumlah responden",
        en: "D. Sample size")
    static let skmReportSampleText = Text(
        id:
            "Sampel minimal dihitung dengan rumus Krejcie dan Morgan, S = 3,841·N·0,25 / (0,0025·(N−1) + 3,841·0,25), dengan N jumlah pengguna layanan dalam periode survei, dibulatkan seperti pada tabel Krejcie dan Morgan (N = 50: 44).",
        en:
            "The minimum sample follows Krejcie and Morgan, S = 3.841·N·0.25 / (0.0025·(N−1) + 3.841·0.25), with N the number of service users in the survey period, rounded as in Krejcie and Morgan's table (N = 50: 44)."
    )
    static let skmReportChapter3 = Text(
        id: "Bab III Hasil Pengolahan Data SKM",
        en: "Chapter III Results")
    static let skmReportRespondents = Text(
        id: "A. Jumlah responden",
        en: "A. Respondents")
    static let skmReportRespondentsText = Text(
        id: "Jumlah responden: {count}. Karakteristik responden:",
        en: "Respondents: {count}. Who they are:")
    static let skmReportIndex = Text(
        id: "B. Indeks Kepuasan Masyarakat",
        en: "B. Community satisfaction index")
    static let skmReportIndexText = Text(
        id: "Nilai rata-rata (NRR) setiap unsur adalah rata-rata jawaban 1–4; nilai konversi adalah NRR × 25.",
        en: "The mean (NRR) of each element is the mean answer, 1–4; the converted score is NRR × 25.")
    static let skmReportIKMSentence = Text(
        id: "IKM {office} periode {period}: nilai indeks {index}, nilai konversi {ikm}, mutu pelayanan {grade}.",
        en: "IKM of {office} for {period}: index {index}, converted score {ikm}, service quality grade {grade}.")
    static let skmReportChapter4 = Text(
        id: "Bab IV Analisis Hasil SKM",
        en: "Chapter IV Analysis")
    static let skmReportWeaknesses = Text(
        id: "A. Analisis kelemahan dan kelebihan unsur layanan",
        en: "A. Weak and strong elements")
    static let skmReportStrongest = Text(
        id: "Unsur dengan nilai tertinggi: {element} (NRR {nrr}); kekuatan ini perlu dipertahankan.",
        en: "The highest element: {element} (NRR {nrr}); this strength should be kept.")
    static let skmReportFollowUp = Text(
        id: "B. Rencana tindak lanjut",
        en: "B. Follow-up plan")
    static let skmReportTrend = Text(
        id: "C. Tren nilai SKM",
        en: "C. Trend of the SKM")
    static let skmReportChapter5 = Text(
        id: "Bab V Penutup",
        en: "Chapter V Closing")
    static let skmReportConclusion = Text(
        id: "Kesimpulan",
        en: "Conclusion")
    static let skmReportConclusionText = Text(
        id:
            "IKM {office} periode {period} adalah {ikm} dengan mutu pelayanan {grade}. Unsur yang paling perlu diperbaiki: {weakest}.",
        en:
            "The IKM of {office} for {period} is {ikm}, service quality grade {grade}. The elements most in need of improvement: {weakest}."
    )
    static let skmReportClosingText = Text(
        id:
            "Hasil SKM ini diumumkan kepada masyarakat dan dipakai sebagai dasar perbaikan pelayanan pada periode berikutnya.",
        en: "These results are published and used to improve the service in the next period.")
    static let skmReportSignedOn = Text(
        id: "Dicetak {date}",
        en: "Printed {date}")
    static let skmReportSigner = Text(
        id: "Kepala {office}",
        en: "Head of {office}")
    static let skmSuggestion1 = Text(
        id:
            "umumkan persyaratan layanan di papan informasi, situs dan media sosial, dan hapus persyaratan yang tidak perlu.",
        en:
            "publish the requirements on the notice board, the website and social media, and drop those that are not needed."
    )
    static let skmSuggestion2 = Text(
        id: "sederhanakan alur layanan dan pasang bagan alurnya di ruang pelayanan.",
        en: "simplify the service procedure and put its flowchart up where the service is given.")
    static let skmSuggestion3 = Text(
        id: "tetapkan dan umumkan waktu penyelesaian, lalu pantau layanan yang melewatinya.",
        en: "set and publish the completion time, then follow up the services that overrun it.")
    static let skmSuggestion4 = Text(
        id: "tegaskan bahwa layanan tidak dipungut biaya dan sediakan saluran untuk melaporkan pungutan.",
        en: "make clear that the service is free and give a channel to report any charge.")
    static let skmSuggestion5 = Text(
        id: "samakan hasil layanan dengan standar pelayanan yang diumumkan.",
        en: "bring what the service delivers in line with the published service standard.")
    static let skmSuggestion6 = Text(
        id: "latih petugas sesuai bidang tugasnya dan tempatkan petugas sesuai latar pendidikannya.",
        en: "train staff for their tasks and place staff in line with their education.")
    static let skmSuggestion7 = Text(
        id: "adakan pelatihan pelayanan prima dan tegakkan kode etik petugas.",
        en: "hold service-excellence training and enforce the staff code of conduct.")
    static let skmSuggestion8 = Text(
        id: "kelola saluran pengaduan, tanggapi setiap pengaduan dan umumkan tindak lanjutnya.",
        en: "run the complaint channels, answer every complaint and publish what was done.")
    static let skmSuggestion9 = Text(
        id: "perbaiki ruang tunggu, akses bagi penyandang disabilitas dan fasilitas pendukung layanan.",
        en: "improve the waiting room, access for people with disabilities and the service's facilities.")
}
