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
                            .void("link", [.rel("stylesheet"), .href(SiteRoute.stylesheet.path)]),
                        ]),
                    .element(
                        "body", [],
                        [
                            .a("#main", context.t(.navSkipToContent), [.class("skip")]),
                            .element(
                                "header", [.class("top")],
                                [
                                    .a(SiteRoute.home.path, context.t(.appName), [.class("brand")]),
                                    .element(
                                        "nav", [],
                                        [
                                            .a(
                                                SiteRoute.setLanguage(other, next: context.currentPath).path,
                                                context.t(.navSwitchLanguage),
                                                [
                                                    .lang(other.rawValue), .hreflang(other.rawValue),
                                                    .ariaLabel(context.t(.navSwitchLanguageLabel)),
                                                ])
                                        ]),
                                ]),
                            .element("main", [.id("main")], content),
                            .element(
                                "footer", [],
                                [
                                    .p(context.t(.footerText)),
                                    .a("/api/v1/openapi.json", context.t(.footerStatistics)),
                                ]),
                        ]),
                ]),
        ])
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
