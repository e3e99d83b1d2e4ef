import FluentKit
import Foundation
import LayanDomain
import SQLKit

/// The totals of a set of questionnaires, as the database sums them: how many, and per element the sum of the
/// answers. `result` turns them into NRR, IKM and grade with the PermenPANRB 14/2017 formulas of `SKM`.
public struct SKMAggregate: Sendable, Equatable {
    public var respondents: Int
    /// Nine sums, elements 1–9 in order.
    public var elementSums: [Int]

    public init(respondents: Int, elementSums: [Int]) {
        self.respondents = respondents
        self.elementSums = elementSums
    }

    /// No questionnaire.
    public static let empty = SKMAggregate(respondents: 0, elementSums: Array(repeating: 0, count: SKM.elementCount))

    /// NRR per element, IKM 25–100 and grade; nil without respondents.
    public var result: SKMResult? { SKM.result(fromSums: elementSums, respondents: respondents) }

    /// The totals of both sets together.
    public static func + (lhs: SKMAggregate, rhs: SKMAggregate) -> SKMAggregate {
        SKMAggregate(
            respondents: lhs.respondents + rhs.respondents,
            elementSums: zip(lhs.elementSums, rhs.elementSums).map { $0 + $1 })
    }
}

/// How many respondents gave each value of a profile field (nil: not given).
public struct SKMProfileCounts: Sendable, Equatable {
    public var sex: [Sex?: Int] = [:]
    public var education: [SKMEducation?: Int] = [:]
    public var occupation: [SKMOccupation?: Int] = [:]
    /// By whole years of age.
    public var age: [Int?: Int] = [:]
    /// By the way the questionnaire came in.
    public var channel: [SKMChannel: Int] = [:]

    public init() {}
}

/// SKM aggregates computed by the database (`COUNT` and `SUM` per element); questionnaires are never loaded.
public enum SKMQueries {
    /// The totals of the questionnaires of `organisationIDs` answered from `from` to `to` (`YYYY-MM-DD`, both
    /// included). The indicator engine computes the `ikm` indicator from this.
    public static func aggregate(
        organisationIDs: [UUID], from: String, to: String, on database: any SQLDatabase
    ) async throws -> SKMAggregate {
        guard !organisationIDs.isEmpty else { return .empty }
        let row = try await totals(database.select(), organisationIDs: organisationIDs, from: from, to: to).first()
        return try row.map(aggregate(of:)) ?? .empty
    }

