// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        // For the benchmark package in Benchmarks/, which measures the layers on their own.
        .library(name: "DossierCore", targets: ["DossierCore"]),
        .library(name: "DossierStore", targets: ["DossierStore"]),
        .library(name: "DossierUI", targets: ["DossierUI"]),
        .library(name: "DossierApp", targets: ["DossierApp"]),
        .library(name: "DossierConfig", targets: ["DossierConfig"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
        // BitSet: a search's matching articles as bits.
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        // Golden screens in the tests (its SnapshotTesting target builds without swift-syntax).
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.17.0"),
    ],
    targets: [
        // The shared model: articles, mentions, entities, sanitising, extraction.
        .target(
            name: "DossierCore",
            resources: [
                .copy("Resources/gazetteer.tsv"), .copy("Resources/lexicon.txt"),
                .copy("Resources/names.txt"), .copy("Resources/words.txt"),
            ]
        ),
        // The plain-file store: library folders, article formats, the default library, and the
        // library's index (SQLite); web pages and feeds read with libxml2.
        .target(name: "DossierStore", dependencies: ["DossierCore", "CSQLite", "CLibXML2", "CCurl",
                                                    .product(name: "BitCollections", package: "swift-collections")],
                resources: [.copy("Resources/html-entities.tsv")]),
        // libcurl, loaded by the first request: no command that fetches nothing pays for it.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        // SQLite from the system (libsqlite3-dev), with FTS5.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        // libxml2 from the system (libxml2-dev): HTML pages and feeds.
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // The reader without a terminal: state, key map, views drawn into a Canvas.
        // Nothing of Foundation: no file or process API (members of modules not imported stay hidden).
        .target(name: "DossierUI", dependencies: ["DossierCore"],
                swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),
        // The config file: TOML read into key bindings, a theme and the reader's settings.
        .target(name: "DossierConfig", dependencies: ["DossierCore", "DossierUI"]),
        // The reader at work on a library: its effects carried out, work on other threads.
        .target(name: "DossierApp", dependencies: ["DossierCore", "DossierStore", "DossierUI"]),
        // ncursesw from the system, with a shim for what Swift cannot import.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "DossierTerminal", dependencies: ["CNcursesw", "DossierUI"]),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierCore", "DossierStore", "DossierUI", "DossierApp", "DossierConfig", "DossierTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (a seeded random generator); no product uses it.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DossierCoreTests", dependencies: ["DossierCore", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DossierStoreTests", dependencies: ["DossierStore", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DossierUITests", dependencies: [
            "DossierUI", "DossierApp", "DossierStore", "DossierConfig", "TestSupport",
            .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
        ], exclude: ["__Snapshots__"]),
        .testTarget(name: "DossierConfigTests", dependencies: ["DossierConfig"]),
        .testTarget(name: "EndToEndTests", dependencies: ["dossier"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
