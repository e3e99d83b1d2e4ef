/// The handful of Kemendagri regions (2025) the demo's five offices use. A real installation imports
/// the full list with `layan regions import`.
enum DemoRegions {
    static let csv = """
        kode,nama
        12,Sumatera Utara
        12.71,Kota Medan
        12.71.01,Medan Kota
        12.71.01.1001,Pasar Baru
        12.71.01.1002,Pusat Pasar
        12.71.09,Medan Amplas
        12.71.09.1001,Amplas
        12.71.09.1004,Harjosari I
        12.71.17,Medan Baru
        12.71.17.1002,Babura
        12.71.17.1003,Merdeka
        12.71.19,Medan Petisah
        12.71.19.1001,Petisah Tengah
        12.71.19.1002,Sekip
        14,Riau
        14.71,Kota Pekanbaru
        14.71.02,Pekanbaru Kota
        14.71.02.1001,Simpang Empat
        14.71.02.1004,Kota Baru
        14.71.07,Bukit Raya
        14.71.07.1005,Simpang Tiga
        14.71.07.1006,Tangkerang Selatan
        14.71.09,Marpoyan Damai
        14.71.09.1001,Tangkerang Barat
        14.71.09.1003,Sidomulyo Timur
        14.71.10,Tenayan Raya
        14.71.10.1003,Tangkerang Timur
        14.71.10.1004,Rejosari
        16,Sumatera Selatan
        16.71,Kota Palembang
        16.71.02,Seberang Ulu Satu
        16.71.02.1002,Satu Ulu
        16.71.02.1004,Tiga Empat Ulu
        16.71.04,Ilir Barat Satu
        16.71.04.1001,Bukitlama
        16.71.04.1003,Dua-puluh-enam Ilir Satu
        16.71.05,Ilir Timur Satu
        16.71.05.1002,Enam-belas Ilir
        16.71.05.1009,Dua-puluh Ilir Satu
        16.71.07,Sukarami
        16.71.07.1002,Talangbetutu
        16.71.07.1005,Sukarami
        33,Jawa Tengah
        33.74,Kota Semarang
        33.74.01,Semarang Tengah
        33.74.01.1001,Miroto
        33.74.01.1002,Brumbungan
        33.74.06,Pedurungan
        33.74.06.1003,Tlogosari Wetan
        33.74.06.1004,Tlogosari Kulon
        33.74.10,Tembalang
        33.74.10.1001,Meteseh
        33.74.10.1006,Tembalang
        33.74.11,Banyumanik
        33.74.11.1004,Pedalangan
        33.74.11.1005,Banyumanik
        71,Sulawesi Utara
        71.72,Kota Bitung
        71.72.01,Lembeh Selatan
        71.72.01.1001,Pasir Panjang
        71.72.01.1002,Paudean
        71.72.02,Madidir
        71.72.02.1002,Paceda
        71.72.02.1003,Madidir Ure
        71.72.03,Ranowulu
        71.72.03.1001,Karondoran
        71.72.03.1006,Danowudu
        71.72.04,Aertembaga
        71.72.04.1005,Aertembaga Satu
        71.72.04.1006,Tandurusa
        71.72.05,Matuari
        71.72.05.1001,Tanjung Merah
        71.72.05.1007,Manembo-nembo
        71.72.06,Girian
        71.72.06.1001,Girian Atas
        71.72.06.1003,Girian Bawah
        71.72.07,Maesa
        71.72.07.1001,Bitung Barat Satu
        71.72.07.1004,Bitung Tengah
        71.72.08,Lembeh Utara
        71.72.08.1001,Mawali
        71.72.08.1002,Pintukota

        """
}
