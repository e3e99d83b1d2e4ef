import Foundation
import Testing

@testable import LayanDomain

/// 16 March 2026, 01:00 UTC (09:00 WITA), and some hours later.
private let monday = Date(timeIntervalSince1970: 1_773_622_800)
private let later = monday.addingTimeInterval(5 * 3600)

/// The progress of a case brought to each stage by the usual steps.
private let stepsToReach: [CaseStage: [CaseStep]] = [
    .intake: [],
    .assessment: [.firstContact, .assessment],
    .plan: [.firstContact, .assessment, .plan],
    .implementation: [.firstContact, .assessment, .plan, .service],
    .monitoring: [.firstContact, .assessment, .plan, .service, .visit],
    .closed: [.firstContact, .assessment, .plan, .service, .visit, .closureRequest, .closureApproval],
]

private func progress(at stage: CaseStage) throws -> CaseProgress {
    try CaseWorkflow.apply(stepsToReach[stage]!, at: monday).get()
}

/// One cell of the step × stage table: the stage a step leads to, or the error.
struct StepRow: Sendable, CustomTestStringConvertible {
    let step: CaseStep
    let stage: CaseStage
    let expected: Result<CaseStage, CaseStepError>

    var testDescription: String {
        switch expected {
        case .success(let next): "\(step.rawValue) in \(stage.rawValue) → \(next.rawValue)"
        case .failure(let error): "\(step.rawValue) in \(stage.rawValue) → \(error.code)"
        }
    }
}

private func ok(_ step: CaseStep, _ stage: CaseStage, _ next: CaseStage) -> StepRow {
    StepRow(step: step, stage: stage, expected: .success(next))
}

private func no(_ step: CaseStep, _ stage: CaseStage, _ error: CaseStepError) -> StepRow {
    StepRow(step: step, stage: stage, expected: .failure(error))
}

/// Every step in every stage (of a case brought there by the usual steps).
let stepTable: [StepRow] = [
    ok(.firstContact, .intake, .intake), no(.assessment, .intake, .needsFirstContact),
    no(.plan, .intake, .needsAssessment), no(.service, .intake, .needsPlan), no(.referral, .intake, .needsPlan),
    no(.visit, .intake, .needsPlan), ok(.transfer, .intake, .intake), no(.closureRequest, .intake, .needsAssessment),
    no(.closureApproval, .intake, .needsClosureRequest), no(.reopen, .intake, .notClosed),

    ok(.firstContact, .assessment, .assessment), ok(.assessment, .assessment, .assessment),
    ok(.plan, .assessment, .plan), no(.service, .assessment, .needsPlan), no(.referral, .assessment, .needsPlan),
    no(.visit, .assessment, .needsPlan), ok(.transfer, .assessment, .assessment),
    ok(.closureRequest, .assessment, .assessment), no(.closureApproval, .assessment, .needsClosureRequest),
    no(.reopen, .assessment, .notClosed),

    ok(.firstContact, .plan, .plan), ok(.assessment, .plan, .plan), ok(.plan, .plan, .plan),
    ok(.service, .plan, .implementation), ok(.referral, .plan, .implementation), ok(.visit, .plan, .monitoring),
    ok(.transfer, .plan, .plan), ok(.closureRequest, .plan, .plan), no(.closureApproval, .plan, .needsClosureRequest),
    no(.reopen, .plan, .notClosed),

    ok(.firstContact, .implementation, .implementation), ok(.assessment, .implementation, .implementation),
    ok(.plan, .implementation, .implementation), ok(.service, .implementation, .implementation),
    ok(.referral, .implementation, .implementation), ok(.visit, .implementation, .monitoring),
    ok(.transfer, .implementation, .implementation), ok(.closureRequest, .implementation, .implementation),
    no(.closureApproval, .implementation, .needsClosureRequest), no(.reopen, .implementation, .notClosed),

    ok(.firstContact, .monitoring, .monitoring), ok(.assessment, .monitoring, .monitoring),
    ok(.plan, .monitoring, .monitoring), ok(.service, .monitoring, .monitoring),
    ok(.referral, .monitoring, .monitoring), ok(.visit, .monitoring, .monitoring),
    ok(.transfer, .monitoring, .monitoring), ok(.closureRequest, .monitoring, .monitoring),
    no(.closureApproval, .monitoring, .needsClosureRequest), no(.reopen, .monitoring, .notClosed),

    no(.firstContact, .closed, .alreadyClosed), no(.assessment, .closed, .alreadyClosed),
    no(.plan, .closed, .alreadyClosed), no(.service, .closed, .alreadyClosed), no(.referral, .closed, .alreadyClosed),
    no(.visit, .closed, .alreadyClosed), no(.transfer, .closed, .alreadyClosed),
    no(.closureRequest, .closed, .alreadyClosed), no(.closureApproval, .closed, .alreadyClosed),
    ok(.reopen, .closed, .assessment),
]

