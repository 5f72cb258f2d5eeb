import Benchmark
import DossierStore
import Foundation

/// Opening generated libraries (scripts/generate-library N DIR): what the reader does before the
/// first paint. Set DOSSIER_BENCH_LIBRARIES to a folder holding 1000/ and 10000/ (made with
/// scripts/generate-library); missing ones are skipped.
let benchmarks: @Sendable () -> Void = {
    let base = ProcessInfo.processInfo.environment["DOSSIER_BENCH_LIBRARIES"] ?? "/tmp/dossier-bench"
    for count in [1_000, 10_000, 100_000] {
        let folder = URL(fileURLWithPath: base).appendingPathComponent(String(count))
        guard let library = try? Library(root: folder) else { continue }
        let configuration = Benchmark.Configuration(metrics: [.wallClock, .peakMemoryResident],
                                                    maxDuration: .seconds(60), maxIterations: 5)
        let cache = folder.appendingPathComponent(".dossier/summaries.tsv")
        Benchmark("Cold list of \(count) articles (no summary cache: every file's first kilobyte)",
                  configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                // Removing the cache is part of the measured time; it is one unlink.
                try? FileManager.default.removeItem(at: cache)
                blackHole(try library.summaries())
            }
        }
        Benchmark("Warm list of \(count) articles (from the summary cache)", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try library.summaries())
            }
        }
    }
}
