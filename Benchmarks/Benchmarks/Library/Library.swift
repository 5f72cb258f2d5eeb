import Benchmark
import DossierCore
import DossierStore
import DossierUI
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

        let extractor = try! EntityExtractor.bundled()
        Benchmark("Warm open of \(count) articles: the reader to its first painted list", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                let reader = try Reader(source: library, extractor: extractor, libraryName: "bench", width: 120, height: 40)
                blackHole(reader.render())
            }
        }
        let mentions = folder.appendingPathComponent(".dossier/mentions.tsv")
        // A full index of 100,000 articles takes long enough to be measured once.
        let indexing = Benchmark.Configuration(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(60),
                                               maxIterations: count >= 100_000 ? 1 : 3)
        Benchmark("Full index of \(count) articles (no mentions cache: every article read and extracted)",
                  configuration: indexing) { benchmark in
            for _ in benchmark.scaledIterations {
                try? FileManager.default.removeItem(at: mentions)
                blackHole(library.mentionIndex(using: extractor) { _, _ in })
            }
        }
        Benchmark("Warm index of \(count) articles (from the mentions cache)", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(library.mentionIndex(using: extractor) { _, _ in })
            }
        }
        Benchmark("Open a dossier in \(count) articles (indexed): key to painted screen", configuration: configuration) { benchmark in
            var reader = try Reader(source: library, extractor: extractor, libraryName: "bench", width: 120, height: 40)
            reader.adopt(library.mentionIndex(using: extractor) { _, _ in }, builtWith: extractor.fingerprint)
            reader.handle(.key(.tab))
            // The first person mentioned in the newest article: one of the generator's recurring cast.
            while reader.state.open?.selected?.kind != .person { reader.handle(.key(.character("]"))) }
            // Only the key and the paint are measured (the runner calls this once per sample).
            benchmark.startMeasurement()
            reader.handle(.key(.character("d")))
            blackHole(reader.render())
            benchmark.stopMeasurement()
            guard case .dossier(let page) = reader.state.overlay else { fatalError("no dossier opened") }
            print("dossier of \(page.entity): \(page.passages.count) passages in \(page.articleCount) articles")
        }
    }
}
