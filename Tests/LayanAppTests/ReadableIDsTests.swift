import FluentKit
import Foundation
import LayanDomain
import LayanPersistence
import Testing
import Vapor

@testable import LayanApp

/// Asking for many persons at once answers for each what asking for that person alone answers, for
/// every demo person and user: batching mixes no one's cases or offices into another's.
@Suite struct ReadableIDsTests {
    @Test(arguments: TestDatabase.all)
    func agreesWithCanReadForEveryPersonAndUser(database: TestDatabase) async throws {
        try await withLayanApp(database) { app in
            // setup: the demo with its cases, sensitive records, assignments and other offices' people
            try await app.seedDemo(withCases: true)
            let persons = try await PersonModel.query(on: app.db).all()
            let users = try await UserModel.query(on: app.db).with(\.$organisation).all()
            let request = Request(application: app, on: app.eventLoopGroup.next())
            var compared = 0
            for user in users {
                let actor = Actor(
                    userID: try user.requireID(), role: user.role, organisationPath: user.organisation.path,
                    mayViewSensitive: user.mayViewSensitive)
                // MUT
                let batched = try await request.records.readableIDs(persons, as: actor)
                // validate
                for person in persons {
                    let single = try await request.records.canRead(person, as: actor)
                    #expect(batched.contains(try person.requireID()) == single, "\(user.username) · \(person.fullName)")
                    compared += 1
                }
            }
            #expect(compared > 1000)
        }
    }
}
