import Foundation
import Testing

@testable import LayanDomain

/// One answer to a referral in one status, with a reason given.
struct ReferralRow: Sendable, CustomTestStringConvertible {
    let current: ReferralStatus
    let answer: ReferralAnswer
    let expected: Result<ReferralStatus, ReferralError>

    var testDescription: String {
        switch expected {
        case .success(let next): "\(answer.rawValue) when \(current.rawValue) → \(next.rawValue)"
        case .failure(let error): "\(answer.rawValue) when \(current.rawValue) → \(error)"
        }
    }
}

/// One answer to a transfer in one status, with a reason given.
struct TransferRow: Sendable, CustomTestStringConvertible {
    let current: TransferStatus
    let answer: TransferAnswer
    let expected: Result<TransferStatus, TransferError>

    var testDescription: String {
        switch expected {
        case .success(let next): "\(answer.rawValue) when \(current.rawValue) → \(next.rawValue)"
        case .failure(let error): "\(answer.rawValue) when \(current.rawValue) → \(error)"
        }
    }
}

@Suite("Referrals and transfers")
struct ReferralTests {
    @Test(
        "every answer in every referral status",
        arguments: [
            ReferralRow(current: .sent, answer: .accept, expected: .success(.accepted)),
            ReferralRow(current: .sent, answer: .decline, expected: .success(.declined)),
            ReferralRow(current: .sent, answer: .complete, expected: .failure(.notAccepted)),
            ReferralRow(current: .accepted, answer: .accept, expected: .failure(.alreadyAnswered(.accepted))),
            ReferralRow(current: .accepted, answer: .decline, expected: .failure(.alreadyAnswered(.accepted))),
            ReferralRow(current: .accepted, answer: .complete, expected: .success(.completed)),
            ReferralRow(current: .declined, answer: .accept, expected: .failure(.alreadyAnswered(.declined))),
            ReferralRow(current: .declined, answer: .decline, expected: .failure(.alreadyAnswered(.declined))),
            ReferralRow(current: .declined, answer: .complete, expected: .failure(.alreadyAnswered(.declined))),
            ReferralRow(current: .completed, answer: .accept, expected: .failure(.alreadyAnswered(.completed))),
            ReferralRow(current: .completed, answer: .decline, expected: .failure(.alreadyAnswered(.completed))),
            ReferralRow(current: .completed, answer: .complete, expected: .failure(.alreadyAnswered(.completed))),
        ])
    func referralAnswer(row: ReferralRow) {
        // MUT
        let result = ReferralWorkflow.answer(row.answer, current: row.current, reason: "Kuota panti sudah penuh")
        // validate
        #expect(result == row.expected)
    }

    @Test("declining a sent referral needs a reason that is not blank", arguments: [nil, "", "   ", "\n\t"])
    func referralDeclineNeedsReason(reason: String?) {
        #expect(ReferralWorkflow.answer(.decline, current: .sent, reason: reason) == .failure(.declineNeedsReason))
    }

    @Test("a reason is not needed to accept or complete, and being already answered comes before a missing reason")
    func reasonOnlyForDecline() {
        #expect(ReferralWorkflow.answer(.accept, current: .sent, reason: nil) == .success(.accepted))
        #expect(ReferralWorkflow.answer(.complete, current: .accepted, reason: nil) == .success(.completed))
        #expect(
            ReferralWorkflow.answer(.decline, current: .declined, reason: nil) == .failure(.alreadyAnswered(.declined)))
    }

    @Test("a table covers every referral status and answer")
    func referralTableIsComplete() {
        #expect(ReferralStatus.allCases.count * ReferralAnswer.allCases.count == 12)
        #expect(ReferralStatus.allCases.filter(\.isAnswered) == [.accepted, .declined, .completed])
    }

    @Test(
        "every answer in every transfer status",
        arguments: [
            TransferRow(current: .requested, answer: .accept, expected: .success(.accepted)),
            TransferRow(current: .requested, answer: .decline, expected: .success(.declined)),
            TransferRow(current: .accepted, answer: .accept, expected: .failure(.alreadyAnswered(.accepted))),
            TransferRow(current: .accepted, answer: .decline, expected: .failure(.alreadyAnswered(.accepted))),
            TransferRow(current: .declined, answer: .accept, expected: .failure(.alreadyAnswered(.declined))),
            TransferRow(current: .declined, answer: .decline, expected: .failure(.alreadyAnswered(.declined))),
        ])
    func transferAnswer(row: TransferRow) {
        let result = TransferWorkflow.answer(row.answer, current: row.current, reason: "Bukan wilayah kami")
        #expect(result == row.expected)
    }

    @Test("declining a transfer needs a reason that is not blank", arguments: [nil, "", "  "])
    func transferDeclineNeedsReason(reason: String?) {
        #expect(TransferWorkflow.answer(.decline, current: .requested, reason: reason) == .failure(.declineNeedsReason))
        #expect(TransferWorkflow.answer(.accept, current: .requested, reason: reason) == .success(.accepted))
    }

    @Test("referral errors: codes and messages in both languages")
    func referralErrors() {
        let errors: [ReferralError] = [.alreadyAnswered(.declined), .notAccepted, .declineNeedsReason]
        #expect(errors.map(\.code) == ["already_answered", "not_accepted", "decline_needs_reason"])
        #expect(
            ReferralError.alreadyAnswered(.declined).message(in: .indonesian) == "Rujukan ini sudah dijawab (ditolak).")
        #expect(
            ReferralError.alreadyAnswered(.completed).message(in: .english)
                == "This referral has already been answered (completed).")
        #expect(ReferralError.declineNeedsReason.message(in: .indonesian) == "Penolakan rujukan memerlukan alasan.")
        #expect(
            ReferralError.notAccepted.message(in: .english)
                == "A referral can be completed only after it has been accepted.")
        #expect(ReferralError.alreadyAnswered(.accepted).description == "already_answered(accepted)")
        for error in errors {
            #expect(error.message(in: .indonesian) != error.message(in: .english))
        }
    }

    @Test("transfer errors: codes and messages in both languages")
    func transferErrors() {
        #expect(TransferError.alreadyAnswered(.accepted).code == "already_answered")
        #expect(TransferError.declineNeedsReason.code == "decline_needs_reason")
        #expect(
            TransferError.alreadyAnswered(.accepted).message(in: .indonesian)
                == "Pengalihan kasus ini sudah dijawab (diterima).")
        #expect(
            TransferError.declineNeedsReason.message(in: .english) == "Declining a case transfer needs a reason.")
    }

    @Test("statuses have distinct labels in both languages and stable raw values")
    func statusLabels() throws {
        for language in Language.allCases {
            #expect(Set(ReferralStatus.allCases.map { $0.label(in: language) }).count == 4)
            #expect(Set(TransferStatus.allCases.map { $0.label(in: language) }).count == 3)
        }
        #expect(ReferralStatus.allCases.map(\.rawValue) == ["sent", "accepted", "declined", "completed"])
        #expect(TransferStatus.allCases.map(\.rawValue) == ["requested", "accepted", "declined"])
        let json = try JSONEncoder().encode([ReferralAnswer.decline])
        #expect(String(data: json, encoding: .utf8) == #"["decline"]"#)
    }
}