@Suite("Case stages")
struct CaseStageTests {
    @Test("the table covers every step in every stage once")
    func tableIsComplete() {
        #expect(stepTable.count == CaseStep.allCases.count * CaseStage.allCases.count)
        #expect(Set(stepTable.map { "\($0.step)-\($0.stage)" }).count == stepTable.count)
    }

    @Test("each step in each stage", arguments: stepTable)
    func stepInStage(row: StepRow) throws {
        // setup
        let before = try progress(at: row.stage)
        #expect(before.stage == row.stage)
        // MUT
        let result = CaseWorkflow.apply(row.step, to: before, at: later)
        // validate
        switch (result, row.expected) {
        case (.success(let after), .success(let stage)):
            #expect(after.stage == stage)
        case (.failure(let error), .failure(let expected)):
            #expect(error == expected)
        default:
            Issue.record("got \(result), expected \(row.expected)")
        }
    }

    @Test("a new case is in intake with nothing recorded")
    func newCase() {
        let progress = CaseProgress()
        #expect(progress.stage == .intake)
        #expect(progress.firstContactAt == nil)
        #expect(!progress.assessed)
        #expect(!progress.hasPlan)
        #expect(!progress.closureRequested)
        #expect(progress.reopenCount == 0)
    }

    @Test("first contact records its time and stays in intake; a second one keeps the first time")
    func firstContact() throws {
        // MUT
        let once = try CaseWorkflow.apply(.firstContact, to: CaseProgress(), at: monday).get()
        let twice = try CaseWorkflow.apply(.firstContact, to: once, at: later).get()
        // validate
        #expect(once == CaseProgress(stage: .intake, firstContactAt: monday))
        #expect(twice == once)
    }

