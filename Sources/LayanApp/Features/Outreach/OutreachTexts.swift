import LayanDomain

/// The texts this feature shows, each in Indonesian and English.
extension Text {
    static let outreachNew = Text(
        id: "Mulai operasi baru",
        en: "Start a new operation")
    static let outreachType = Text(
        id: "Jenis operasi",
        en: "Type of operation")
    static let outreachPlace = Text(
        id: "Tempat",
        en: "Place")
    static let outreachRegion = Text(
        id: "Wilayah (nama kecamatan atau desa/kelurahan, atau kodenya)",
        en: "Area (district or village name, or its code)")
    static let outreachDuration = Text(
        id: "Lama (jam)",
        en: "Duration (hours)")
    static let outreachAgencies = Text(
        id: "Lembaga yang ikut",
        en: "Participating agencies")
    static let outreachTeam = Text(
        id: "Tim (pisahkan koma)",
        en: "Team (comma-separated)")
    static let outreachStart = Text(
        id: "Mulai",
        en: "Start")
    static let outreachNone = Text(
        id: "Belum ada operasi.",
        en: "No operations yet.")
    static let outreachCount = Text(
        id: "{count} orang ditemui",
        en: "{count} people met")
    static let outreachRecordPerson = Text(
        id: "Catat orang yang ditemui",
        en: "Record a person met")
    static let outreachName = Text(
        id: "Nama (jika diketahui)",
        en: "Name (if known)")
    static let outreachDescription = Text(
        id: "Ciri-ciri (jika nama tidak diketahui)",
        en: "Description (if the name is unknown)")
    static let outreachAge = Text(
        id: "Perkiraan umur",
        en: "Estimated age")
    static let outreachActivity = Text(
        id: "Sedang apa",
        en: "Doing what")
    static let outreachAction = Text(
        id: "Tindakan",
        en: "Action taken")
    static let outreachMakeBAP = Text(
        id: "Buat BAP (berita acara pemeriksaan)",
        en: "Make a BAP (examination record)")
    static let outreachSave = Text(
        id: "Simpan dan catat berikutnya",
        en: "Save and record the next")
    static let outreachAdded = Text(
        id: "Tercatat: {name}",
        en: "Recorded: {name}")
    static let outreachReEncounter = Text(
        id: "kembali ke jalan",
        en: "back on the street")
    static let bapTitle = Text(
        id: "Berita Acara Pemeriksaan",
        en: "Examination record (BAP)")
    static let bapNumber = Text(
        id: "Nomor: {number}",
        en: "Number: {number}")
    static let bapWhen = Text(
        id: "Waktu",
        en: "Time")
    static let bapOfficer = Text(
        id: "Petugas pemeriksa,",
        en: "Examining officer,")
    static let bapExamined = Text(
        id: "Yang diperiksa,",
        en: "Person examined,")
    static let recidivismIntro = Text(
        id:
            "Dari orang yang ditangani pada tahun ini, berapa yang ditemui lagi di jalan dalam 90 dan 180 hari sesudah penanganan pertamanya. Yang jendelanya belum berakhir dihitung menunggu.",
        en:
            "Of the people handled this year, how many were met on the street again within 90 and 180 days of their first handling. Those whose window has not ended yet are pending."
    )
    static let recidivismWindow = Text(
        id: "Dalam {days} hari",
        en: "Within {days} days")
    static let recidivismCounts = Text(
        id: "{back} dari {handled} kembali; {pending} menunggu",
        en: "{back} of {handled} came back; {pending} pending")
    static let recidivismHotSpots = Text(
        id: "Tempat mereka ditemui lagi",
        en: "Where they were met again")
    static let recidivismAfter = Text(
        id: "Sesudah penanganan apa",
        en: "After which handling")
    static let recidivismReturning = Text(
        id: "Yang kembali ke jalan",
        en: "Who came back")
    static let recidivismNoneBack = Text(
        id: "Tidak ada yang ditemui lagi.",
        en: "Nobody was met again.")
    static let recidivismTimes = Text(
        id: "Kali ditemui lagi",
        en: "Times met again")
    static let recidivismAfterKind = Text(
        id: "Penanganan sebelumnya",
        en: "Earlier handling")
    static let recidivismAfterShelter = Text(
        id: "Keluar dari panti",
        en: "Shelter discharge")
    static let recidivismAfterCase = Text(
        id: "Kasus ditutup",
        en: "Case closed")
    static let spmIntro = Text(
        id:
            "Orang yang diasesmen membutuhkan rehabilitasi sosial dasar, dan yang kebutuhan dasarnya terpenuhi (PP 2/2018).",
        en: "People assessed as needing basic social rehabilitation, and those whose basic needs were met (PP 2/2018).")
    static let spmGroup = Text(
        id: "Kelompok sasaran",
        en: "Target group")
    static let spmNeeding = Text(
        id: "Membutuhkan",
        en: "Needing")
    static let spmMet = Text(
        id: "Terpenuhi",
        en: "Met")
    static let shelterGroup = Text(
        id: "Kelompok",
        en: "Group")
    static let shelterCapacity = Text(
        id: "Kapasitas",
        en: "Capacity")
    static let shelterToday = Text(
        id: "Terisi hari ini",
        en: "Occupied today")
    static let shelterRunaways = Text(
        id: "Melarikan diri tahun ini: {count}",
        en: "Ran away this year: {count}")
    static let shelterDischarge = Text(
        id: "Keluarkan",
        en: "Discharge")
    static let shelterAdmit = Text(
        id: "Tempatkan di panti",
        en: "Admit to the shelter")
    static let shelterOverride = Text(
        id: "Alasan jika melebihi kapasitas",
        en: "Reason if over capacity")
    static let shelterNone = Text(
        id: "Kantor ini tidak mengelola panti.",
        en: "This office runs no shelter.")
    static let shelterDaily = Text(
        id: "Penghuni per hari, dua minggu terakhir",
        en: "Residents per day, last two weeks")
    static let coordinationActions = Text(
        id: "Tindak lanjut",
        en: "Action items")
    static let coordinationNoActions = Text(
        id: "Belum ada tindak lanjut.",
        en: "No action items yet.")
    static let coordinationMeetings = Text(
        id: "Rapat koordinasi",
        en: "Coordination meetings")
    static let coordinationNewMeeting = Text(
        id: "Catat rapat",
        en: "Record a meeting")
    static let coordinationOrganiser = Text(
        id: "Penyelenggara",
        en: "Organiser")
    static let coordinationMinutes = Text(
        id: "Notulen",
        en: "Minutes")
    static let coordinationDecisions = Text(
        id: "Keputusan",
        en: "Decisions")
    static let coordinationAction = Text(
        id: "Tindak lanjut",
        en: "Action item")
    static let coordinationPrevention = Text(
        id: "Kegiatan pencegahan",
        en: "Prevention activities")
    static let coordinationNewPrevention = Text(
        id: "Catat kegiatan pencegahan",
        en: "Record a prevention activity")
    static let coordinationTopic = Text(
        id: "Topik",
        en: "Topic")
    static let coordinationAudience = Text(
        id: "Sasaran",
        en: "Audience")
    static let coordinationAttendance = Text(
        id: "Jumlah peserta",
        en: "Attendance")
    static let outreachStartedOn = Text(
        id: "Tanggal mulai",
        en: "Start date")
    static let outreachStartTime = Text(
        id: "Jam mulai",
        en: "Start time")
    static let outreachStartHint = Text(
        id: "Isi waktu operasi dimulai, juga bila dicatat keesokan harinya — misalnya 21.00.",
        en: "When the operation began, even when it is entered the next day — for example 21:00.")
    static let outreachBadDate = Text(
        id: "Tanggal mulai tidak dikenali. Tulis seperti 22/11/2026.",
        en: "The start date is not a date. Write it as 22/11/2026.")
    static let outreachBadTime = Text(
        id: "Jam mulai tidak dikenali. Tulis seperti 21.00.",
        en: "The start time is not a time. Write it as 21:00.")
    static let outreachBadHours = Text(
        id: "Lama operasi ditulis dalam jam, 1 sampai 336 — misalnya 4 atau 2,5.",
        en: "The duration is in hours, 1 to 336 — for example 4 or 2.5.")
    static let outreachSearchFirst = Text(
        id: "Anak atau orang yang pernah ditemui? Cari dulu: bila tercatat lagi, ia terhitung kembali ke jalan.",
        en: "Met before? Search first: recorded again, they count as back on the street.")
}
