import FluentKit
import Foundation
import LayanDomain
import LayanPersistence

/// The registry import shared by the command line, the API, the web page and the benchmark: parse the file
/// against the villages of the organisation's region, then load the good rows in one transaction.
enum RegistryImport {
    struct Outcome: Sendable {
        var summary: RegistryImportSummary
        var rejections: [RegistryRejection]
        /// The header line of the file, for the reject file.
        var header: String
        var seconds: Double
        /// Of `seconds`: reading the villages and parsing, and writing.
        var parseSeconds: Double = 0
        var writeSeconds: Double = 0
        /// Processor time of the whole process (every thread) during the import: what the import costs on a
        /// machine shared with other work.
        var cpuSeconds: Double = 0

        var rowsPerSecond: Double { seconds > 0 ? Double(summary.rows) / seconds : 0 }
    }

    /// Throws `RegistryFileError` when the file as a whole cannot be loaded (nothing is written then).
    static func run(
        bytes: [UInt8], organisation: OrganisationModel, on database: any Database, now: Date
    ) async throws -> Outcome {
        let started = ContinuousClock.now
        let cpuStarted = processorSeconds()
        let region = RegionCode(organisation.regionCode)
        let repository = RegistryRepository(database: database)
        let villages = RegistryVillages(region: region, known: try await repository.knownVillages(in: region))
        let file: RegistryFile
        switch RegistryCSV.parse(bytes, villages: villages, referenceDate: now) {
        case .success(let parsed): file = parsed
        case .failure(let error): throw error
        }
        let parsed = ContinuousClock.now
        let personOrganisations = try await OrganisationRepository(database: database).subtree(of: organisation)
            .compactMap(\.id)
        let summary = try await repository.load(
            file, organisationID: try organisation.requireID(), provinceCode: organisation.provinceCode,
            personOrganisationIDs: personOrganisations, now: now)
        let finished = ContinuousClock.now
        return Outcome(
            summary: summary, rejections: file.rejections, header: file.header,
            seconds: (finished - started).inSeconds, parseSeconds: (parsed - started).inSeconds,
            writeSeconds: (finished - parsed).inSeconds, cpuSeconds: processorSeconds() - cpuStarted)
    }

    /// Processor time used by this process so far, every thread included.
    static func processorSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The reject file: `baris,alasan,reason` (line, reason in Indonesian, in English) followed by the original
    /// columns, then each rejected line as it was. The import ignores the three extra columns, so the file can be
    /// corrected and imported again as it is.
    static func rejectFile(_ outcome: Outcome) -> String {
        var text = "baris,alasan,reason," + outcome.header + "\n"
        for rejection in outcome.rejections {
            text +=
                "\(rejection.line),\(quoted(rejection.reason(in: .indonesian))),"
                + "\(quoted(rejection.reason(in: .english))),\(rejection.content)\n"
        }
        return text
    }

    static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The lines the command prints.
    static func report(_ outcome: Outcome) -> [String] {
        let summary = outcome.summary
        return [
            "rows: \(summary.rows), rejected: \(summary.rejected)",
            "households: \(summary.householdsInserted) inserted, \(summary.householdsUpdated) updated, "
                + "\(summary.householdsUnchanged) unchanged",
            "members: \(summary.membersInserted) inserted, \(summary.membersUpdated) updated, "
                + "\(summary.membersUnchanged) unchanged; \(summary.membersLinkedToPersons) linked to the person registry",
            String(
                format: "done in %.2f s (parse %.2f s, write %.2f s; processor time %.2f s), %.0f rows/s",
                outcome.seconds, outcome.parseSeconds, outcome.writeSeconds, outcome.cpuSeconds, outcome.rowsPerSecond),
        ]
    }
}