    @Test("each step records what it is")
    func recordedFacts() throws {
        // setup
        let contacted = try CaseWorkflow.apply(.firstContact, to: CaseProgress(), at: monday).get()
        // MUT
        let assessed = try CaseWorkflow.apply(.assessment, to: contacted, at: later).get()
        let planned = try CaseWorkflow.apply(.plan, to: assessed, at: later).get()
        let requested = try CaseWorkflow.apply(.closureRequest, to: planned, at: later).get()
        // validate
        #expect(assessed == CaseProgress(stage: .assessment, firstContactAt: monday, assessed: true))
        #expect(planned == CaseProgress(stage: .plan, firstContactAt: monday, assessed: true, hasPlan: true))
        #expect(
            requested
                == CaseProgress(
                    stage: .plan, firstContactAt: monday, assessed: true, hasPlan: true, closureRequested: true))
    }

    @Test(
        "steps that do not record anything leave everything but the stage alone",
        arguments: [CaseStep.service, .referral, .visit, .transfer])
    func stepsWithoutFacts(step: CaseStep) throws {
        let before = try progress(at: .plan)
        let after = try CaseWorkflow.apply(step, to: before, at: later).get()
        var expected = before
        expected.stage = after.stage
        #expect(after == expected)
    }

    @Test("a closure request is made once; closure needs it; services go on while it waits")
    func closure() throws {
        // setup
        let requested = try CaseWorkflow.apply(.closureRequest, to: try progress(at: .implementation), at: later).get()
        // MUT / validate
        #expect(requested.closureRequested)
        #expect(requested.stage == .implementation)
        #expect(CaseWorkflow.apply(.closureRequest, to: requested, at: later) == .failure(.closureAlreadyRequested))
        let visited = try CaseWorkflow.apply(.visit, to: requested, at: later).get()
        #expect(visited.stage == .monitoring)
        #expect(visited.closureRequested)
        let closed = try CaseWorkflow.apply(.closureApproval, to: visited, at: later).get()
        #expect(closed.stage == .closed)
    }

    @Test("a closure request needs an assessment, even after first contact")
    func closureNeedsAssessment() throws {
        let contacted = try CaseWorkflow.apply(.firstContact, to: CaseProgress(), at: monday).get()
        #expect(CaseWorkflow.apply(.closureRequest, to: contacted, at: later) == .failure(.needsAssessment))
        #expect(CaseWorkflow.apply(.assessment, to: contacted, at: later).map(\.stage) == .success(.assessment))
    }

    @Test("a case can be closed without a plan (e.g. the family moved after assessment)")
    func closeAfterAssessment() throws {
        let closed = try CaseWorkflow.apply(
            [.firstContact, .assessment, .closureRequest, .closureApproval], at: monday
        ).get()
        #expect(closed.stage == .closed)
        #expect(!closed.hasPlan)
    }

    @Test("reopening goes back to assessment, counts, clears the request and keeps the record; it can repeat")
    func reopen() throws {
        // setup
        let closed = try progress(at: .closed)
        // MUT
        let reopened = try CaseWorkflow.apply(.reopen, to: closed, at: later).get()
        let closedAgain = try CaseWorkflow.apply([.visit, .closureRequest, .closureApproval], to: reopened, at: later)
            .get()
        let reopenedAgain = try CaseWorkflow.apply(.reopen, to: closedAgain, at: later).get()
        // validate
        #expect(
            reopened
                == CaseProgress(
                    stage: .assessment, firstContactAt: monday, assessed: true, hasPlan: true, closureRequested: false,
                    reopenCount: 1))
        #expect(closedAgain.stage == .closed)
        #expect(reopenedAgain.reopenCount == 2)
        #expect(CaseWorkflow.apply(.reopen, to: reopened, at: later) == .failure(.notClosed))
    }

    @Test("a sequence stops at the first step out of order")
    func sequence() {
        #expect(CaseWorkflow.apply([.firstContact, .plan, .assessment], at: monday) == .failure(.needsAssessment))
        #expect(CaseWorkflow.apply([], at: monday) == .success(CaseProgress()))
    }

    @Test("stages are ordered intake → closed")
    func stageOrder() {
        #expect(CaseStage.allCases.sorted() == CaseStage.allCases)
        #expect(CaseStage.intake < .assessment)
        #expect(CaseStage.monitoring < .closed)
        #expect(!(CaseStage.plan < .plan))
    }

    @Test("progress encodes to JSON and back; steps and stages use snake_case raw values")
    func codable() throws {
        let value = try progress(at: .monitoring)
        let decoded = try JSONDecoder().decode(CaseProgress.self, from: try JSONEncoder().encode(value))
        #expect(decoded == value)
        #expect(CaseStep.firstContact.rawValue == "first_contact")
        #expect(CaseStep.closureApproval.rawValue == "closure_approval")
        #expect(CaseStage.implementation.rawValue == "implementation")
        for step in CaseStep.allCases {
            #expect(step.rawValue.allSatisfy { $0.isLowercase || $0 == "_" })
        }
    }

    @Test("error codes are distinct snake_case", arguments: CaseStepError.allCases)
    func errorCode(error: CaseStepError) {
        #expect(!error.code.isEmpty)
        #expect(error.code.allSatisfy { $0.isLowercase || $0 == "_" })
        #expect(CaseStepError.allCases.filter { $0.code == error.code }.count == 1)
        #expect(error.description == error.code)
    }

    @Test("error messages say what must come first, in Indonesian and English", arguments: CaseStepError.allCases)
    func errorMessage(error: CaseStepError) {
        for language in Language.allCases {
            let message = error.message(in: language)
            #expect(message.hasSuffix("."))
            #expect(message.first?.isUppercase == true)
            #expect(CaseStepError.allCases.filter { $0.message(in: language) == message }.count == 1)
        }
        #expect(error.message(in: .indonesian) != error.message(in: .english))
    }

    @Test("the messages for missing earlier steps name the earlier step")
    func messageContents() {
        #expect(CaseStepError.needsAssessment.message(in: .indonesian).contains("memerlukan asesmen terlebih dahulu"))
        #expect(CaseStepError.needsAssessment.message(in: .english).contains("needs an assessment first"))
        #expect(CaseStepError.needsFirstContact.message(in: .indonesian).contains("kontak pertama terlebih dahulu"))
        #expect(CaseStepError.needsPlan.message(in: .english).contains("needs a case plan first"))
        #expect(CaseStepError.needsClosureRequest.message(in: .indonesian).contains("permintaan penutupan"))
        #expect(CaseStepError.alreadyClosed.message(in: .english).contains("reopen"))
    }

    @Test("stages and steps have distinct labels in both languages")
    func labels() {
        for language in Language.allCases {
            #expect(Set(CaseStage.allCases.map { $0.label(in: language) }).count == CaseStage.allCases.count)
            #expect(Set(CaseStep.allCases.map { $0.label(in: language) }).count == CaseStep.allCases.count)
        }
        #expect(CaseStage.closed.label(in: .indonesian) == "Terminasi")
        #expect(CaseStep.referral.label(in: .indonesian) == "Rujukan")
    }
}
