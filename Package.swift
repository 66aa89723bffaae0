// swift-tools-version: 6.0
import PackageDescription

/// claimtrace: who said what in a news article, as JSON.
///
/// Targets, from the bottom up:
/// - `COpenSSL`: system library (libssl-dev) reached through a module map.
/// - `ClaimtraceCrypto`: the few OpenSSL calls the product needs (SHA-256), in Swift.
/// - `ClaimtraceCore`: the extraction pipeline. Pure Swift, no I/O beyond loading its own
///   resources, no server code.
/// - `ClaimtraceTraining`: corpus readers, trainers and evaluators that write and score the
///   model files the core ships. Never linked into the serving path's hot loop.
/// - `ClaimtraceSockets`: non-blocking POSIX sockets driven by Dispatch sources, TLS-ready.
/// - `ClaimtraceServer`: HTTP/1.1 (parsing, connections, routing) and the API handlers.
/// - `claimtrace`: the one executable: `serve`, `extract`, `train`, `eval`.
let package = Package(
    name: "claimtrace",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "claimtrace", targets: ["claimtrace"]),
        .library(name: "ClaimtraceCore", targets: ["ClaimtraceCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"])]
        ),
        .target(
            name: "ClaimtraceCrypto",
            dependencies: ["COpenSSL"]
        ),
        .target(
            name: "ClaimtraceCore",
            resources: [.copy("Resources/Models"), .copy("Resources/Lexicons")]
        ),
        .target(
            name: "ClaimtraceTraining",
            dependencies: ["ClaimtraceCore"]
        ),
        .target(
            name: "ClaimtraceSockets",
            dependencies: ["COpenSSL"]
        ),
        .target(
            name: "ClaimtraceServer",
            dependencies: [
                "ClaimtraceCore", "ClaimtraceCrypto", "ClaimtraceSockets",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "claimtrace",
            dependencies: [
                "ClaimtraceCore", "ClaimtraceCrypto", "ClaimtraceTraining", "ClaimtraceServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "ClaimtraceCoreTests", dependencies: ["ClaimtraceCore", "ClaimtraceCrypto"]),
        .testTarget(name: "ClaimtraceTrainingTests", dependencies: ["ClaimtraceTraining"]),
        .testTarget(name: "ClaimtraceServerTests", dependencies: ["ClaimtraceServer", "ClaimtraceSockets"]),
    ],
    swiftLanguageModes: [.v6]
)
