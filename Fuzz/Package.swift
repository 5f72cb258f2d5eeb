// swift-tools-version: 6.1
// libFuzzer targets, in a package of their own: they are built with -sanitize=fuzzer, which the
// main build and its tests must never be. Build and run them with scripts/fuzz.
import PackageDescription

let package = Package(
    name: "DossierFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Dossier", path: ".."),
    ],
    targets: [
        // libFuzzer's driver, called from each target's entry point, and the checks targets share.
        .target(name: "FuzzDriver", dependencies: [.product(name: "DossierStore", package: "Dossier")]),
        .executableTarget(name: "FuzzSanitizer", dependencies: ["FuzzDriver", .product(name: "DossierCore", package: "Dossier")]),
        .executableTarget(name: "FuzzPlainText", dependencies: ["FuzzDriver", .product(name: "DossierStore", package: "Dossier")]),
        .executableTarget(name: "FuzzMarkdown", dependencies: ["FuzzDriver", .product(name: "DossierStore", package: "Dossier")]),
        .executableTarget(name: "FuzzHTML", dependencies: ["FuzzDriver", .product(name: "DossierStore", package: "Dossier")]),
        .executableTarget(name: "FuzzFeed", dependencies: ["FuzzDriver", .product(name: "DossierStore", package: "Dossier")]),
        .executableTarget(name: "FuzzWrapper", dependencies: ["FuzzDriver", .product(name: "DossierUI", package: "Dossier")]),
        .executableTarget(name: "FuzzStateFiles", dependencies: ["FuzzDriver", .product(name: "DossierStore", package: "Dossier")]),
        .executableTarget(name: "FuzzExtractor", dependencies: ["FuzzDriver", .product(name: "DossierCore", package: "Dossier")]),
        .executableTarget(name: "FuzzConfig", dependencies: ["FuzzDriver", .product(name: "DossierConfig", package: "Dossier")]),
    ]
)
