import Benchmark
import DossierCore
import DossierStore
import DossierApp
import DossierUI
import Foundation

/// The library's index in process, at 1,000 to 100,000 generated articles: the reader's first
/// paint, a dossier, a search, a list window. Set DOSSIER_BENCH_LIBRARIES to a folder holding
/// 1000/, 10000/, 50000/, 100000/ (made with scripts/generate-library, indexed with `dossier
/// index`); missing ones are skipped. Each command as a whole cold process, and the full index
/// against newsboat, are measured by scripts/compare-newsboat.
let benchmarks: @Sendable () -> Void = {
    let base = ProcessInfo.processInfo.environment["DOSSIER_BENCH_LIBRARIES"] ?? "/tmp/dossier-bench"
    for count in [1_000, 10_000, 50_000, 100_000] {
        let folder = URL(fileURLWithPath: base).appendingPathComponent(String(count))
        guard let library = try? Library(root: folder),
              let index = try? library.currentIndex(corrections: Corrections()) else { continue }
        let configuration = Benchmark.Configuration(metrics: [.wallClock, .peakMemoryResident],
                                                    maxDuration: .seconds(60), maxIterations: 20)

        Benchmark("Open \(count) articles, indexed: the reader to its first painted list", configuration: configuration) { benchmark in
            // One open a sample: the check of the files then goes on in the background, and is
            // waited for outside the measurement.
            benchmark.startMeasurement()
            let session = try ReaderSession(library: library, corrections: Corrections(), libraryName: "bench", width: 120, height: 40)
            blackHole(session.reader.render())
            benchmark.stopMeasurement()
            session.waitUntilIdle(timeout: .seconds(600))
        }

        // The most mentioned person: the largest dossier a reader can open.
        let top = (try? index.entities())?.first { $0.kind == .person }
        if let top, let entity = try? index.resolve(top.name) {
            Benchmark("Dossier of the most mentioned person in \(count) articles (\(top.articles) articles): counts and the first screen",
                      configuration: configuration) { benchmark in
                for _ in benchmark.scaledIterations {
                    let dossier = try index.dossier(of: entity)
                    blackHole(try index.passages(dossier.passageIDs.prefix(85), of: entity, withTexts: true))
                }
            }
        }

        let queries = searchQueries()
        let searching = Benchmark.Configuration(metrics: [.wallClock], maxDuration: .seconds(30), maxIterations: 500)
        Benchmark("Search \(count) articles (20 passages): one of \(queries.count) queries", configuration: searching) { benchmark in
            for iteration in benchmark.scaledIterations {
                blackHole(try index.search(SearchQuery(parsing: queries[iteration % queries.count]), limit: 20))
            }
        }

        Benchmark("A window of 200 rows of the list of \(count) articles, from the middle", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try index.list(ListQuery(), offset: count / 2, limit: 200))
            }
        }
    }
}

/// The generator's people, places and topics in the four shapes a reader types: two words, an
/// entity and a place, a topic, a place and a topic.
func searchQueries() -> [String] {
    let people = ["Vladimir Putin", "Kim Jong Un", "Sergei Shoigu", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz",
                  "Narendra Modi", "Giorgia Meloni", "Keir Starmer", "Mark Rutte"]
    let places = ["Moscow", "Pyongyang", "Kyiv", "Beijing", "Paris", "Berlin", "Warsaw", "Geneva", "Kursk", "Seoul"]
    let topics = ["energy supplies", "grain exports", "ceasefire talks", "sanctions", "arms deliveries", "trade",
                  "nuclear programme", "border security", "refugees", "interest rates"]
    return (0..<100).map { index in
        switch index % 4 {
        case 0: "\(people[index % 10].split(separator: " ").last!.lowercased()) \(topics[(index / 4) % 10])"
        case 1: "@\"\(people[(index / 4) % 10])\" \(places[index % 10].lowercased())"
        case 2: topics[index % 10]
        default: "\(places[(index / 4) % 10]) \(topics[(index / 3) % 10])"
        }
    }
}
