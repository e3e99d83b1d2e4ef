import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import SQLKit
import Testing
import VaporTesting

@testable import LayanApp

/// Two requests that create the same record at once both pass the service's check; the database's
/// unique index refuses the second insert. That must answer 409, as a sequential duplicate does.
@Suite("Unique races")
struct UniqueRaceTests {
    /// The error the database gives for a second person with the same NIK, straight from the driver.
    static func duplicateNIKError(on database: any Database) async throws -> any Error {
        func person() -> PersonModel {
            let person = PersonModel()
            person.fullName = "Uji Ganda"
            person.searchName = PersonName.normalized("Uji Ganda")
            person.nik = "1671015012900001"
            (person.aliases, person.birthYearEstimated, person.isSensitive) = ("", false, false)
            return person
        }
        let organisation = try #require(try await OrganisationModel.query(on: database).first())
        let first = person()
        first.$organisation.id = try organisation.requireID()
        first.provinceCode = organisation.provinceCode
        try await first.create(on: database)
        let second = person()
        second.$organisation.id = try organisation.requireID()
        second.provinceCode = organisation.provinceCode
        do {
            try await second.create(on: database)
        } catch {
            return error
        }
        Issue.record("the second person with the same NIK was stored")
        throw CLIError("no unique violation")
    }

    @Test("a unique index refusing a row is a 409 with a stable code", arguments: TestDatabase.all)
    func uniqueViolationIsAConflict(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a real unique violation from this engine's driver
            try await app.seedDemo()
            let error = try await Self.duplicateNIKError(on: app.db)
            // MUT
            let answer = LayanErrorMiddleware.userFacing(error)
            // validate
            let conflict = try #require(answer as? LayanError, "\(String(reflecting: error))")
            #expect(conflict.status == .conflict)
            #expect(conflict.code == "already_exists")
        }
    }

    @Test("a missing required value is not mistaken for a duplicate", arguments: TestDatabase.all)
    func otherConstraintsStayDefects(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: a person without the name the schema requires (NOT NULL)
            try await app.seedDemo()
            guard let sql = app.db as? any SQLDatabase else { return }
            var caught: (any Error)?
            do {
                try await sql.raw("INSERT INTO persons (id, full_name) VALUES (\(bind: UUID()), NULL)").run()
            } catch {
                caught = error
            }
            // MUT + validate
            let error = try #require(caught)
            #expect(LayanErrorMiddleware.userFacing(error) as? LayanError == nil)
        }
    }

    @Test("six people registered at once with one NIK: one is created, the others get 409", arguments: TestDatabase.all)
    func concurrentRegistrations(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup
            try await app.seedDemo()
            let token = try await app.token("intake@dinsos-palembang")
            // MUT: six parallel requests
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for index in 0..<6 {
                    group.addTask {
                        var status = HTTPStatus.ok
                        try await app.testing().test(
                            .POST, "/api/v1/persons", headers: .bearer(token),
                            beforeRequest: {
                                try $0.content.encode([
                                    "fullName": "Anak Ke \(index)", "nik": "1671015012900001",
                                ])
                            },
                            afterResponse: { status = $0.status })
                        return status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // validate: never a 500, exactly one created
            #expect(statuses.filter { $0 == .created }.count == 1, "\(statuses)")
            #expect(statuses.allSatisfy { $0 == .created || $0 == .conflict }, "\(statuses)")
        }
    }
}
