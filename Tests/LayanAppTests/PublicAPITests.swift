import Foundation
import LayanDomain
import Testing
import VaporTesting

@testable import LayanApp

@Suite struct PublicAPITests {
    struct ErrorBody: Decodable {
        struct Detail: Decodable {
            var code: String
            var message: String
        }
        var error: Detail
    }

    @Test(arguments: TestDatabase.all)
    func publicOrganisationsAreTheOfficesAndUnits(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            try await app.testing().test(.GET, "/api/v1/public/organisations") { response in
                #expect(response.status == .ok)
                let organisations = try response.content.decode([OrganisationDTO].self)
                let codes = Set(organisations.map(\.code))
                #expect(codes.isSuperset(of: DemoSeeder.officeCodes + ["upksai-semarang"]))
                #expect(!codes.contains("satpolpp-palembang"))
                #expect(organisations.first { $0.code == "upksai-semarang" }?.parentCode == "dinsos-semarang")
                #expect(organisations.first { $0.code == "dinsos-bitung" }?.timeZone == .wita)
            }
        }
    }

    @Test func organisationProfileFollowsAcceptLanguage() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.seedDemo()
            try await app.testing().test(
                .GET, "/api/v1/public/organisations/upksai-semarang", headers: ["Accept-Language": "en-GB,en;q=0.8"]
            ) { response in
                let detail = try response.content.decode(OrganisationDetailDTO.self)
                #expect(detail.services.contains("Complaints about children's welfare"))
            }
            try await app.testing().test(.GET, "/api/v1/public/organisations/upksai-semarang") { response in
                let detail = try response.content.decode(OrganisationDetailDTO.self)
                #expect(detail.services.contains("Pengaduan masalah kesejahteraan anak"))
            }
        }
    }

    @Test func errorsHaveOneShapeInTheCallersLanguage() async throws {
        try await withLayanApp(.sqlite) { app in
            try await app.testing().test(.GET, "/api/v1/public/organisations/dinsos-atlantis") { response in
                #expect(response.status == .notFound)
                let body = try JSONDecoder().decode(ErrorBody.self, from: Data(buffer: response.body))
                #expect(body.error.code == "not_found")
                #expect(body.error.message == "Kantor dengan kode 'dinsos-atlantis' tidak ditemukan.")
            }
            try await app.testing().test(.GET, "/api/v1/no-such-thing", headers: ["Accept-Language": "en"]) {
                response in
                #expect(response.status == .notFound)
                let body = try JSONDecoder().decode(ErrorBody.self, from: Data(buffer: response.body))
                #expect(body.error.code == "not_found")
                #expect(body.error.message.contains("was not found"))
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func regionsBrowseTheHierarchy(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.seedDemo()
            try await app.testing().test(.GET, "/api/v1/public/regions") { response in
                let provinces = try response.content.decode([RegionDTO].self)
                #expect(provinces.map(\.code) == ["12", "14", "16", "33", "71"])
            }
            try await app.testing().test(.GET, "/api/v1/public/regions?parent=33.74.11") { response in
                let villages = try response.content.decode([RegionDTO].self)
                #expect(villages.map(\.name) == ["Pedalangan", "Banyumanik"])
                #expect(villages.allSatisfy { $0.level == "village" && $0.parentCode == "33.74.11" })
            }
            try await app.testing().test(.GET, "/api/v1/public/regions?parent=33.7") { response in
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains("invalid_region_code"))
            }
            try await app.testing().test(.GET, "/api/v1/public/regions/71.72") { response in
                let region = try response.content.decode(RegionDTO.self)
                #expect(region.name == "Kota Bitung")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func referenceListsAreSeededByMigrations(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            try await app.testing().test(.GET, "/api/v1/public/reference/ppks_category") { response in
                let items = try response.content.decode([ReferenceItemDTO].self)
                #expect(items.count == 26)
                #expect(items.map(\.number) == Array(1...26))
                #expect(items[3].labelId == "Anak Jalanan")
            }
            try await app.testing().test(.GET, "/api/v1/public/reference/child_protection") { response in
                let items = try response.content.decode([ReferenceItemDTO].self)
                #expect(items.count == 15)
            }
            for list in ["spm_service_item", "spm_group", "complaint_channel"] {
                try await app.testing().test(.GET, "/api/v1/public/reference/\(list)") { response in
                    let items = try response.content.decode([ReferenceItemDTO].self)
                    #expect(!items.isEmpty)
                }
            }
            try await app.testing().test(.GET, "/api/v1/public/reference/nope") { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
