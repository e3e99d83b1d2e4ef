import LayanDomain
import Vapor

/// The frame of every page: header with the language switch, main content, footer.
enum Layout {
    static func page(title: String, context: PageContext, content: [Node]) -> Node {
        let other: Language = context.language == .indonesian ? .english : .indonesian
        return .fragment([
            .trusted("<!DOCTYPE html>"),
            .element(
                "html", [.lang(context.language.rawValue)],
                [
                    .element(
                        "head", [],
                        [
                            .void("meta", [Attribute("charset", "utf-8")]),
                            .void("meta", [.name("viewport"), .content("width=device-width, initial-scale=1")]),
                            .element("title", [], [.text(title + " · " + context.t(.appName))]),
                            .void("link", [.rel("stylesheet"), .href(HomeRoute.stylesheet.path)]),
                        ]),
                    .element(
                        "body", [],
                        [
                            .a("#main", context.t(.navSkipToContent), [.class("skip")]),
                            .element(
                                "header", [.class("top")],
                                [
                                    .a(HomeRoute.home.path, context.t(.appName), [.class("brand")]),
                                    navigation(context: context, switchTo: other),
                                ]),
                            .element("main", [.id("main")], content),
                            .element(
                                "footer", [],
                                [
                                    .p(context.t(.footerText)),
                                    .a(PerformanceRoute.statistics(year: nil).path, context.t(.footerStatisticsLink)),
                                    .text(" · "),
                                    .a("/api/v1/openapi.json", context.t(.footerStatistics)),
                                ]),
                        ]),
                ]),
        ])
    }
}

extension Layout {
    /// The header's links: what the user may open, the language switch, and signing in or out.
    static func navigation(context: PageContext, switchTo other: Language) -> Node {
        var items: [Node] = []
        if let user = context.user {
            items.append(.a(HomeRoute.dashboard.path, context.t(.navDashboard)))
            if context.may(.handleComplaints) {
                items.append(.a(ComplaintRoute.intakeQueue.path, context.t(.navIntake)))
            }
            if context.may(.viewCases) { items.append(.a(CaseRoute.cases(queue: nil).path, context.t(.navCases))) }
            if context.may(.viewPersons) {
                items.append(.a(PersonRoute.persons(query: nil).path, context.t(.navPersons)))
            }
            // The role's main pages: the street for those who go out, kinerja for those who answer for it.
            if context.may(.doOutreach) { items.append(.a(OutreachRoute.operations.path, context.t(.navOutreach))) }
            if context.may(.viewIndicators) && !context.may(.doOutreach) {
                items.append(
                    .a(PerformanceRoute.performance(office: nil, from: nil, to: nil).path, context.t(.navPerformance)))
            }
            if context.may(.answerReferrals) {
                items.append(.a(CaseRoute.partnerReferrals.path, context.t(.navReferrals)))
            }
            if context.may(.viewPrograms) { items.append(.a(ProgramRoute.programs.path, context.t(.navPrograms))) }
            if context.may(.viewStaff) { items.append(.a(AdminRoute.staff.path, context.t(.navStaff))) }
            if context.may(.manageUsers) { items.append(.a(AdminRoute.users.path, context.t(.navUsers))) }
            if context.may(.viewAuditLog) { items.append(.a(AdminRoute.audit.path, context.t(.navAudit))) }
            items.append(.span([.class("who")], user.displayName))
        }
        items.append(
            .a(
                HomeRoute.setLanguage(other, next: context.currentPath).path, context.t(.navSwitchLanguage),
                [.lang(other.rawValue), .hreflang(other.rawValue), .ariaLabel(context.t(.navSwitchLanguageLabel))]))
        if context.user != nil {
            items.append(
                .element(
                    "form",
                    [Attribute("method", "post"), Attribute("action", AuthRoute.logout.path), .class("inline")],
                    [
                        context.csrfField,
                        .element("button", [Attribute("type", "submit")], [.text(context.t(.navLogout))]),
                    ]))
        } else {
            items.append(.a(ComplaintRoute.reportForm(office: nil).path, context.t(.navReport)))
            items.append(.a(AuthRoute.login(next: nil).path, context.t(.navLogin)))
        }
        return .element("nav", [], items)
    }
}

extension Node {
    /// A complete HTML response.
    func response(status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}
