import Benchmark
import DossierCore
import Foundation

/// The repository's own news-like texts: the seed article and the dev set's 51 wire-style
/// articles (their [[text|KIND]] marks removed), each a document of its own, as
/// `dossier extract --jsonl` sees them, repeated to about 8 MB.
let articles: [String] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    var texts: [String] = []
    if let seed = try? String(contentsOf: root.appendingPathComponent("seeds/000_f68cb7aa9c75da0d.txt"), encoding: .utf8) {
        texts.append(seed)
    }
    let devSet = root.appendingPathComponent("Tests/DevSet/articles")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: devSet.path).sorted()) ?? []
    let mark = try! NSRegularExpression(pattern: #"\[\[([^\[\]|]+)\|[A-Z]+\]\]"#)
    for name in names where name.hasSuffix(".txt") {
        guard let annotated = try? String(contentsOf: devSet.appendingPathComponent(name), encoding: .utf8) else { continue }
        let range = NSRange(annotated.startIndex..., in: annotated)
        texts.append(mark.stringByReplacingMatches(in: annotated, range: range, withTemplate: "$1"))
    }
    precondition(!texts.isEmpty, "no texts found under \(root.path)")
    var corpus: [String] = []
    var bytes = 0
    while bytes < 8_000_000 {
        for text in texts {
            corpus.append(text)
            bytes += text.utf8.count
        }
    }
    return corpus
}()

/// One long document: the worst case for the document-level pass.
let longDocument = articles.prefix(4000).joined(separator: "\n\n")

/// Ordinary prose, less dense in names than the dev set's tables: the seed article repeated.
let prose: String = {
    let seed = articles[0]
    return String(repeating: seed + "\n\n", count: 8_000_000 / seed.utf8.count)
}()

func megabytes(_ texts: some Sequence<String>) -> String {
    String(format: "%.1f", Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_000_000)
}

let benchmarks: @Sendable () -> Void = {
    let extractor = try! EntityExtractor.bundled()
    let configuration = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
                                                maxDuration: .seconds(30), maxIterations: 5)

    Benchmark("Extract entities from \(articles.count) articles (\(megabytes(articles)) MB)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            for article in articles { blackHole(extractor.mentions(in: article)) }
        }
    }

    Benchmark("Extract entities from \(megabytes([prose])) MB of prose (the seed article repeated)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(extractor.mentions(in: prose))
        }
    }

    Benchmark("Extract entities from one document of \(megabytes([longDocument])) MB", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(extractor.mentions(in: longDocument))
        }
    }
}
