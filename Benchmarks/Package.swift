// swift-tools-version: 6.1
// Benchmarks live in a package of their own so that building and testing Dossier never builds
// the benchmark framework. Run: cd Benchmarks && swift package benchmark
import PackageDescription

let package = Package(
    name: "DossierBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Dossier", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Library",
            dependencies: [
                .product(name: "DossierStore", package: "Dossier"),
                .product(name: "DossierUI", package: "Dossier"),
                .product(name: "DossierApp", package: "Dossier"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/Library",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
        .executableTarget(
            name: "Extraction",
            dependencies: [
                .product(name: "DossierCore", package: "Dossier"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/Extraction",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
