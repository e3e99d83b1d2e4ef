/// The error page, in the user's language, with the request number to quote to support.
enum ErrorView {
    static func render(status: UInt, message: String, context: PageContext) -> Node {
        Layout.page(
            title: context.t(.errorTitle), context: context,
            content: [
                .h1(context.t(.errorTitle)),
                .div(
                    [.class("error"), Attribute("role", "alert")],
                    .p([.id("error-message")], .text(message)),
                    .p(
                        [.class("small")],
                        .text("HTTP \(status) · " + context.t(.errorRequestID, ["id": context.requestID])))
                ),
                .p([], .a(HomeRoute.home.path, context.t(.errorBackHome))),
            ])
    }
}
