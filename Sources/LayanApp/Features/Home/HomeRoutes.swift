import Fluent
import LayanDomain
import LayanPersistence
import Vapor

/// The public pages (landing page, office pages, the language switch, the stylesheet) and the
/// signed-in start page.
struct WebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(.GET, HomeRoute.Pattern.home.components, access: .open, use: home)
        routes.on(.GET, HomeRoute.Pattern.office.components, access: .open, use: office)
        routes.on(.GET, HomeRoute.Pattern.setLanguage.components, access: .open, use: setLanguage)
        routes.on(.GET, HomeRoute.Pattern.stylesheet.components, access: .open, use: stylesheet)
        routes.on(.GET, HomeRoute.Pattern.dashboard.components, access: .permission(.signedIn), use: dashboard)
    }

    func home(request: Request) async throws -> Response {
        let model = try await HomeModel.load(on: request.db)
        return HomeView.render(model, context: request.pageContext).response()
    }

    func office(request: Request) async throws -> Response {
        guard let code = request.parameters.get("code"),
            let model = try await OfficeModel.load(code: code, on: request.db)
        else { throw Abort(.notFound) }
        return OfficeView.render(model, context: request.pageContext).response()
    }

    /// Remembers the language for a year and returns to the page the user was on (only local paths,
    /// so the switch cannot be used to redirect elsewhere).
    func setLanguage(request: Request) async throws -> Response {
        guard let raw = request.parameters.get("language"), let language = Language(rawValue: raw) else {
            throw Abort(.notFound)
        }
        let next = request.query[String.self, at: "next"] ?? "/"
        let target = RoutePath.isLocal(next) ? next : "/"
        let response = request.redirect(to: target, redirectType: .normal)
        response.cookies[RequestContextMiddleware.languageCookie] = HTTPCookies.Value(
            string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/", isSecure: request.isSecure,
            isHTTPOnly: true, sameSite: .lax)
        return response
    }

    func dashboard(request: Request) async throws -> Response {
        let context = request.pageContext
        var overdue = 0
        if context.may(.manageCoordination) {
            let user = try request.requireUser()
            overdue = try await ActionItemModel.query(on: request.db).filter(
                \.$organisationID ~~ (try await request.records.subtreeIDs())
            )
            .filter(\.$doneOn == nil).filter(\.$dueOn < Days.today(in: user.organisation.timeZone, now: request.now))
            .count()
        }
        return DashboardView.render(context: context, overdueActions: overdue).response()
    }

    func stylesheet(request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/css; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
}

extension Request {
    var isSecure: Bool { url.scheme == "https" || headers.first(name: "X-Forwarded-Proto") == "https" }
}
