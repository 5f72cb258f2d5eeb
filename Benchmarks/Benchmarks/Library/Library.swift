import Benchmark
import DossierCore
import DossierStore
import DossierApp
import DossierUI
import Foundation

/// Opening generated libraries (scripts/generate-library N DIR): what the reader does before the
/// first paint. Set DOSSIER_BENCH_LIBRARIES to a folder holding 1000/, 10000/, 50000/, 100000/ (made with
/// scripts/generate-library); missing ones are skipped.
let benchmarks: @Sendable () -> Void = {
    let base = ProcessInfo.processInfo.environment["DOSSIER_BENCH_LIBRARIES"] ?? "/tmp/dossier-bench"
    for count in [1_000, 10_000, 50_000, 100_000] {
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
            // One open a sample: the list's check and the index then go on in the background, and
            // are waited for outside the measurement.
            benchmark.startMeasurement()
            let session = try ReaderSession(library: library, extractor: extractor, libraryName: "bench", width: 120, height: 40)
            blackHole(session.reader.render())
            benchmark.stopMeasurement()
            session.waitUntilIdle(timeout: .seconds(600))
        }
        let caches = ["mentions.tsv", "words.tsv"].map { folder.appendingPathComponent(".dossier/" + $0) }
        // A full index of 100,000 articles takes long enough to be measured once.
        let indexing = Benchmark.Configuration(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(60),
                                               maxIterations: count >= 100_000 ? 1 : 3)
        Benchmark("Full index of \(count) articles (no caches: every article read, extracted and its words counted)",
                  configuration: indexing) { benchmark in
            for _ in benchmark.scaledIterations {
                for cache in caches { try? FileManager.default.removeItem(at: cache) }
                blackHole(library.index(using: extractor) { _, _ in })
            }
        }
        Benchmark("Warm index of \(count) articles (from the mentions and words caches)", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(library.index(using: extractor) { _, _ in })
            }
        }
        Benchmark("Open a dossier in \(count) articles (indexed): key to painted screen", configuration: configuration) { benchmark in
            let session = try ReaderSession(library: library, extractor: extractor, libraryName: "bench", width: 120, height: 40)
            session.waitUntilIdle(timeout: .seconds(600))
            session.handle(.key(.tab))
            // The first person mentioned in the newest article: one of the generator's recurring cast.
            while session.reader.reading.open?.selected?.kind != .person { session.handle(.key(.character("]"))) }
            // Only the key and the paint are measured (the runner calls this once per sample).
            benchmark.startMeasurement()
            session.handle(.key(.character("d")))
            blackHole(session.reader.render())
            benchmark.stopMeasurement()
            guard let page = (session.reader.layers.last as? DossierView)?.dossier else { fatalError("no dossier opened") }
            print("dossier of \(page.entity): \(page.passages.count) passages in \(page.articleCount) articles")
        }

        // 100 queries, each a sample: the median and p99 are over queries.
        let searching = Benchmark.Configuration(metrics: [.wallClock], maxDuration: .seconds(120), maxIterations: 100)
        let cycle = QueryCycle()
        let loaded = LoadedIndex(library: library, extractor: extractor)
        Benchmark("Search \(count) articles (indexed, 20 passages): one of 100 queries", configuration: searching) { benchmark in
            let index = loaded.index
            let query = SearchQuery(parsing: QueryCycle.queries[cycle.take() % QueryCycle.queries.count])
            benchmark.startMeasurement()
            blackHole(LibrarySearch.search(query, index: index, dates: { [:] }, reading: { try? library.article(id: $0) }, limit: 20))
            benchmark.stopMeasurement()
        }
        let rgCycle = QueryCycle()
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/rg") {
            Benchmark("rg -liF over \(count) articles: one of 100 queries (its first word or phrase)", configuration: searching) { _ in
                let query = SearchQuery(parsing: QueryCycle.queries[rgCycle.take() % QueryCycle.queries.count])
                let needle = query.phrases.first ?? query.words.first ?? query.entities.first ?? ""
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/rg")
                process.arguments = ["-liF", needle, folder.path]
                process.standardOutput = FileHandle.nullDevice
                try process.run()
                process.waitUntilExit()
            }
        }
    }
}

/// The queries the search benchmarks take in turn: the generator's names, places and topics.
final class QueryCycle: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take() -> Int {
        lock.withLock {
            defer { next += 1 }
            return next
        }
    }

    static let queries: [String] = {
        let people = ["Putin", "Zelenskyy", "Macron", "Scholz", "Modi", "Erdogan", "Meloni", "Starmer", "Rutte", "Guterres"]
        let places = ["Kyiv", "Moscow", "Paris", "Berlin", "Beijing", "Ankara", "Rome", "London", "Geneva", "Kursk"]
        let topics = ["\"grain exports\"", "sanctions", "\"energy supplies\"", "trade", "refugees", "\"interest rates\"",
                      "\"border security\"", "\"arms deliveries\"", "\"the ceasefire talks\"", "pipeline"]
        var queries: [String] = []
        for index in 0..<100 {
            switch index % 4 {
            case 0: queries.append("\(people[index % 10].lowercased()) \(topics[(index / 4) % 10])")
            case 1: queries.append("@\(people[(index / 4) % 10]) \(places[index % 10].lowercased())")
            case 2: queries.append(topics[index % 10])
            default: queries.append("\(places[(index / 4) % 10]) \(topics[(index / 3) % 10])")
            }
        }
        return queries
    }()
}

/// The library's index, loaded once for all the search samples.
final class LoadedIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: LibraryIndex?
    private let library: Library
    private let extractor: EntityExtractor

    init(library: Library, extractor: EntityExtractor) {
        self.library = library
        self.extractor = extractor
    }

    var index: LibraryIndex {
        lock.withLock {
            if let loaded { return loaded }
            let index = library.index(using: extractor) { _, _ in }
            loaded = index
            return index
        }
    }
}