    /// The totals per calendar month (months without questionnaires are left out), for trends.
    public static func aggregateByMonth(
        organisationIDs: [UUID], from: String, to: String, on database: any SQLDatabase
    ) async throws -> [YearMonth: SKMAggregate] {
        guard !organisationIDs.isEmpty else { return [:] }
        let month = SQLFunction(
            "SUBSTR", args: SQLColumn("answered_on"), SQLLiteral.numeric("1"), SQLLiteral.numeric("7"))
        let rows = try await totals(
            database.select().column(month, as: "month"), organisationIDs: organisationIDs, from: from, to: to
        )
        .groupBy(month).all()
        var result: [YearMonth: SKMAggregate] = [:]
        for row in rows {
            let text = try row.decode(column: "month", as: String.self)
            let parts = text.split(separator: "-")
            guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]),
                let yearMonth = YearMonth(year: year, month: number)
            else { continue }
            result[yearMonth] = try aggregate(of: row)
        }
        return result
    }

    /// The totals per quarter (triwulan) that has questionnaires, in order, for trends.
    public static func aggregateByQuarter(
        organisationIDs: [UUID], from: String, to: String, on database: any SQLDatabase
    ) async throws -> [(period: ReportingPeriod, aggregate: SKMAggregate)] {
        var quarters: [ReportingPeriod: SKMAggregate] = [:]
        for (month, totals) in try await aggregateByMonth(
            organisationIDs: organisationIDs, from: from, to: to, on: database)
        {
            guard let quarter = ReportingPeriod.quarter(year: month.year, quarter: (month.month + 2) / 3) else {
                continue
            }
            quarters[quarter] = (quarters[quarter] ?? .empty) + totals
        }
        return quarters.sorted { $0.key.from < $1.key.from }.map { (period: $0.key, aggregate: $0.value) }
    }

    /// How the respondents are made up (sex, education, occupation, age) and how their questionnaires came in,
    /// counted by the database.
    public static func profile(
        organisationIDs: [UUID], from: String, to: String, on database: any SQLDatabase
    ) async throws -> SKMProfileCounts {
        var counts = SKMProfileCounts()
        guard !organisationIDs.isEmpty else { return counts }
        func grouped(_ column: String) async throws -> [(String?, Int)] {
            try await database.select().column(SQLColumn(column), as: "value")
                .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "count")
                .from(SKMResponseModel.schema)
                .where(SQLColumn("organisation_id"), .in, SQLBind.group(organisationIDs))
                .where(SQLColumn("answered_on"), .greaterThanOrEqual, SQLBind(from))
                .where(SQLColumn("answered_on"), .lessThanOrEqual, SQLBind(to))
                .groupBy(SQLColumn(column)).all()
                .map {
                    (
                        try $0.decodeNil(column: "value") ? nil : $0.decode(column: "value", as: String.self),
                        try $0.decode(column: "count", as: Int.self)
                    )
                }
        }
        for (value, count) in try await grouped("sex") {
            counts.sex[value.flatMap(Sex.init(rawValue:)), default: 0] += count
        }
        for (value, count) in try await grouped("education") {
            counts.education[value.flatMap(SKMEducation.init(rawValue:)), default: 0] += count
        }
        for (value, count) in try await grouped("channel") {
            if let channel = value.flatMap(SKMChannel.init(rawValue:)) { counts.channel[channel, default: 0] += count }
        }
        for (value, count) in try await grouped("occupation") {
            counts.occupation[value.flatMap(SKMOccupation.init(rawValue:)), default: 0] += count
        }
        let ages = try await database.select().column(SQLColumn("age"), as: "value")
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "count")
            .from(SKMResponseModel.schema)
            .where(SQLColumn("organisation_id"), .in, SQLBind.group(organisationIDs))
            .where(SQLColumn("answered_on"), .greaterThanOrEqual, SQLBind(from))
            .where(SQLColumn("answered_on"), .lessThanOrEqual, SQLBind(to))
            .groupBy(SQLColumn("age")).all()
        for row in ages {
            let age = try row.decodeNil(column: "value") ? nil : try row.decode(column: "value", as: Int.self)
            counts.age[age, default: 0] += try row.decode(column: "count", as: Int.self)
        }
        return counts
    }

    /// `COUNT(*)` and `SUM(u1)` … `SUM(u9)` over the questionnaires in scope.
    private static func totals(
        _ select: SQLSelectBuilder, organisationIDs: [UUID], from: String, to: String
    ) -> SQLSelectBuilder {
        var builder = select.column(SQLFunction("COUNT", args: SQLLiteral.all), as: "respondents")
        for element in 1...SKM.elementCount {
            // PostgreSQL sums integers as NUMERIC; the cast keeps the sum a whole number on every database.
            builder = builder.column(SQLRaw("CAST(SUM(u\(element)) AS BIGINT)"), as: "s\(element)")
        }
        return builder.from(SKMResponseModel.schema)
            .where(SQLColumn("organisation_id"), .in, SQLBind.group(organisationIDs))
            .where(SQLColumn("answered_on"), .greaterThanOrEqual, SQLBind(from))
            .where(SQLColumn("answered_on"), .lessThanOrEqual, SQLBind(to))
    }

    /// A row of `totals`; `SUM` over no rows is NULL, which counts as 0.
    private static func aggregate(of row: any SQLRow) throws -> SKMAggregate {
        let respondents = try row.decode(column: "respondents", as: Int.self)
        let sums = try (1...SKM.elementCount).map { element in
            try row.decode(column: "s\(element)", as: Int?.self) ?? 0
        }
        return SKMAggregate(respondents: respondents, elementSums: sums)
    }

    /// The survey rounds of `organisationIDs` that overlap `from`…`to`, by start.
    public static func periods(
        organisationIDs: [UUID], from: String, to: String, on database: any Database
    ) async throws -> [SKMPeriodModel] {
        guard !organisationIDs.isEmpty else { return [] }
        return try await SKMPeriodModel.query(on: database).filter(\.$organisationID ~~ organisationIDs)
            .filter(\.$startsOn <= to).filter(\.$endsOn >= from).sort(\.$startsOn).sort(\.$name).all()
    }

    /// The round of `organisationID` whose days include `day`: the latest starting, when rounds overlap.
    public static func period(
        of organisationID: UUID, on day: String, on database: any Database
    ) async throws -> SKMPeriodModel? {
        try await SKMPeriodModel.query(on: database).filter(\.$organisationID == organisationID)
            .filter(\.$startsOn <= day).filter(\.$endsOn >= day).sort(\.$startsOn, .descending).first()
    }
}
