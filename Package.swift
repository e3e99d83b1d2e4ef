// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "layan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "layan", targets: ["layan"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        // Tests only: reads the XLSX workbooks the reports produce as a spreadsheet program would.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
        // Tests only: the main pages kept as text snapshots, so a change to a view shows as a diff.
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", exact: "1.19.7"),
    ],
    targets: [
        // Pure domain: types, validation, rules and formulas. No Vapor, no Fluent.
        .target(
            name: "LayanDomain",
            dependencies: []
        ),
        // Fluent models, numbered migrations, SQLKit queries and repositories.
        .target(
            name: "LayanPersistence",
            dependencies: [
                "LayanDomain",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Routes, controllers, pages, API DTOs, middleware and commands.
        .target(
            name: "LayanApp",
            dependencies: [
                "LayanDomain",
                "LayanPersistence",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        .executableTarget(
            name: "layan",
            dependencies: ["LayanApp"]
        ),
        .testTarget(
            name: "LayanDomainTests",
            dependencies: ["LayanDomain"]
        ),
        .testTarget(
            name: "LayanAppTests",
            dependencies: [
                "LayanApp",
                "LayanDomain",
                "LayanPersistence",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ]
        ),
    ]
)
