import FluentKit
import Metrics
import Prometheus
import SQLKit
import Vapor

/// Prometheus metrics for the whole process. swift-metrics allows one bootstrap per process, so it
/// happens once, the first time an application is configured.
enum LayanMetrics {
    static let registry = PrometheusCollectorRegistry()

    private static let bootstrap: Void = {
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    }()

    static func bootstrapOnce() { _ = bootstrap }
}

/// `/healthz` for load balancers and `/metrics` for Prometheus.
struct OperationsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        // Probes and scrapers run without credentials; put /metrics behind the proxy's network rules.
        routes.get("healthz", access: .open, use: health)
        routes.get("metrics", access: .open, use: metrics)
    }

    struct Health: Content {
        var status: String
        var database: String
    }

    func health(request: Request) async throws -> Response {
        let healthy: Bool
        do {
            guard let sql = request.db as? any SQLDatabase else { throw Abort(.serviceUnavailable) }
            _ = try await sql.raw("SELECT 1 AS ok").first()
            healthy = true
        } catch {
            request.logger.warning("health check: database unreachable")
            healthy = false
        }
        let response = Response(status: healthy ? .ok : .serviceUnavailable)
        try response.content.encode(
            Health(status: healthy ? "ok" : "unavailable", database: healthy ? "ok" : "unreachable"))
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    func metrics(request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(string: LayanMetrics.registry.emitToString()))
    }
}
